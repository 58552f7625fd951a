// Registers <kl-strategy-timeline>. Import this file (or the package's index) to use the element.
import { define } from '../shared/define.js';
import { KlStrategyTimeline } from './kl-strategy-timeline.component.js';

define('kl-strategy-timeline', KlStrategyTimeline);

export { KlStrategyTimeline };
// The events' types (and their GlobalEventHandlersEventMap entries) reach whoever imports this entry alone.
export type { AsOfChangeEvent, DataErrorEvent } from '../shared/events/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-strategy-timeline': KlStrategyTimeline;
  }
}
