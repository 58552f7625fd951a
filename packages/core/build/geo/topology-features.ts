// Reads shapes back out of the simplified topology as GeoJSON for d3-geo to project.
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MapObjects, ShapeProperties } from './simplify-topology.js';

/** A municipality (or Christiansø) as one feature. */
export type ShapeFeature = Feature<MultiPolygon, ShapeProperties>;

/** The features of one topology object, with every ring wound the way d3-geo reads it. */
export function topologyFeatures(topology: Topology<MapObjects>, name: 'municipalities' | 'land'): ShapeFeature[] {
  const features = (feature(topology, topology.objects[name]) as FeatureCollection<MultiPolygon, ShapeProperties>).features;
  return features.map((f) => ({
    ...f,
    geometry: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((polygon) => polygon.map(windRing)) },
  }));
}

/**
 * d3-geo takes a ring's winding spherically: clockwise encloses the small side, anticlockwise
 * the rest of the globe. A small island simplified down to three points can come out turned
 * around, and would then paint the whole map, so each ring is wound to enclose the small side
 * (holes too: as a lone ring, a hole's winding encloses the rest of the globe).
 */
function windRing(ring: Position[], index: number): Position[] {
  const enclosesSmallSide = geoArea({ type: 'Polygon', coordinates: [ring] }) < 2 * Math.PI;
  const isExterior = index === 0;
  return enclosesSmallSide === isExterior ? ring : [...ring].reverse();
}
