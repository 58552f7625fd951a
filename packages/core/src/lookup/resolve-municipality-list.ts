import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { readNameList } from './read-name-list.js';
import { findMunicipality, resolveMunicipality } from './resolve-municipality.js';

/** The outcome of reading a list of municipalities: what was found and what was not. */
export interface MunicipalityListResolution {
  /** The municipalities found, in the order written, without repeats. */
  found: Municipality[];
  /** Each part that named no municipality, with suggestions. */
  unknown: { query: string; suggestions: Municipality[] }[];
}

const LONGEST_NAME_IN_WORDS = 4;

/**
 * Reads a list of codes or names separated by commas, semicolons or spaces
 * (`"Sorø, 0101"`, `"Sorø Kommune Høje Taastrup"`); see `readNameList`. Only a part that names
 * nothing gets suggestions: probing runs of words needs none.
 */
export function resolveMunicipalityList(dataset: Pick<Dataset, 'municipalities'>, text: string): MunicipalityListResolution {
  const { found, misses } = readNameList(text, (run) => findMunicipality(dataset, run), (m) => m.code, LONGEST_NAME_IN_WORDS);
  // A part that names nothing and is as short as a name is one misspelt name ("Sorrø Kommune");
  // otherwise each word is its own miss ("Sorrø Aarhus" reports Sorrø, a pasted paragraph each word).
  const queries = misses.flatMap(({ words, wholePart }) => (wholePart && words.length <= LONGEST_NAME_IN_WORDS ? [words.join(' ')] : words));
  return {
    found,
    unknown: queries.map((query) => {
      const result = resolveMunicipality(dataset, query);
      return { query, suggestions: result.found ? [] : result.suggestions };
    }),
  };
}
