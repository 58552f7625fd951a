import type { Dataset } from '../model/dataset.js';
import { STATUSES } from '../model/period.js';
import { CATEGORIES } from '../model/category.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { compareDanish } from '../text/danish-collator.js';

/** The columns entries can be sorted by. */
export const SORT_KEYS = ['municipality', 'region', 'form', 'category', 'link', 'period', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** A sort: a column and a direction. */
export interface EntrySort {
  key: SortKey;
  direction: SortDirection;
}

/** Parses `"period:desc"`, `"municipality"` (ascending); null for anything else. */
export function parseSort(text: string | null | undefined): EntrySort | null {
  const match = /^\s*([a-z]+)\s*(?::\s*(asc|desc)\s*)?$/.exec(String(text ?? '').toLowerCase());
  if (!match || !(SORT_KEYS as readonly string[]).includes(match[1]!)) return null;
  return { key: match[1] as SortKey, direction: (match[2] as SortDirection | undefined) ?? 'asc' };
}

/**
 * The entries sorted by one column in Danish order, ties broken by municipality name, so the
 * order is total and stable. Periods sort by first year (the last where only that is given),
 * then last year; entries without a
 * year come last in either direction.
 */
export function sortEntries(
  dataset: Dataset,
  entries: readonly StrategyEntry[],
  sort: EntrySort,
  options: { asOf?: DateInput } = {},
): StrategyEntry[] {
  return [...entries].sort(compareEntries(dataset, sort, options));
}

/**
 * The comparator `sortEntries` sorts with: one column in Danish order, ties broken by
 * municipality name, entries without a year last for `period` in either direction.
 */
export function compareEntries(
  dataset: Dataset,
  sort: EntrySort,
  options: { asOf?: DateInput } = {},
): (a: StrategyEntry, b: StrategyEntry) => number {
  const asOf = options.asOf ?? new Date();
  const sign = sort.direction === 'desc' ? -1 : 1;
  const name = (e: StrategyEntry) => municipalityByCode(dataset, e.code)?.name ?? e.municipality;
  const byName = (a: StrategyEntry, b: StrategyEntry) => compareDanish(name(a), name(b));
  const compare = comparators(dataset, asOf)[sort.key];
  return (a, b) => {
    const missingA = sort.key === 'period' && a.period.from === null && a.period.to === null;
    const missingB = sort.key === 'period' && b.period.from === null && b.period.to === null;
    if (missingA !== missingB) return missingA ? 1 : -1;
    return sign * compare(a, b) || byName(a, b);
  };
}

function comparators(dataset: Dataset, asOf: DateInput): Record<SortKey, (a: StrategyEntry, b: StrategyEntry) => number> {
  const region = (e: StrategyEntry) => {
    const code = municipalityByCode(dataset, e.code)?.regionCode;
    return (code && regionByCode(dataset, code)?.name) ?? '';
  };
  const year = (y: number | null, fallback: number) => y ?? fallback;
  return {
    municipality: (a, b) =>
      compareDanish(municipalityByCode(dataset, a.code)?.name ?? a.municipality, municipalityByCode(dataset, b.code)?.name ?? b.municipality),
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
