// Registers <kl-initiative-list> (and the card it lists).
import { define } from '../shared/define.js';
import { KlInitiativeList } from './kl-initiative-list.component.js';

define('kl-initiative-list', KlInitiativeList);

export { KlInitiativeList };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent, FilterChangeEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-initiative-list': KlInitiativeList;
  }
}
