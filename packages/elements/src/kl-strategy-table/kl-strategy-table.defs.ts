// The table's public values: its attributes (the one place they are declared), its events and
// defaults, shared by the element, its tests, Storybook and the demo's embed builder.
import { NOT_REGISTERED, SORT_KEYS, SORT_VALUES, TABLE_CATEGORY_VALUES, TABLE_SCOPES, TABLE_STATUS_VALUES, type EntrySort, type SortKey, type TableScope } from '@kl-digital/core';
import { listOf, oneOf, text } from '../shared/attributes/attribute-kinds.js';
import { municipality, regionList } from '../shared/attributes/place-kinds.js';
import type { AttributeSpec, HtmlAttributes, ReadContext } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** Allowed values of `scope`. */
export const TABLE_SCOPE_VALUES = TABLE_SCOPES;
export type { TableScope };

/** The columns in display order; each is also a `sort` key. */
export const TABLE_COLUMNS = SORT_KEYS;
export type TableColumn = SortKey;
export { TABLE_CATEGORY_VALUES, TABLE_STATUS_VALUES };

/** `not-registered` is a value of the category and status filters only where all 98 are listed. */
const inScope =
  <V extends string>(values: readonly V[]) =>
  ({ parsed }: ReadContext): readonly V[] =>
    parsed.scope === 'all' ? values : values.filter((v) => v !== NOT_REGISTERED);

/** The table's attributes. */
export const TABLE_ATTRIBUTES = {
  /** `mapping` (default): the municipalities the mapping registers (the 64 rows of its list, and Solrød from its example text, marked as such); `all`: all 98 municipalities, the ones not in the mapping marked "Ikke registreret i kortlægningen". */
  scope: oneOf('scope', TABLE_SCOPES, 'mapping', { reflect: true }),
  /** Search text over name, aliases and form, ignoring case and accents (`soroe` finds Sorø). Reflects the search box. */
  query: text('query', { reflect: true }),
  /** Categories to show (`strategy principles`); `not-registered` too with `scope="all"`. Reflects the filter. */
  category: listOf('category', TABLE_CATEGORY_VALUES, {
    reflect: true,
    dependsOn: ['scope'],
    allowed: inScope(TABLE_CATEGORY_VALUES),
  }),
  /** Regions to show, by code or name (`1085, Region Hovedstaden`). Reflects the filter as codes. */
  region: regionList('region', { reflect: true }),
  /** Statuses at `as-of` to show (`current expired upcoming unknown`; `not-registered` too with `scope="all"`). Reflects the filter. */
  status: listOf('status', TABLE_STATUS_VALUES, {
    reflect: true,
    dependsOn: ['scope'],
    allowed: inScope(TABLE_STATUS_VALUES),
  }),
  /** The sort as `column:direction` (`period:desc`); columns `municipality` (default), `region`, `form`, `category`, `link`, `period`, `status`. Reflects the reader's choice. */
  sort: oneOf('sort', SORT_VALUES, 'municipality', {
    reflect: true,
    shown: SORT_KEYS.flatMap((key) => [key, `${key}:desc`]),
  }),
  /** The selected municipality: a code (`0340`) or any name people write (`Sorø Kommune`). Reflects the reader's choice as a code. */
  selected: municipality('selected', { reflect: true }),
  /** The table's title, shown as its caption and naming it for screen readers; default "Kommunernes digitale strategier". */
  heading: text('heading'),
} as const satisfies AttributeSpec;

/** The events the table fires. */
export const TABLE_EVENTS = ['kl-municipality-select', 'kl-filter-change', 'kl-data-error'] as const;

/** Defaults of the table. */
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

/** Attributes an editor sets in HTML. */
export type StrategyTableAttributes = HtmlAttributes<typeof TABLE_ATTRIBUTES & BaseAttributes>;
