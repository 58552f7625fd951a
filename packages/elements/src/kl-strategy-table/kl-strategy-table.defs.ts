// The table's public values, shared by the element, its tests and Storybook's controls.
import { CATEGORIES, NOT_REGISTERED, SORT_KEYS, STATUSES, TABLE_SCOPES, type EntrySort, type SortKey, type TableScope } from '@kl-digital/core';

/** Allowed values of `scope`. */
export const TABLE_SCOPE_VALUES = TABLE_SCOPES;
export type { TableScope };

/** The columns in display order; each is also a `sort` key. */
export const TABLE_COLUMNS = SORT_KEYS;
export type TableColumn = SortKey;

/** Allowed values of `category` (with `not-registered` only where `scope="all"`). */
export const TABLE_CATEGORY_VALUES = [...CATEGORIES, NOT_REGISTERED] as const;
/** Allowed values of `status` (with `not-registered` only where `scope="all"`). */
export const TABLE_STATUS_VALUES = [...STATUSES, NOT_REGISTERED] as const;

/** Defaults of the table's attributes. */
export const TABLE_DEFAULTS = {
  scope: 'mapping' as TableScope,
  /** The sort when `sort` is not set: by municipality, A to Å. */
  sort: { key: 'municipality', direction: 'asc' } as EntrySort,
  /**
   * Separator of the CSV download. Danish Excel splits on `;` (the comma is the decimal mark),
   * so a double-clicked file opens in columns; the file starts with a BOM so æøå stay right.
   */
  csvSeparator: ';' as const,
  /** How long the count must stand still before screen readers hear it, in milliseconds. */
  announceDelayMs: 600,
} as const;

/** The names of the events the table fires. */
export const TABLE_EVENTS = {
  select: 'kl-municipality-select',
  change: 'kl-table-change',
  dataError: 'kl-data-error',
} as const;

/** Attributes an editor sets in HTML. */
export interface StrategyTableAttributes {
  scope?: TableScope;
  query?: string;
  category?: string;
  region?: string;
  status?: string;
  sort?: string;
  selected?: string;
  heading?: string;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}
