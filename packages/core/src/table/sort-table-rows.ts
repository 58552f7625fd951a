import type { Dataset } from '../model/dataset.js';
import { compareEntries, type EntrySort } from '../entries/sort-entries.js';
import type { DateInput } from '../period/status-at.js';
import { compareDanish } from '../text/danish-collator.js';
import type { TableRow } from './table-rows.js';

/** Options of `sortTableRows`. */
export interface TableSortOptions {
  /** The date statuses are taken at (default: today). */
  asOf?: DateInput;
  /** The language region names are shown, and so sorted, in (default `da`). */
  lang?: 'da' | 'en';
}

/**
 * The rows sorted by one column, as `sortEntries` sorts entries (Danish order, ties broken by
 * municipality name). By municipality and region every row takes part; by the other columns
 * rows without an entry ("not registered") come last in either direction, by name.
 */
export function sortTableRows(dataset: Dataset, rows: readonly TableRow[], sort: EntrySort, options: TableSortOptions = {}): TableRow[] {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const byName = (a: TableRow, b: TableRow) => compareDanish(a.municipality.name, b.municipality.name);
  const regionName = (row: TableRow) => (options.lang === 'en' ? row.region.nameEn : row.region.name);
  const entries = compareEntries(dataset, sort, { asOf: options.asOf ?? new Date() });
  const compare = (a: TableRow, b: TableRow): number => {
    switch (sort.key) {
      case 'municipality':
        return sign * byName(a, b);
      case 'region':
        return sign * compareDanish(regionName(a), regionName(b)) || byName(a, b);
      default:
        if (a.entry && b.entry) return entries(a.entry, b.entry);
        if (a.entry || b.entry) return a.entry ? -1 : 1;
        return byName(a, b);
    }
  };
  return [...rows].sort(compare);
}
