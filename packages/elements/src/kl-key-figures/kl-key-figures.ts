// Registers <kl-key-figures>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlKeyFigures } from './kl-key-figures.component.js';

define('kl-key-figures', KlKeyFigures);

export { KlKeyFigures };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { DataErrorEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-key-figures': KlKeyFigures;
  }
}
