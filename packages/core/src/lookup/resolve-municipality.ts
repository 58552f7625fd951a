import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { compareDanish } from '../text/danish-collator.js';
import { editDistance } from '../text/edit-distance.js';
import { nameKey } from './name-keys.js';

/** The outcome of looking up a municipality by what a person wrote. */
export type MunicipalityResolution =
  | { found: true; municipality: Municipality }
  | {
      found: false;
      /** The text as given. */
      query: string;
      /** Up to three municipalities with names close to the text, closest first. */
      suggestions: Municipality[];
    };

type Municipalities = Pick<Dataset, 'municipalities'>;

const indexes = new WeakMap<Municipalities, Map<string, Municipality>>();

function indexOf(dataset: Municipalities): Map<string, Municipality> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map();
    for (const municipality of dataset.municipalities) {
      index.set(municipality.code, municipality);
      for (const key of municipality.keys) index.set(key, municipality);
    }
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * Finds a municipality by code (`0340` or `340`) or by any name people write (`Sorø`,
 * `Sorø Kommune`, `soroe`, `SORO`), ignoring case, accents, hyphens and surrounding white
 * space. When nothing matches, the result says so and suggests the closest names.
 */
export function resolveMunicipality(dataset: Municipalities, text: string): MunicipalityResolution {
  const municipality = findMunicipality(dataset, text);
  if (municipality) return { found: true, municipality };
  const trimmed = String(text ?? '').trim();
  const code = /^\d{1,4}$/.test(trimmed);
  return { found: false, query: String(text ?? ''), suggestions: code ? [] : suggestMunicipalities(dataset, nameKey(trimmed)) };
}

/** The municipality a text names exactly (see `resolveMunicipality`), without suggestions: for probing. */
export function findMunicipality(dataset: Municipalities, text: string): Municipality | undefined {
  const trimmed = String(text ?? '').trim();
  const index = indexOf(dataset);
  const code = /^\d{1,4}$/.test(trimmed) ? trimmed.padStart(4, '0') : null;
  if (code) return index.get(code);
  const key = nameKey(trimmed);
  return key ? index.get(key) : undefined;
}

/** Up to `limit` municipalities whose keys are within a few edits of `key`, or start with it. */
export function suggestMunicipalities(dataset: Municipalities, key: string, limit = 3): Municipality[] {
  if (key.length < 2) return [];
  const allowed = Math.max(1, Math.floor(key.length / 3));
  const scored: { municipality: Municipality; score: number }[] = [];
  for (const municipality of dataset.municipalities) {
    let best = Infinity;
    for (const candidate of municipality.keys) {
      // The distance is at least the difference in length: skip what cannot be close (a pasted
      // paragraph in an attribute must not cost a second of edit distances).
      if (Math.abs(candidate.length - key.length) > allowed && !(key.length >= 3 && candidate.startsWith(key))) continue;
      const score = key.length >= 3 && candidate.startsWith(key) ? 1 : editDistance(key, candidate);
      if (score < best) best = score;
    }
    if (best <= allowed) scored.push({ municipality, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareDanish(a.municipality.name, b.municipality.name))
    .slice(0, limit)
    .map(({ municipality }) => municipality);
}
