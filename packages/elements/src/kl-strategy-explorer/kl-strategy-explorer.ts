// Registers <kl-strategy-explorer> (and the map, table and card it composes).
import { define } from '../shared/define.js';
import { KlStrategyExplorer } from './kl-strategy-explorer.component.js';

define('kl-strategy-explorer', KlStrategyExplorer);

export { KlStrategyExplorer };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { AsOfChangeEvent, DataErrorEvent, ExplorerChangeEvent, MunicipalitySelectEvent } from '../shared/events/index.js';
export type { ExplorerState } from './explorer-state.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-strategy-explorer': KlStrategyExplorer;
  }
}
