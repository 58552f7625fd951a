// The table's sort: by one column in Danish order, ties broken by municipality name, so the
// order is total and stable.
import { CATEGORIES } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import { STATUSES } from '../model/period.js';
import type { ListedEntry } from '../model/entry-columns.js';
import { municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { compareDanish } from '../text/danish-collator.js';
import { regionName } from './labels.js';
import type { TableRow } from './table-rows.js';

/** The columns of the table, in display order; each is also a sort key. */
export const SORT_KEYS = ['municipality', 'region', 'form', 'category', 'link', 'period', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** A sort: a column and a direction. */
export interface EntrySort {
  key: SortKey;
  direction: SortDirection;
}

/** Every way to write a sort an attribute accepts: `municipality`, `municipality:asc`, `municipality:desc`, ... */
export const SORT_VALUES = SORT_KEYS.flatMap((key) => [key, `${key}:asc`, `${key}:desc`] as const);

/** Parses `"period:desc"`, `"municipality"` (ascending); null for anything else. */
export function parseSort(text: string | null | undefined): EntrySort | null {
  const match = /^\s*([a-z]+)\s*(?::\s*(asc|desc)\s*)?$/.exec(String(text ?? '').toLowerCase());
  if (!match || !(SORT_KEYS as readonly string[]).includes(match[1]!)) return null;
  return { key: match[1] as SortKey, direction: (match[2] as SortDirection | undefined) ?? 'asc' };
}

/** Options of `sortTableRows`. */
export interface TableSortOptions {
  /** The date statuses are taken at (default: today). */
  asOf?: DateInput;
  /** The language region names are shown, and so sorted, in (default `da`). */
  lang?: Lang;
}

type SortData = Pick<Dataset, 'municipalities' | 'regions'>;

/**
 * The rows sorted by one column in Danish order, ties broken by municipality name. By
 * municipality and region every row takes part; by the other columns rows without an entry
 * ("not registered") come last in either direction, by name. Periods sort by first year (the
 * last where only that is given), then last year; entries without a year come last.
 */
export function sortTableRows(dataset: SortData, rows: readonly TableRow[], sort: EntrySort, options: TableSortOptions = {}): TableRow[] {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const lang = options.lang ?? 'da';
  const byName = (a: TableRow, b: TableRow) => compareDanish(a.municipality.name, b.municipality.name);
  const entries = compareEntries(dataset, sort, { asOf: options.asOf ?? new Date() });
  const compare = (a: TableRow, b: TableRow): number => {
    switch (sort.key) {
      case 'municipality':
        return sign * byName(a, b);
      case 'region':
        return sign * compareDanish(regionName(a.region, lang), regionName(b.region, lang)) || byName(a, b);
      default:
        if (a.entry && b.entry) return entries(a.entry, b.entry);
        if (a.entry || b.entry) return a.entry ? -1 : 1;
        return byName(a, b);
    }
  };
  return [...rows].sort(compare);
}

/** Compares two entries by one column (see `sortTableRows`). */
function compareEntries(dataset: SortData, sort: EntrySort, options: { asOf: DateInput }): (a: ListedEntry, b: ListedEntry) => number {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const name = (e: ListedEntry) => municipalityByCode(dataset, e.code)?.name ?? e.code;
  const byName = (a: ListedEntry, b: ListedEntry) => compareDanish(name(a), name(b));
  const compare = comparators(dataset, options.asOf)[sort.key];
  return (a, b) => {
    const missingA = sort.key === 'period' && a.period.from === null && a.period.to === null;
    const missingB = sort.key === 'period' && b.period.from === null && b.period.to === null;
    if (missingA !== missingB) return missingA ? 1 : -1;
    return sign * compare(a, b) || byName(a, b);
  };
}

function comparators(dataset: SortData, asOf: DateInput): Record<SortKey, (a: ListedEntry, b: ListedEntry) => number> {
  const region = (e: ListedEntry) => {
    const code = municipalityByCode(dataset, e.code)?.regionCode;
    return (code && regionByCode(dataset, code)?.name) ?? '';
  };
  const name = (e: ListedEntry) => municipalityByCode(dataset, e.code)?.name ?? e.code;
  const year = (y: number | null, fallback: number) => y ?? fallback;
  return {
    municipality: (a, b) => compareDanish(name(a), name(b)),
    region: (a, b) => compareDanish(region(a), region(b)),
    form: (a, b) => compareDanish(a.form, b.form),
    link: (a, b) => compareDanish(a.linkText, b.linkText),
    category: (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
    period: (a, b) =>
      year(a.period.from, year(a.period.to, 0)) - year(b.period.from, year(b.period.to, 0)) ||
      year(a.period.to, 9999) - year(b.period.to, 9999),
    status: (a, b) => STATUSES.indexOf(statusAt(a, asOf)) - STATUSES.indexOf(statusAt(b, asOf)),
  };
}
