// Registers <kl-municipality-card>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlMunicipalityCard } from './kl-municipality-card.component.js';

define('kl-municipality-card', KlMunicipalityCard);

export { KlMunicipalityCard };

declare global {
  interface HTMLElementTagNameMap {
    'kl-municipality-card': KlMunicipalityCard;
  }
}
