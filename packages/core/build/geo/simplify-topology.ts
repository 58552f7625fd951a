// Turns the polygons into one topology and simplifies it. Simplifying the topology rather than
// each polygon keeps shared borders identical on both sides, so neighbours never gap or overlap.
import type { MultiPolygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionCode } from '../../src/model/region.js';
import type { LonLatPolygon } from './boundary-source.js';

/** Quantization of the topology: 10^4 steps across Denmark's extent, about 40 m, well under a pixel. */
const QUANTIZATION = 1e4;

/** Properties each municipality carries through the topology. */
export interface ShapeProperties {
  code: string;
  region: RegionCode | null;
}

/** The topology's objects: the 98 municipalities, and `land` for Christiansø (no municipality). */
export interface MapObjects {
  [name: string]: GeometryCollection<ShapeProperties>;
  municipalities: GeometryCollection<ShapeProperties>;
  land: GeometryCollection<ShapeProperties>;
}

/** A topology of the map with every point weighted by its importance, ready for `simplify`. */
export interface WeightedTopology {
  topology: Topology<MapObjects>;
  /** Number of points before simplification. */
  points: number;
}

/** Builds the weighted topology of the municipalities (with their regions) and the extra land. */
export function weightedTopology(
  municipalities: Map<string, { polygons: LonLatPolygon[]; region: RegionCode }>,
  land: Map<string, LonLatPolygon[]>,
): WeightedTopology {
  const collection = (entries: [string, LonLatPolygon[], RegionCode | null][]) => ({
    type: 'FeatureCollection' as const,
    features: entries.map(([code, polygons, region]) => ({
      type: 'Feature' as const,
      id: code,
      properties: { code, region },
      geometry: { type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon,
    })),
  });
  const raw = topology(
    {
      municipalities: collection([...municipalities].map(([code, m]) => [code, m.polygons, m.region])),
      land: collection([...land].map(([code, polygons]) => [code, polygons, null])),
    },
    QUANTIZATION,
  ) as unknown as Topology<MapObjects>;
  const points = countPoints(raw);
  const weighted = presimplify(raw);
  keepIslands(weighted);
  return { topology: weighted, points };
}

/**
 * Keeps about `fraction` of the points (Visvalingam by area, the least important first), never
 * fewer than the protected ones. Returns the topology and the number of points kept.
 */
export function simplifyTo(weighted: WeightedTopology, fraction: number): { topology: Topology<MapObjects>; points: number } {
  const simplified = simplify(weighted.topology, quantile(weighted.topology, fraction));
  return { topology: simplified, points: countPoints(simplified) };
}

/**
 * Protects the two most important interior points of every closed arc (an island or a lake that
 * shares no border), so that with its end point it stays at least a triangle. Simplification
 * always keeps an arc's end points, but a ring that is a single arc has only one, so without
 * this every small island would collapse to a point and vanish, Christiansø with them. Rings
 * too small to see are dropped later, by their drawn area.
 */
function keepIslands(weighted: Topology<MapObjects>): void {
  for (const arc of weighted.arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 2)) point[2] = Infinity;
  }
}

function countPoints(t: Topology): number {
  return t.arcs.reduce((sum, arc) => sum + arc.length, 0);
}
