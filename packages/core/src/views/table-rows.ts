// The rows of the strategy table: the mapping's entries, or all 98 municipalities with the
// ones the mapping does not cover marked as not registered (never as "no strategy").
import type { Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Status } from '../model/period.js';
import type { Region, RegionCode } from '../model/region.js';
import type { ListedEntry } from '../model/entry-columns.js';
import { entryMatchesQuery, municipalityMatchesQuery } from '../lookup/match-query.js';
import { entryFor, municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import { NOT_REGISTERED, type NotRegistered } from './labels.js';
import { statusAt, type DateInput } from '../period/status-at.js';

/** Which municipalities the table lists: the mapping's entries (64) or all municipalities (98). */
export const TABLE_SCOPES = ['mapping', 'all'] as const;
export type TableScope = (typeof TABLE_SCOPES)[number];


/** One row of the table: a municipality, its region, and its entry where the mapping has one. */
export interface TableRow {
  municipality: Municipality;
  region: Region;
  /** The mapping's entry, or null where the municipality is not registered in the mapping. */
  entry: ListedEntry | null;
  /** The entry's category, or `not-registered`. */
  category: Category | NotRegistered;
  /** The entry's status at `asOf`, or `not-registered`. */
  status: Status | NotRegistered;
}

/** What the table keeps. An empty or missing list keeps everything. */
export interface TableRowFilter {
  /** `mapping` (default): the entries; `all`: every municipality. */
  scope?: TableScope;
  /** Free text over names, aliases and form, as `entryMatchesQuery`. */
  query?: string;
  /** Categories to keep; `not-registered` keeps the municipalities without an entry. */
  categories?: readonly (Category | NotRegistered)[];
  regions?: readonly RegionCode[];
  /** Statuses to keep; `not-registered` keeps the municipalities without an entry. */
  statuses?: readonly (Status | NotRegistered)[];
  /** The date statuses are taken at (default: today). */
  asOf?: DateInput;
}

/** What the table's rows are read from. */
export type TableData = Pick<Dataset, 'municipalities' | 'regions'> & { entries: readonly ListedEntry[] };

/**
 * The table's rows that pass the filter: in `mapping` scope the entries in the dataset's order,
 * in `all` scope every municipality in the dataset's order. A municipality without an entry passes the category and status filters only
 * when they are empty or include `not-registered`; the query matches its names and aliases.
 */
export function tableRows(dataset: TableData, filter: TableRowFilter = {}): TableRow[] {
  const { scope = 'mapping', query = '', categories = [], regions = [], statuses = [], asOf = new Date() } = filter;
  const pairs: { municipality: Municipality | undefined; entry: ListedEntry | null }[] =
    scope === 'all'
      ? dataset.municipalities.map((municipality) => ({ municipality, entry: entryFor(dataset, municipality.code) ?? null }))
      : dataset.entries.map((entry) => ({ municipality: municipalityByCode(dataset, entry.code), entry }));
  const rows: TableRow[] = [];
  for (const { municipality, entry } of pairs) {
    const region = municipality && regionByCode(dataset, municipality.regionCode);
    if (!municipality || !region) continue;
    const category = entry ? entry.category : NOT_REGISTERED;
    const status = entry ? statusAt(entry, asOf) : NOT_REGISTERED;
    if (categories.length > 0 && !categories.includes(category)) continue;
    if (statuses.length > 0 && !statuses.includes(status)) continue;
    if (regions.length > 0 && !regions.includes(municipality.regionCode)) continue;
    if (!(entry ? entryMatchesQuery(dataset, entry, query) : municipalityMatchesQuery(municipality, query))) continue;
    rows.push({ municipality, region, entry, category, status });
  }
  return rows;
}
