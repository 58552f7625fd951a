// One municipality as its own card shows it: the mapping's entry joined with its region,
// category, status at a date, document link and the mapping's example story.
import { entryFor, municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import type { CategoryInfo } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Example } from '../model/mapping.js';
import type { Municipality } from '../model/municipality.js';
import type { Status } from '../model/period.js';
import type { Region } from '../model/region.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { httpUrl } from '../text/http-url.js';

/** Everything known about one municipality in the mapping. */
export interface MunicipalityProfile {
  municipality: Municipality;
  region: Region | undefined;
  /** The mapping's row, or null where the municipality is not registered in the mapping. */
  entry: StrategyEntry | null;
  /** The entry's category with its labels and description; null where not registered. */
  category: CategoryInfo | null;
  /** The entry's status at `asOf`; null where not registered. */
  status: Status | null;
  /** The document's address where the source gives an http(s) URL; null otherwise, never invented. */
  documentUrl: string | null;
  /** The mapping's example story of this municipality, where it has one (also for one not in the table). */
  example: Example | null;
  /** The category the example illustrates, where there is an example. */
  exampleCategory: CategoryInfo | null;
}

/** The profile of the municipality with a four-digit `code`, or undefined for an unknown code. */
export function municipalityProfile(dataset: Dataset, code: string, options: { asOf?: DateInput } = {}): MunicipalityProfile | undefined {
  const municipality = municipalityByCode(dataset, code);
  if (!municipality) return undefined;
  const entry = entryFor(dataset, code) ?? null;
  const example = dataset.mapping.examples.find((e) => e.code === code) ?? null;
  const categoryInfo = (id: string | undefined) => (id ? (dataset.categories.find((c) => c.id === id) ?? null) : null);
  return {
    municipality,
    region: regionByCode(dataset, municipality.regionCode),
    entry,
    category: categoryInfo(entry?.category),
    status: entry ? statusAt(entry, options.asOf ?? new Date()) : null,
    documentUrl: entry ? httpUrl(entry.url) : null,
    example,
    exampleCategory: categoryInfo(example?.category),
  };
}
