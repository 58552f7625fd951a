// Every event the elements fire, declared once: its detail type (one file per event, with its
// GlobalEventHandlersEventMap entry), its one-line description for the manifest, and the typed
// `emit` every element sends it through, so that a name and its detail cannot drift apart.
import type { AsOfChangeDetail } from './kl-as-of-change.js';
import type { DataErrorDetail } from './kl-data-error.js';
import type { ExplorerChangeDetail } from './kl-explorer-change.js';
import type { FilterChangeDetail } from './kl-filter-change.js';
import type { MunicipalitySelectDetail } from './kl-municipality-select.js';

export type { AsOfChangeDetail, AsOfChangeEvent } from './kl-as-of-change.js';
export type { DataErrorDetail, DataErrorEvent } from './kl-data-error.js';
export type { ExplorerChangeDetail, ExplorerChangeEvent } from './kl-explorer-change.js';
export type { FilterChangeDetail, FilterChangeEvent } from './kl-filter-change.js';
export type { MunicipalitySelectDetail, MunicipalitySelectEvent } from './kl-municipality-select.js';
export { filterDetail } from './kl-filter-change.js';

/** Each event's name and the type of its detail. */
export interface KlEventMap {
  'kl-municipality-select': MunicipalitySelectDetail;
  'kl-filter-change': FilterChangeDetail;
  'kl-data-error': DataErrorDetail;
  'kl-explorer-change': ExplorerChangeDetail;
  'kl-as-of-change': AsOfChangeDetail;
}
export type KlEventName = keyof KlEventMap;

/** What the manifest, Storybook and the React wrappers say of each event. */
export const EVENTS = {
  'kl-municipality-select': {
    type: 'MunicipalitySelectEvent',
    description: 'A municipality was selected (`{ code, name }`), or the selection was cleared (`{ code: null, name: null }`).',
  },
  'kl-filter-change': {
    type: 'FilterChangeEvent',
    description: 'The reader changed the search, a filter or the sort (`{ query, categories, statuses, regions, kinds, sort, count }`; empty lists: all).',
  },
  'kl-data-error': {
    type: 'DataErrorEvent',
    description: 'The dataset from `src` or the `dataset` property failed to load or validate (`{ message, src }`).',
  },
  'kl-explorer-change': {
    type: 'ExplorerChangeEvent',
    description: "The explorer's state changed (`{ selected, colorBy, query, categories, regions, statuses, sort, year }`).",
  },
  'kl-as-of-change': {
    type: 'AsOfChangeEvent',
    description: 'The reader chose another year with the year control; `as-of` is now 31 December of it (`{ asOf, year }`).',
  },
} as const satisfies Record<KlEventName, { type: string; description: string }>;

/** Sends `name` from `target` with a typed detail; every event bubbles and crosses shadow roots. */
export function emit<K extends KlEventName>(target: EventTarget, name: K, detail: KlEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
