// The parts the dataset is shipped in (`@kl-digital/core/data/<part>`): each element imports the
// ones it shows, and `@kl-digital/core/dataset` is all of them together.
import type { Dataset } from './dataset.js';

/** Each part and the dataset's fields in it; together they are every field but `version`. */
export const DATASET_PARTS = {
  places: ['regions', 'municipalities'],
  categories: ['categories'],
  entries: ['entries'],
  mapping: ['mapping'],
  initiatives: ['initiatives', 'sources'],
  rules: ['categoryRules'],
} as const satisfies Record<string, readonly Exclude<keyof Dataset, 'version'>[]>;

export type DatasetPart = keyof typeof DATASET_PARTS;
