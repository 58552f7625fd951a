import { CATEGORIES, type Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { STATUSES, type Status } from '../model/period.js';
import type { RegionCode } from '../model/region.js';
import type { EntryFacts } from '../model/entry-columns.js';
import { entryFor, municipalityByCode } from '../lookup/municipality-index.js';
import { statusAt, type DateInput } from '../period/status-at.js';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Number of entries in each category (every category present, zero where none). */
export function categoryCounts(dataset: { entries: readonly EntryFacts[] }, options: { entries?: readonly EntryFacts[] } = {}): Record<Category, number> {
  const counts = zeros(CATEGORIES);
  for (const entry of options.entries ?? dataset.entries) counts[entry.category] += 1;
  return counts;
}

/** Number of entries in each status at a date (default: today). */
export function statusCounts(dataset: { entries: readonly EntryFacts[] }, options: { asOf?: DateInput; entries?: readonly EntryFacts[] } = {}): Record<Status, number> {
  const counts = zeros(STATUSES);
  const asOf = options.asOf ?? new Date();
  for (const entry of options.entries ?? dataset.entries) counts[statusAt(entry, asOf)] += 1;
  return counts;
}

/** For each region: its number of municipalities and of entries in the mapping. */
export function regionCounts(dataset: Pick<Dataset, 'municipalities' | 'regions'> & { entries: readonly EntryFacts[] }): Record<RegionCode, { municipalities: number; entries: number }> {
  const counts = Object.fromEntries(dataset.regions.map((r) => [r.code, { municipalities: 0, entries: 0 }])) as Record<
    RegionCode,
    { municipalities: number; entries: number }
  >;
  for (const m of dataset.municipalities) counts[m.regionCode].municipalities += 1;
  for (const e of dataset.entries) {
    const region = municipalityByCode(dataset, e.code)?.regionCode;
    if (region) counts[region].entries += 1;
  }
  return counts;
}

/** The municipalities that have no entry in the mapping ("not registered", not "no strategy"). */
export function unregisteredMunicipalities(dataset: Pick<Dataset, 'municipalities'> & { entries: readonly EntryFacts[] }): Municipality[] {
  return dataset.municipalities.filter((m) => !entryFor(dataset, m.code));
}
