// The kinds of attribute value that look a place up by name: a municipality, a region, and
// lists of them (the rules of attribute-kinds.ts). Apart from the other kinds so that the CDN
// build can put them, with core's name lookup, beside the places they look up: a page whose
// element names no municipality (an initiative card) does not download the lookup.
import {
  byCode,
  resolveMunicipality,
  resolveMunicipalityList,
  resolveRegion,
  resolveRegionList,
  type Municipality,
  type Region,
  type RegionCode,
} from '@kl-digital/core';
import { blank, lookup, type Common } from './attribute-kinds.js';
import type { AttributeDef } from './attribute-spec.js';

const unknownMunicipalities = (attribute: string, misses: { query: string; suggestions: Municipality[] }[]) =>
  misses.length ? ({ kind: 'unknown-municipality', attribute, misses } as const) : undefined;

/** A municipality as people write it: `Sorø`, `Sorø Kommune`, `soroe`, `0340`. */
export function municipality<const A extends string>(attribute: A, options: Common = {}): AttributeDef<Municipality | null, string, A, string, 'municipality'> {
  return lookup(attribute, 'municipality', options, null, (raw, { municipalities = [] }) => {
    if (blank(raw)) return { value: null };
    const result = resolveMunicipality({ municipalities }, String(raw));
    return result.found ? { value: result.municipality } : { value: null, problem: unknownMunicipalities(attribute, [result]) };
  });
}

/**
 * Municipalities as people write them, or as a set of codes from code (the explorer passes the
 * codes its table shows). `empty: 'none'`: present but empty keeps none (a search with no
 * results); otherwise empty is no list. The value is the set of codes, or null for no list.
 */
export function municipalityList<const A extends string>(
  attribute: A,
  options: Common & { empty?: 'none' | 'no-list' } = {},
): AttributeDef<ReadonlySet<string> | null, string | Iterable<string>, A, string, 'municipality-list'> {
  const { empty = 'no-list', ...rest } = options;
  return lookup<ReadonlySet<string> | null, string | Iterable<string>, A, 'municipality-list'>(attribute, 'municipality-list', rest, null, (raw, { municipalities = [] }) => {
    if (typeof raw === 'string') {
      if (raw.trim() === '') return { value: empty === 'none' ? new Set<string>() : null };
      const result = resolveMunicipalityList({ municipalities }, raw);
      return { value: new Set(result.found.map((m) => m.code)), problem: unknownMunicipalities(attribute, result.unknown) };
    }
    // From code: codes (or names), already one per item; no word runs to try.
    const results = [...raw].map((item) => resolveMunicipality({ municipalities }, String(item)));
    const codes = new Set(results.flatMap((result) => (result.found ? [result.municipality.code] : [])));
    return { value: codes, problem: unknownMunicipalities(attribute, results.flatMap((result) => (result.found ? [] : [result]))) };
  });
}

const unknownRegions = (attribute: string, misses: string[], regions: readonly Region[], lang: unknown) =>
  misses.length
    ? ({
        kind: 'unknown-region',
        attribute,
        misses,
        allowed: [...regions].sort(byCode).map((r) => `${r.code} (${lang === 'en' ? r.nameEn : r.name})`),
      } as const)
    : undefined;

/** A region by code or name: `1085`, `Region Sjælland`, `sjaelland`. */
export function region<const A extends string>(attribute: A, options: Common = {}): AttributeDef<Region | null, string, A, string, 'region'> {
  return lookup(attribute, 'region', { dependsOn: ['lang'], ...options }, null, (raw, { regions = [] }, { parsed }) => {
    if (blank(raw)) return { value: null };
    const result = resolveRegion({ regions }, String(raw));
    return result.found ? { value: result.region } : { value: null, problem: unknownRegions(attribute, [result.query], regions, parsed.lang) };
  });
}

/** Regions by code or name, separated as any list. The value is their codes. */
export function regionList<const A extends string>(attribute: A, options: Common = {}): AttributeDef<readonly RegionCode[], string | Iterable<string>, A, string, 'region-list'> {
  return lookup(attribute, 'region-list', { dependsOn: ['lang'], ...options }, [], (raw, { regions = [] }, { parsed }) => {
    const result = resolveRegionList({ regions }, typeof raw === 'string' ? raw : [...raw].join(','));
    return { value: result.found.map((r) => r.code), problem: unknownRegions(attribute, result.unknown.map((u) => u.query), regions, parsed.lang) };
  });
}
