// Registers <kl-strategy-table>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlStrategyTable } from './kl-strategy-table.component.js';

define('kl-strategy-table', KlStrategyTable);

export { KlStrategyTable };
export type { TableChangeDetail, TableChangeEvent } from './kl-strategy-table.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-strategy-table': KlStrategyTable;
  }
}
