import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { LonLatPolygon } from './boundary-source.js';
import { borderPairs, nearestShapes, neighbourModule } from './neighbours.js';

/** A square polygon of `size` degrees with its south-west corner at (lon, lat). */
const square = (lon: number, lat: number, size = 0.1): LonLatPolygon => [
  [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ],
];

// a | b side by side, c touching a only at its corner, and two islands: d off b's east coast, e farther.
const shapes = new Map<string, LonLatPolygon[]>([
  ['0001', [square(10, 56)]],
  ['0002', [square(10.1, 56)]],
  ['0003', [square(9.9, 55.9)]],
  ['0004', [square(10.25, 56)]],
  ['0005', [square(10.6, 56), square(10.7, 56.5, 0.01)]],
]);

function collection(): GeometryCollection<{ code: string }> {
  const features = [...shapes].map(([code, polygons]) => ({ type: 'Feature' as const, properties: { code }, geometry: { type: 'MultiPolygon' as const, coordinates: polygons } }));
  const t = topology({ m: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection }) as unknown as Topology<{ m: GeometryCollection<{ code: string }> }>;
  return t.objects.m;
}

describe('borderPairs', () => {
  it('pairs the squares that share an edge (0001 0002), not those touching at a corner only (0001 0003) or apart', () => {
    expect(borderPairs(collection())).toEqual([['0001', '0002']]);
  });
});

describe('nearestShapes', () => {
  it('ranks by the distance between the shapes: 0004 is 0.05° of longitude (3.1 km at 56° N) from 0002, 0.25° from 0001', () => {
    const nearest = nearestShapes(shapes, ['0004'], 2).get('0004');
    expect(nearest?.map((n) => n.code)).toEqual(['0002', '0001']);
    expect(nearest?.[0]?.km).toBeCloseTo(3.1, 1);
  });

  it('measures to the nearest of all its islands: 0005 is nearer 0004 by its main square, whatever its far islet', () => {
    expect(nearestShapes(shapes, ['0005'], 1).get('0005')?.map((n) => n.code)).toEqual(['0004']);
  });

  it('refuses a count below one', () => {
    expect(() => nearestShapes(shapes, ['0004'], 0)).toThrow(RangeError);
  });
});

describe('neighbourModule', () => {
  it('writes each pair once as eight digits and the islands by code', () => {
    const text = neighbourModule([['0001', '0002']], new Map([['0004', [{ code: '0002', km: 3.1 }]]]));
    expect(text).toContain('neighbourTable("00010002", {"0004":["0002"]})');
    expect(text).toContain('Do not edit');
  });
});
