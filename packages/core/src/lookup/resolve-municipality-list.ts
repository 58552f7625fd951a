import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
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
 * (`"Sorø, 0101"`, `"Sorø Kommune Høje Taastrup"`). Names with spaces are found by trying the
 * longest run of words first.
 */
export function resolveMunicipalityList(dataset: Pick<Dataset, 'municipalities'>, text: string): MunicipalityListResolution {
  const found = new Map<string, Municipality>();
  const unknown: MunicipalityListResolution['unknown'] = [];
  for (const part of String(text ?? '').split(/[,;\n]/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let j = Math.min(words.length, i + LONGEST_NAME_IN_WORDS); j > i; j--) {
        // Probing runs of words needs no suggestions; only a part that names nothing gets them.
        const municipality = findMunicipality(dataset, words.slice(i, j).join(' '));
        if (municipality) {
          found.set(municipality.code, municipality);
          i = j;
          matched = true;
          break;
        }
      }
      if (!matched) {
        // An unknown part as a whole when it is one name ("Sorrø Kommune"); the single word that
        // failed when a later word still names a municipality ("Sorrø Aarhus" keeps Aarhus).
        const oneName = words.length <= LONGEST_NAME_IN_WORDS && i === 0 && !namesAnyLater(dataset, words);
        const whole = oneName ? part.trim() : words[i]!;
        const result = resolveMunicipality(dataset, whole);
        unknown.push({ query: whole, suggestions: result.found ? [] : result.suggestions });
        i = whole === part.trim() ? words.length : i + 1;
      }
    }
  }
  return { found: [...found.values()], unknown };
}

/** True when a run of words after the first names a municipality. */
function namesAnyLater(dataset: Pick<Dataset, 'municipalities'>, words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + LONGEST_NAME_IN_WORDS); j++) {
      if (findMunicipality(dataset, words.slice(i, j).join(' '))) return true;
    }
  }
  return false;
}
