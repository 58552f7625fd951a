// The map's "Find kommune": what a person types, as they type it, turned into a short list of
// municipalities to choose from, the best match first (a view: only the map's search uses it, and
// the lookups every element shares stay small). Any spelling resolveMunicipality knows
// finds its municipality; a beginning or a part of a name lists those names; a misspelling lists
// the closest names.
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { compareDanish } from '../text/danish-collator.js';
import { byCode } from '../lookup/by-code.js';
import { asciiKey, nameKey } from '../lookup/name-keys.js';
import { findMunicipality, suggestMunicipalities } from '../lookup/resolve-municipality.js';

/** How a suggestion matches the text: all of it, its beginning, a part of a name, or a close spelling. */
export type SuggestionMatch = 'exact' | 'start' | 'part' | 'close';

/** One municipality suggested for a text, and how it matches. */
export interface MunicipalitySuggestion {
  municipality: Municipality;
  match: SuggestionMatch;
}

/** Longer than any name with "Regionskommune": a pasted paragraph is not a name to search for. */
const LONGEST = 60;

/**
 * Up to `limit` municipalities for a text typed into a search box, best first: the one the text
 * names (`Sorø Kommune`, `soroe`, `0340`, `340`), then those with a name or alias that starts with
 * it (`Frederiks`), then those that contain it (`havn`), each group in Danish name order; digits
 * also list the codes that start with them (`01`), in code order. Where nothing matches, the closest names
 * (`Sorrø` suggests Sorø). An empty text suggests nothing.
 */
export function searchMunicipalities(dataset: Pick<Dataset, 'municipalities'>, text: string, limit = 8): MunicipalitySuggestion[] {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '' || trimmed.length > LONGEST || limit <= 0) return [];
  const found: MunicipalitySuggestion[] = [];
  const seen = new Set<string>();
  const add = (municipalities: readonly Municipality[], match: SuggestionMatch) => {
    for (const municipality of municipalities) {
      if (found.length >= limit) return;
      if (seen.has(municipality.code)) continue;
      seen.add(municipality.code);
      found.push({ municipality, match });
    }
  };
  const named = findMunicipality(dataset, trimmed);
  if (named) add([named], 'exact');
  if (/^\d+$/.test(trimmed)) {
    add(dataset.municipalities.filter((m) => m.code.startsWith(trimmed)).sort(byCode), 'start');
    return found;
  }
  const byName = (test: (municipality: Municipality) => boolean) => dataset.municipalities.filter(test).sort((a, b) => compareDanish(a.name, b.name));
  // The keys hold every ASCII spelling (ø as oe and o, see nameKeys), so the all-ASCII form of
  // the text finds `sorø`, `soroe` and `Sorø Kommune` alike.
  const key = asciiKey(trimmed);
  if (key === '') return found;
  add(byName((m) => m.keys.some((k) => k.startsWith(key))), 'start');
  add(byName((m) => m.keys.some((k) => k.includes(key))), 'part');
  if (found.length === 0) add(suggestMunicipalities(dataset, nameKey(trimmed), limit), 'close');
  return found;
}
