// Registers <kl-initiative-card>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlInitiativeCard } from './kl-initiative-card.component.js';

define('kl-initiative-card', KlInitiativeCard);

export { KlInitiativeCard };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-initiative-card': KlInitiativeCard;
  }
}
