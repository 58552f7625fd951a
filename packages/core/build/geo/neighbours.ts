// Which municipalities each one borders, and for one that borders none (an island), the nearest.
// Borders come from the topology: two municipalities are neighbours when they share an arc, a
// stretch of boundary, never because their boxes overlap. Distances are between the shapes, the
// closest two points of their boundaries, so Samsø's nearest is the coast of Odder, not the
// middle of Jutland.
import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { LonLatPolygon } from './boundary-source.js';

/** How many of the nearest municipalities an island gets. */
export const NEAREST_COUNT = 3;

/** The pairs of codes that share a border, each pair once and ordered (`['0316', '0340']`), the list sorted. */
export function borderPairs(collection: GeometryCollection<{ code: string }>): [string, string][] {
  const geometries = collection.geometries;
  const codeAt = (i: number) => {
    const properties = geometries[i]?.properties as { code?: string } | undefined;
    const code = properties?.code;
    if (!code) throw new Error(`borderPairs: geometry ${i} has no code`);
    return code;
  };
  const pairs = new Set<string>();
  neighbors(geometries).forEach((list, i) => {
    for (const j of list) {
      const [a, b] = [codeAt(i), codeAt(j)].sort();
      if (a !== b) pairs.add(`${a} ${b}`);
    }
  });
  return [...pairs].sort().map((pair) => pair.split(' ') as [string, string]);
}

type XY = readonly [number, number];

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.2;
/**
 * Longitude scaled at 56° N, the middle of Denmark: a plane good to a few per cent from Gedser
 * to Skagen, which is enough to rank distances across water.
 */
const LON_SCALE = Math.cos((56 * Math.PI) / 180);

type Box = [x0: number, y0: number, x1: number, y1: number];

/** A ring with its box, so that rings far apart are never measured point by point. */
interface Ring {
  points: XY[];
  box: Box;
}

interface Shape {
  code: string;
  rings: Ring[];
  box: Box;
}

function boxOf(points: readonly XY[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function shapeOf(code: string, polygons: LonLatPolygon[]): Shape {
  const rings = polygons.flatMap((polygon) =>
    polygon.map((ring) => {
      const points = ring.map(([lon, lat]): XY => [lon * LON_SCALE * KM_PER_DEGREE, lat * KM_PER_DEGREE]);
      return { points, box: boxOf(points) };
    }),
  );
  return { code, rings, box: boxOf(rings.flatMap((r) => [[r.box[0], r.box[1]] as XY, [r.box[2], r.box[3]] as XY])) };
}

/** The distance between two boxes: no two points of what they hold are closer. */
function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.hypot(dx, dy);
}

function pointToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** How far a point lies outside a box (0 inside). */
function pointToBox(p: XY, box: Box): number {
  return Math.hypot(Math.max(0, box[0] - p[0], p[0] - box[2]), Math.max(0, box[1] - p[1], p[1] - box[3]));
}

/**
 * The smallest distance between the boundaries of two rings, or `best` where they come no
 * nearer: each point of one to each segment of the other, both ways, skipping the points that
 * lie farther than `best` from the other's box.
 */
function ringDistance(a: Ring, b: Ring, best: number): number {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const segments = to.points;
    for (const p of from.points) {
      if (pointToBox(p, to.box) >= best) continue;
      for (let i = 1; i < segments.length; i++) best = Math.min(best, pointToSegment(p, segments[i - 1]!, segments[i]!));
    }
  }
  return best;
}

/** The smallest distance between two shapes' boundaries, in km: the pairs of rings nearest first, skipping those whose boxes are already farther. */
function shapeDistance(a: Shape, b: Shape): number {
  const pairs = a.rings
    .flatMap((ra) => b.rings.map((rb) => ({ ra, rb, bound: boxDistance(ra.box, rb.box) })))
    .sort((x, y) => x.bound - y.bound);
  let best = Infinity;
  for (const { ra, rb, bound } of pairs) {
    if (bound >= best) break;
    best = ringDistance(ra, rb, best);
  }
  return best;
}

/**
 * For each of `codes`, the `count` other municipalities of `polygons` whose shapes come nearest,
 * nearest first, with the distance in km (one decimal). Boxes first: a shape whose box is farther
 * than the last of those found cannot come nearer, so few shapes are measured point by point.
 */
export function nearestShapes(polygons: ReadonlyMap<string, LonLatPolygon[]>, codes: readonly string[], count = NEAREST_COUNT): Map<string, { code: string; km: number }[]> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`nearestShapes: count must be a whole number from 1, not ${count}`);
  const shapes = [...polygons].map(([code, list]) => shapeOf(code, list));
  const result = new Map<string, { code: string; km: number }[]>();
  for (const code of codes) {
    const self = shapes.find((s) => s.code === code);
    if (!self) throw new Error(`nearestShapes: no shape for ${code}`);
    const candidates = shapes
      .filter((s) => s.code !== code)
      .map((shape) => ({ shape, bound: boxDistance(self.box, shape.box) }))
      .sort((a, b) => a.bound - b.bound || a.shape.code.localeCompare(b.shape.code));
    const found: { code: string; km: number }[] = [];
    for (const { shape, bound } of candidates) {
      if (found.length >= count && bound > found[count - 1]!.km) break;
      found.push({ code: shape.code, km: shapeDistance(self, shape) });
      found.sort((a, b) => a.km - b.km || a.code.localeCompare(b.code));
      found.length = Math.min(found.length, count);
    }
    result.set(
      code,
      found.map((f) => ({ code: f.code, km: Math.round(f.km * 10) / 10 })),
    );
  }
  return result;
}

/** The source text of `src/generated/neighbours.ts`: the border pairs and the islands' nearest (see src/neighbours/). */
export function neighbourModule(pairs: readonly (readonly [string, string])[], nearest: ReadonlyMap<string, readonly { code: string; km: number }[]>): string {
  const islands = Object.fromEntries([...nearest].sort(([a], [b]) => a.localeCompare(b)).map(([code, list]) => [code, list.map((n) => n.code)]));
  return [
    '// Generated by packages/core/build/build-geo.ts from the DAGI municipality boundaries. Do not edit.',
    '// Derived from DAGI, so it is never committed: run `npm run build:geo -w @kl-digital/core` to make it.',
    "import { neighbourTable, type NeighbourTable } from '../neighbours/neighbour-table.js';",
    '',
    '/** Each municipality\'s neighbours: those it shares a border with, or, for an island, the nearest. */',
    `export const neighbours: NeighbourTable = neighbourTable(${JSON.stringify(pairs.map(([a, b]) => a + b).join(' '))}, ${JSON.stringify(islands)});`,
    '',
  ].join('\n');
}
