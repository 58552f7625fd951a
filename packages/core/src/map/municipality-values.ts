import type { Dataset } from '../model/dataset.js';
import { CATEGORIES } from '../model/category.js';
import { STATUSES } from '../model/period.js';
import { entryFor } from '../lookup/municipality-index.js';
import { statusAt, type DateInput } from '../period/status-at.js';

/** What a map colours municipalities by. */
export const COLOR_BY = ['category', 'status', 'region'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** The value of a municipality that is not registered in the mapping. */
export const NOT_REGISTERED = 'not-registered';

/** One legend item: a value and how many municipalities have it. */
export interface LegendItem {
  /** A category, a status, a region code, or `not-registered`. */
  value: string;
  count: number;
}

/** The value of every municipality for a colouring, and the legend that explains it. */
export interface MunicipalityValues {
  /** Municipality code to value. */
  values: Map<string, string>;
  /** Every value in display order with its count; values no municipality has are left out. */
  legend: LegendItem[];
}

/**
 * Gives each of the 98 municipalities its value for a colouring: its category or its status
 * at `asOf` (municipalities without an entry are `not-registered`), or its region code.
 */
export function municipalityValues(dataset: Dataset, options: { colorBy: ColorBy; asOf?: DateInput }): MunicipalityValues {
  const { colorBy, asOf = new Date() } = options;
  const values = new Map<string, string>();
  for (const municipality of dataset.municipalities) {
    const entry = entryFor(dataset, municipality.code);
    const value =
      colorBy === 'region' ? municipality.regionCode : !entry ? NOT_REGISTERED : colorBy === 'status' ? statusAt(entry, asOf) : entry.category;
    values.set(municipality.code, value);
  }
  const order: readonly string[] =
    colorBy === 'region' ? dataset.regions.map((r) => r.code).sort() : [...(colorBy === 'status' ? STATUSES : CATEGORIES), NOT_REGISTERED];
  const counts = new Map<string, number>();
  for (const value of values.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  const legend = order.filter((value) => counts.has(value)).map((value) => ({ value, count: counts.get(value)! }));
  return { values, legend };
}
