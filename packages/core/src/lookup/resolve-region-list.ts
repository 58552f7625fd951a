import type { Dataset } from '../model/dataset.js';
import type { Region } from '../model/region.js';
import { resolveRegion } from './resolve-region.js';

/** The outcome of reading a list of regions: what was found and what was not. */
export interface RegionListResolution {
  /** The regions found, in the order written, without repeats. */
  found: Region[];
  /** Each part that named no region, with the regions to choose from. */
  unknown: { query: string; suggestions: Region[] }[];
}

// "Capital Region of Denmark", "Region of Southern Denmark".
const LONGEST_NAME_IN_WORDS = 4;

/**
 * Reads a list of region codes or names separated by commas, semicolons or spaces
 * (`"1081 1085"`, `"Sjælland, Region Hovedstaden"`, `"Region Sjælland Region Syddanmark"`).
 * Names with spaces are found by trying the longest run of words first.
 */
export function resolveRegionList(dataset: Pick<Dataset, 'regions'>, text: string): RegionListResolution {
  const found = new Map<string, Region>();
  const unknown: RegionListResolution['unknown'] = [];
  for (const part of String(text ?? '').split(/[,;\n]/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    // Runs of words that named no region, each reported as one query ("Nord Jylland").
    const misses: string[][] = [];
    let i = 0;
    let missing = false;
    while (i < words.length) {
      let j = Math.min(words.length, i + LONGEST_NAME_IN_WORDS);
      for (; j > i; j--) {
        const result = resolveRegion(dataset, words.slice(i, j).join(' '));
        if (result.found) {
          found.set(result.region.code, result.region);
          break;
        }
      }
      if (j > i) {
        missing = false;
        i = j;
      } else {
        if (missing) misses.at(-1)!.push(words[i]!);
        else misses.push([words[i]!]);
        missing = true;
        i += 1;
      }
    }
    for (const miss of misses) unknown.push({ query: miss.join(' '), suggestions: [...dataset.regions] });
  }
  return { found: [...found.values()], unknown };
}
