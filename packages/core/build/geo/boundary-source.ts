// Finds the DAGI municipality boundaries and returns them as plain polygons per code. The file is
// build input that the project never commits, so it comes from ../shared/geo/ (or a path in
// KL_DAGI_GEOJSON) and, where neither exists, from the official DAGI service.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { ringArea } from './path-data.js';

/** Where the official service publishes the municipalities as GeoJSON in WGS84. */
export const DAGI_URL = 'https://api.dataforsyningen.dk/kommuner?format=geojson&srid=4326';

/** How long the download may take before the build gives up. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** A polygon as rings of [longitude, latitude]; the first ring is the exterior. */
export type LonLatPolygon = [number, number][][];

/** The boundaries read from DAGI, grouped by municipality code. */
export interface DagiBoundaries {
  /** Where they came from (a file path or the URL), for the build log. */
  source: string;
  /** Polygons by four-digit code, codes and polygons in input order. */
  polygons: Map<string, LonLatPolygon[]>;
}

/** The file the build reads: KL_DAGI_GEOJSON if set, else ../shared/geo/ beside the repository. */
export function dagiPath(repoRoot: string): string {
  const fromEnv = process.env['KL_DAGI_GEOJSON'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return resolve(repoRoot, '../shared/geo/dagi-kommuner-2014.geojson');
}

/** Reads the boundaries from `path`, or downloads them where the file does not exist. */
export async function loadDagi(path: string): Promise<DagiBoundaries> {
  if (existsSync(path)) {
    const collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
    return { source: path, polygons: groupByCode(collection, 'KOMKODE') };
  }
  let collection: FeatureCollection;
  try {
    const response = await fetch(DAGI_URL, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    collection = (await response.json()) as FeatureCollection;
  } catch (error) {
    // fetch reports "fetch failed" and keeps the reason (DNS, refused, timeout) in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const reason = (error instanceof Error ? error.message : String(error)) + cause;
    throw new Error(
      `No DAGI municipality boundaries: ${path} does not exist and downloading ${DAGI_URL} failed (${reason}). ` +
        'Set KL_DAGI_GEOJSON to the path of a DAGI municipalities GeoJSON file (WGS84, properties KOMKODE/KOMNAVN), ' +
        'or put dagi-kommuner-2014.geojson into ../shared/geo/ beside the repository.',
    );
  }
  // The service names the properties `kode` and `navn` where the file has KOMKODE and KOMNAVN.
  return { source: DAGI_URL, polygons: groupByCode(collection, 'kode') };
}

/** Groups the features' polygons by code, dropping the third coordinate (DAGI writes -999 there). */
function groupByCode(collection: FeatureCollection, codeProperty: string): Map<string, LonLatPolygon[]> {
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error('DAGI boundaries: expected a GeoJSON FeatureCollection');
  }
  const polygons = new Map<string, LonLatPolygon[]>();
  for (const feature of collection.features) {
    const code = codeOf(feature, codeProperty);
    const list = polygons.get(code) ?? [];
    list.push(...polygonsOf(feature.geometry, code));
    polygons.set(code, list);
  }
  return polygons;
}

function codeOf(feature: Feature, codeProperty: string): string {
  const raw: unknown = feature.properties?.[codeProperty];
  const code = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{1,4}$/.test(code)) throw new Error(`DAGI boundaries: a feature has no valid ${codeProperty} (${String(raw)})`);
  return code.padStart(4, '0');
}

function polygonsOf(geometry: Geometry | null, code: string): LonLatPolygon[] {
  if (geometry?.type === 'Polygon') return [rewind(geometry.coordinates.map(toLonLat))];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => rewind(polygon.map(toLonLat)));
  throw new Error(`DAGI boundaries: ${code} has a ${geometry?.type ?? 'missing'} geometry, expected (Multi)Polygon`);
}

/**
 * Orients the rings as d3-geo expects: exterior clockwise, holes anticlockwise. d3 reads ring
 * order spherically, and an exterior drawn the other way (as RFC 7946 files such as the
 * service's may be) would mean "the whole globe except this municipality".
 */
function rewind(polygon: LonLatPolygon): LonLatPolygon {
  return polygon.map((ring, i) => {
    // With latitude pointing up, the shoelace area (ringArea, y down) of a clockwise ring is negative.
    const clockwise = ringArea(ring) < 0;
    return clockwise === (i === 0) ? ring : [...ring].reverse();
  });
}

function toLonLat(ring: Position[]): [number, number][] {
  return ring.map(([lon, lat]) => {
    if (lon === undefined || lat === undefined) throw new Error('DAGI boundaries: a position has fewer than two values');
    return [lon, lat];
  });
}
