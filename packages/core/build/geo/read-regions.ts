// The region of each municipality, from the curated data/municipalities.csv: the map colours and
// borders regions by it, and the code list there is the authority on which 98 codes exist.
import type { RegionCode } from '../../src/model/region.js';
import { readCsv } from '../read-csv.js';

const REGION_CODES: readonly string[] = ['1081', '1082', '1083', '1084', '1085'] satisfies RegionCode[];

/** Reads `data/municipalities.csv` and returns each municipality's region by code, in file order. */
export function readRegions(file: string): Map<string, RegionCode> {
  const regions = new Map<string, RegionCode>();
  for (const { row, cells } of readCsv(file, 'data/municipalities.csv', ['code', 'region_code'])) {
    const code = cells['code'] ?? '';
    const region = cells['region_code'] ?? '';
    if (!/^\d{4}$/.test(code)) throw new Error(`data/municipalities.csv row ${row}: bad code "${code}"`);
    if (!isRegionCode(region)) throw new Error(`data/municipalities.csv row ${row}: bad region_code "${region}"`);
    regions.set(code, region);
  }
  return regions;
}

function isRegionCode(value: string): value is RegionCode {
  return REGION_CODES.includes(value);
}
