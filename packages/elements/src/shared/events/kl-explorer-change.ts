import type { ColorBy } from '@kl-digital/core';

/** Detail of `kl-explorer-change`: the explorer's whole state, as its URL hash holds it. */
export interface ExplorerChangeDetail {
  /** Selected municipality code, or null. */
  selected: string | null;
  colorBy: ColorBy;
  query: string;
  categories: string[];
  regions: string[];
  statuses: string[];
  /** `key:direction`, e.g. `period:desc`; empty for the table's default. */
  sort: string;
  /** The year chosen with the year control (statuses at 31 December of it), or null for the explorer's `as-of`. */
  year: number | null;
}

/** Fired by the explorer when its state changes (the reader's choice, or the URL hash). */
export type ExplorerChangeEvent = CustomEvent<ExplorerChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-explorer-change': ExplorerChangeEvent;
  }
}
