import type { Dataset } from '../model/dataset.js';
import type { Region } from '../model/region.js';
import { readNameList } from './read-name-list.js';
import { resolveRegion } from './resolve-region.js';

/** The outcome of reading a list of regions: what was found and what was not. */
export interface RegionListResolution {
  /** The regions found, in the order written, without repeats. */
  found: Region[];
  /** Each run of words that named no region, with the regions to choose from. */
  unknown: { query: string; suggestions: Region[] }[];
}

/**
 * Reads a list of region codes or names separated by commas, semicolons or spaces
 * (`"1081 1085"`, `"Sjælland, Region Hovedstaden"`, `"Region Sjælland Region Syddanmark"`);
 * see `readNameList`.
 */
export function resolveRegionList(dataset: Pick<Dataset, 'regions'>, text: string): RegionListResolution {
  const { found, misses } = readNameList(
    text,
    (run) => {
      const result = resolveRegion(dataset, run);
      return result.found ? result.region : undefined;
    },
    (r) => r.code,
  );
  return { found, unknown: misses.map(({ words }) => ({ query: words.join(' '), suggestions: [...dataset.regions] })) };
}
