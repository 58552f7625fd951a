import type { Dataset } from '../model/dataset.js';
import type { Region } from '../model/region.js';
import { nameKey } from './name-keys.js';

/** The outcome of looking up a region by code or name. */
export type RegionResolution =
  | { found: true; region: Region }
  | { found: false; query: string; suggestions: Region[] };

/**
 * Finds a region by code (`1085`) or name (`Region Sjælland`, `Sjælland`, `sjaelland`,
 * `Region Zealand`), ignoring case, accents and the word "Region". When nothing matches,
 * every region is suggested (there are only five).
 */
export function resolveRegion(dataset: Pick<Dataset, 'regions'>, text: string): RegionResolution {
  const strip = (s: string) => asciiRegionKey(s).replace(/^region/, '').replace(/region$/, '');
  const wanted = strip(String(text ?? ''));
  const region = dataset.regions.find(
    (r) => r.code === String(text ?? '').trim() || (wanted !== '' && [r.name, r.nameEn].some((n) => strip(n) === wanted)),
  );
  return region ? { found: true, region } : { found: false, query: String(text ?? ''), suggestions: [...dataset.regions] };
}

function asciiRegionKey(text: string): string {
  return nameKey(text).replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/ofdenmark$|denmark$/, '').replace(/^the/, '');
}
