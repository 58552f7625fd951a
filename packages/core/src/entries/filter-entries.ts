import type { Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Status } from '../model/period.js';
import type { RegionCode } from '../model/region.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { municipalityByCode } from '../lookup/municipality-index.js';
import { asciiKey } from '../lookup/name-keys.js';
import { statusAt, type DateInput } from '../period/status-at.js';

/** What to keep of the mapping's entries. An empty or missing list keeps everything. */
export interface EntryFilter {
  /** Free text over the municipality's names and aliases and the form. */
  query?: string;
  categories?: readonly Category[];
  regions?: readonly RegionCode[];
  statuses?: readonly Status[];
  /** The date statuses are taken at (default: today). */
  asOf?: DateInput;
}

/**
 * True when `query` occurs in the municipality's name or any alias, or in the form, ignoring
 * case, accents, hyphens and ASCII spellings of æ, ø, å (`soroe` finds Sorø).
 */
export function entryMatchesQuery(dataset: Dataset, entry: StrategyEntry, query: string): boolean {
  const wanted = queryKey(query);
  if (wanted === '') return true;
  return municipalityMatchesQuery(municipalityByCode(dataset, entry.code), query) || formKey(entry).includes(wanted);
}

// Folding is the costly part of a search: the query is folded once per search (not once per
// entry), and each form once per entry.
let lastQuery = '';
let lastQueryKey = '';
function queryKey(query: string): string {
  if (query !== lastQuery) {
    lastQuery = query;
    lastQueryKey = asciiKey(query);
  }
  return lastQueryKey;
}

const formKeys = new WeakMap<StrategyEntry, string>();
function formKey(entry: StrategyEntry): string {
  let key = formKeys.get(entry);
  if (key === undefined) formKeys.set(entry, (key = asciiKey(entry.form)));
  return key;
}

/**
 * True when `query` occurs in the municipality's name or any alias, folded as in
 * `entryMatchesQuery`. Used alone for municipalities that have no entry in the mapping.
 */
export function municipalityMatchesQuery(municipality: Pick<Municipality, 'keys'> | undefined, query: string): boolean {
  const wanted = queryKey(query);
  if (wanted === '') return true;
  // The keys already hold every ASCII spelling (ø as oe and o, ...; see nameKeys), and `wanted`
  // is the all-ASCII one, so a plain substring test finds `soroe`, `sorø` and `Sorø Kommune`.
  const names = municipality ? municipality.keys : [];
  return names.some((key) => key.includes(wanted));
}

/** The entries that pass every part of the filter, in the dataset's order. */
export function filterEntries(dataset: Dataset, filter: EntryFilter = {}): StrategyEntry[] {
  const { query = '', categories = [], regions = [], statuses = [], asOf = new Date() } = filter;
  return dataset.entries.filter((entry) => {
    if (categories.length > 0 && !categories.includes(entry.category)) return false;
    if (regions.length > 0) {
      const region = municipalityByCode(dataset, entry.code)?.regionCode;
      if (!region || !regions.includes(region)) return false;
    }
    if (statuses.length > 0 && !statuses.includes(statusAt(entry, asOf))) return false;
    return entryMatchesQuery(dataset, entry, query);
  });
}
