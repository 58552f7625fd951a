// Registers <kl-denmark-map>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlDenmarkMap } from './kl-denmark-map.component.js';

define('kl-denmark-map', KlDenmarkMap);

export { KlDenmarkMap };

declare global {
  interface HTMLElementTagNameMap {
    'kl-denmark-map': KlDenmarkMap;
  }
}
