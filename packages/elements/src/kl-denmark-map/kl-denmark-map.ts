// Registers <kl-denmark-map>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlDenmarkMap } from './kl-denmark-map.component.js';

define('kl-denmark-map', KlDenmarkMap);

export { KlDenmarkMap };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent, FilterChangeEvent, MunicipalitySelectEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-denmark-map': KlDenmarkMap;
  }
}
