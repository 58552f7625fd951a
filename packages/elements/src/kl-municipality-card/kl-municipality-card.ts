// Registers <kl-municipality-card> (and the map it uses as its locator).
import { define } from '../shared/define.js';
import { KlMunicipalityCard } from './kl-municipality-card.component.js';

define('kl-municipality-card', KlMunicipalityCard);

export { KlMunicipalityCard };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-municipality-card': KlMunicipalityCard;
  }
}
