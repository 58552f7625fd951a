// Registers <kl-initiative-card>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlInitiativeCard } from './kl-initiative-card.component.js';

define('kl-initiative-card', KlInitiativeCard);

export { KlInitiativeCard };

declare global {
  interface HTMLElementTagNameMap {
    'kl-initiative-card': KlInitiativeCard;
  }
}
