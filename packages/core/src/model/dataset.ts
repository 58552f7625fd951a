import type { CategoryInfo, CategoryRule } from './category.js';
import type { Initiative } from './initiative.js';
import type { Mapping } from './mapping.js';
import type { Municipality } from './municipality.js';
import type { Region } from './region.js';
import type { StrategyEntry } from './strategy-entry.js';

/** A seed document the data was curated from. */
export interface SourceDocument {
  /** File name in `shared/seeds/`. */
  file: string;
  title: string;
  /** ISO date the document carries, or null. */
  date: string | null;
}

/** Everything the elements render: built from `data/` and validated by core's schema. */
export interface Dataset {
  /** Format version of this JSON; bumped on breaking changes. */
  version: 1;
  regions: Region[];
  municipalities: Municipality[];
  categories: CategoryInfo[];
  categoryRules: CategoryRule[];
  entries: StrategyEntry[];
  mapping: Mapping;
  initiatives: Initiative[];
  sources: SourceDocument[];
}
