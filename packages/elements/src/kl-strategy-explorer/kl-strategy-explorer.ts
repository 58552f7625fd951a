// Registers <kl-strategy-explorer> (and the map, table and card it composes).
import { define } from '../shared/define.js';
import { KlStrategyExplorer } from './kl-strategy-explorer.component.js';

define('kl-strategy-explorer', KlStrategyExplorer);

export { KlStrategyExplorer };

declare global {
  interface HTMLElementTagNameMap {
    'kl-strategy-explorer': KlStrategyExplorer;
  }
  interface GlobalEventHandlersEventMap {
    'kl-explorer-change': CustomEvent<import('./explorer-state.js').ExplorerState>;
  }
}
