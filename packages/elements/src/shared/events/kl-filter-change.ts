import type { Category, InitiativeKind, InitiativeStatus, NotRegistered, RegionCode, Status } from '@kl-digital/core';

/**
 * Detail of `kl-filter-change`: what the element shows after the reader changed its search, a
 * filter or the sort. One shape for every element; a field an element has no control for is
 * empty (`''`, `[]`, `null`).
 */
export interface FilterChangeDetail {
  /** The search text (`''` for none). */
  query: string;
  /** Categories kept (empty: all), possibly `not-registered`. */
  categories: (Category | NotRegistered)[];
  /** Statuses kept at `as-of` (empty: all): of entries, possibly `not-registered`, or of initiatives. */
  statuses: (Status | NotRegistered | InitiativeStatus)[];
  /** Region codes kept (empty: all). */
  regions: RegionCode[];
  /** Kinds of initiative kept (empty: all). */
  kinds: InitiativeKind[];
  /** The sort as `column:direction` (`period:desc`), or null where the element does not sort. */
  sort: string | null;
  /** How many items are shown now (municipalities not dimmed, rows, initiatives). */
  count: number;
}

/** Fired by the map (legend), the table (search, filters, sort) and the initiative list (filters) when the reader changes what is shown. */
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;

/** A detail with nothing filtered, for an element to fill in what it has. */
export function filterDetail(fields: Partial<FilterChangeDetail> & Pick<FilterChangeDetail, 'count'>): FilterChangeDetail {
  return { query: '', categories: [], statuses: [], regions: [], kinds: [], sort: null, ...fields };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-filter-change': FilterChangeEvent;
  }
}
