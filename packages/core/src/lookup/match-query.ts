// The table's search: does a free-text query occur in a municipality's names or an entry's form.
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { municipalityByCode } from './municipality-index.js';
import { asciiKey } from './name-keys.js';

/**
 * True when `query` occurs in the municipality's name or any alias, or in the form, ignoring
 * case, accents, hyphens and ASCII spellings of æ, ø, å (`soroe` finds Sorø).
 */
export function entryMatchesQuery(dataset: Pick<Dataset, 'municipalities'>, entry: Pick<StrategyEntry, 'code' | 'form'>, query: string): boolean {
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

const formKeys = new WeakMap<object, string>();
function formKey(entry: Pick<StrategyEntry, 'form'>): string {
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
