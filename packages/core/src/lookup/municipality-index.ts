// Lookups by code, indexed once per list. Keyed by the list, not the dataset, so that a part of a
// dataset (an element that carries only the municipalities and the entries) is indexed the same.
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { StrategyEntry } from '../model/strategy-entry.js';

const caches = new WeakMap<readonly object[], Map<string, unknown>>();

function indexed<T extends object>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  let index = caches.get(items) as Map<string, T> | undefined;
  if (!index) caches.set(items, (index = new Map(items.map((item) => [key(item), item]))));
  return index;
}

/** The municipality with a four-digit code, or undefined. */
export function municipalityByCode(dataset: Pick<Dataset, 'municipalities'>, code: string): Municipality | undefined {
  return indexed(dataset.municipalities, (m) => m.code).get(code);
}

/** The region with a code, or undefined. */
export function regionByCode(dataset: Pick<Dataset, 'regions'>, code: string): Region | undefined {
  return indexed(dataset.regions, (r) => r.code).get(code);
}

/** The mapping's entry of a municipality, or undefined where it is not registered in the mapping. */
export function entryFor<E extends { code: string } = StrategyEntry>(dataset: { entries: readonly E[] }, code: string): E | undefined {
  return indexed(dataset.entries, (e) => e.code).get(code);
}
