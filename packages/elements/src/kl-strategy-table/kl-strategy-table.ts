// Registers <kl-strategy-table>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlStrategyTable } from './kl-strategy-table.component.js';

define('kl-strategy-table', KlStrategyTable);

export { KlStrategyTable };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent, FilterChangeEvent, MunicipalitySelectEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-strategy-table': KlStrategyTable;
  }
}
