import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { StrategyEntry } from '../model/strategy-entry.js';

interface Indexes {
  municipalities: Map<string, Municipality>;
  regions: Map<string, Region>;
  entries: Map<string, StrategyEntry>;
}

const cache = new WeakMap<Dataset, Indexes>();

function indexes(dataset: Dataset): Indexes {
  let found = cache.get(dataset);
  if (!found) {
    found = {
      municipalities: new Map(dataset.municipalities.map((m) => [m.code, m])),
      regions: new Map(dataset.regions.map((r) => [r.code, r])),
      entries: new Map(dataset.entries.map((e) => [e.code, e])),
    };
    cache.set(dataset, found);
  }
  return found;
}

/** The municipality with a four-digit code, or undefined. */
export function municipalityByCode(dataset: Dataset, code: string): Municipality | undefined {
  return indexes(dataset).municipalities.get(code);
}

/** The region with a code, or undefined. */
export function regionByCode(dataset: Dataset, code: string): Region | undefined {
  return indexes(dataset).regions.get(code);
}

/** The mapping's entry of a municipality, or undefined where it is not registered in the mapping. */
export function entryFor(dataset: Dataset, code: string): StrategyEntry | undefined {
  return indexes(dataset).entries.get(code);
}
