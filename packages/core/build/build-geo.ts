// Builds src/generated/geo.ts: the map of the 98 municipalities as pre-projected SVG path data,
// with the Bornholm inset, the Copenhagen enlargement, region borders and arrow-key links, so
// the browser never projects or simplifies anything; and src/generated/neighbours.ts, which
// municipalities each one borders (the islands: the nearest). Run: npm run build:geo -w @kl-digital/core
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { mesh, neighbors } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { BBox, MapGeometry, MapShape } from '../src/geo/types.js';
import { unionBBox } from '../src/geo/union-bbox.js';
import type { RegionCode } from '../src/model/region.js';
import { dagiPath, loadDagi } from './geo/boundary-source.js';
import type { LonLatPolygon } from './geo/boundary-source.js';
import { ENLARGEMENT_SCALE, HEIGHT, WIDTH, layout } from './geo/layout.js';
import { measureSize } from './geo/measure-size.js';
import { nextLinks, unreachableFrom } from './geo/navigation.js';
import { borderPairs, nearestShapes, neighbourModule } from './geo/neighbours.js';
import { encodePath, projectLines, ringArea, snapLines } from './geo/path-data.js';
import type { Line, PathPrecision, Point } from './geo/path-data.js';
import { readRegions } from './geo/read-regions.js';
import { simplifyTo, weightedTopology } from './geo/simplify-topology.js';
import type { MapObjects, ShapeProperties } from './geo/simplify-topology.js';
import { visualCentre } from './geo/visual-centre.js';
import { topologyFeatures } from './geo/topology-features.js';
import type { ShapeFeature } from './geo/topology-features.js';
import { geometryModule } from './geo/write-module.js';

/** Share of the points the main map keeps: ~5 % looks right at 600 px (see ../shared/geo/README.md). */
const MAIN_FRACTION = 0.05;
/** Share kept for the enlargement, which draws 3.5 times larger and would look angular at 5 %. */
const ENLARGEMENT_FRACTION = 0.3;
/**
 * Caps on the points kept, whatever the fractions say. The fractions are measured on the
 * 1:500,000 file (35,783 points in its topology); the boundaries the service sends are far more
 * detailed, and 5 % of them would be many times the bytes for nothing visible.
 */
const MAIN_MAX_POINTS = 2_000;
const ENLARGEMENT_MAX_POINTS = 12_000;
/**
 * Main map: whole units, under a pixel wherever the map is under 1000 px wide, and still finer
 * than the simplification when zoomed to a region; tenths would cost 40 % more bytes for no
 * visible gain. Islands under 4 square units (about a pixel at 600 px) are left out.
 */
const MAIN_PRECISION: PathPrecision = { step: 1, minArea: 4 };
/** Enlargement: whole units too, where a unit is less than a third of what it is on the main map. */
const ENLARGEMENT_PRECISION: PathPrecision = { step: 1, minArea: 4 };
/** Christiansø is smaller than a unit at this scale: tenths, and kept whatever its size. */
const LAND_PRECISION: PathPrecision = { step: 0.1, minArea: 0 };

const CHRISTIANSOE = '0411';
const BORNHOLM = '0400';
/**
 * Bornholm's own arrow keys. By the rules, from its real position, "up" would be Helsingør, far to
 * the north-west at the edge of the cone; in the inset nothing lies above or beside it, so only
 * "left" leads back, to København, its region's capital and where the ferry goes.
 */
const BORNHOLM_LINKS = { up: null, down: null, left: '0101', right: null };
const ATTRIBUTION = {
  da: 'Kort: DAGI, Styrelsen for Dataforsyning og Infrastruktur (frie geodata)',
  en: 'Map: DAGI, the Danish Agency for Data Supply and Infrastructure (free geodata)',
};

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageRoot, '../..');
const outFile = resolve(packageRoot, 'src/generated/geo.ts');
const neighboursFile = resolve(packageRoot, 'src/generated/neighbours.ts');

async function main(): Promise<void> {
  const started = performance.now();
  const regions = readRegions(resolve(repoRoot, 'data/municipalities.csv'));
  const dagi = await loadDagi(dagiPath(repoRoot));

  // The code list in data/ is the authority: DAGI must have every one of them and nothing else
  // but Christiansø, which is land but no municipality.
  const missing = [...regions.keys()].filter((code) => !dagi.polygons.has(code));
  const unknown = [...dagi.polygons.keys()].filter((code) => !regions.has(code) && code !== CHRISTIANSOE);
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `DAGI boundaries (${dagi.source}) do not match data/municipalities.csv: ` +
        `missing ${missing.join(', ') || 'none'}; not in the CSV ${unknown.join(', ') || 'none'}`,
    );
  }
  const municipalities = new Map<string, { polygons: LonLatPolygon[]; region: RegionCode }>();
  for (const [code, region] of [...regions].sort(([a], [b]) => a.localeCompare(b))) {
    municipalities.set(code, { polygons: dagi.polygons.get(code) ?? [], region });
  }
  const land = new Map<string, LonLatPolygon[]>();
  const christiansoe = dagi.polygons.get(CHRISTIANSOE);
  if (christiansoe) land.set(CHRISTIANSOE, christiansoe);

  const weighted = weightedTopology(municipalities, land);
  const simplified = simplifyTo(weighted, Math.min(MAIN_FRACTION, MAIN_MAX_POINTS / weighted.points));
  const detailed = simplifyTo(weighted, Math.min(ENLARGEMENT_FRACTION, ENLARGEMENT_MAX_POINTS / weighted.points));
  const shapes = topologyFeatures(simplified.topology, 'municipalities');
  const landShapes = topologyFeatures(simplified.topology, 'land');

  const mainland = collection(shapes.filter((f) => f.properties.code !== BORNHOLM));
  const insetLand = collection([...shapes.filter((f) => f.properties.code === BORNHOLM), ...landShapes]);
  const plan = layout(mainland, insetLand);

  // Main map and inset.
  const drawn = shapes.map((f) => {
    const code = f.properties.code;
    const inset = code === BORNHOLM;
    const polygons = f.geometry.coordinates.map((polygon) =>
      snapLines(projectLines(inset ? plan.inset : plan.main, { type: 'Polygon', coordinates: polygon }), MAIN_PRECISION),
    );
    const lines = polygons.flat();
    if (lines.length === 0) throw new Error(`Municipality ${code} has nothing left to draw after simplification`);
    // The largest polygon by its exterior ring is where the label goes (Jutland, not an islet).
    const largest = polygons.reduce((a, b) => (area(b) > area(a) ? b : a));
    const centroid = roundPoint(visualCentre(largest.map((l) => l.points)));
    return { code, inset, region: f.properties.region, d: encodePath(lines), centroid, bbox: bboxOf(lines) };
  });

  const objects = simplified.topology.objects.municipalities.geometries;
  const borders = neighbors(objects);
  const links = nextLinks(
    drawn.map((shape, i) => ({
      code: shape.code,
      // Others reach Bornholm from where it really is, east of Amager, not from the inset.
      at: shape.inset ? [shape.centroid[0] - plan.insetOffset[0], shape.centroid[1] - plan.insetOffset[1]] : shape.centroid,
      neighbours: (borders[i] ?? []).map((j) => (objects[j]?.properties as ShapeProperties | undefined)?.code ?? ''),
    })),
  );
  links.set(BORNHOLM, BORNHOLM_LINKS);
  for (const code of links.keys()) {
    const unreachable = unreachableFrom(code, links);
    if (unreachable.length > 0) throw new Error(`Arrow keys cannot reach ${unreachable.join(', ')} from ${code}`);
  }

  const municipalityShapes: MapShape[] = drawn.map(({ code, d, centroid, bbox, inset }) => {
    const next = links.get(code);
    if (!next) throw new Error(`No arrow-key links for ${code}`);
    return { code, d, centroid, bbox, next, inset };
  });

  const regionCodes = [...new Set(regions.values())].sort();
  const regionBoxes = regionCodes.map((code) => ({
    code,
    bbox: unionBBox(drawn.filter((s) => s.region === code && !s.inset).map((s) => s.bbox)),
  }));

  // The enlargement, from the more detailed topology, clipped to its frame.
  const detailedShapes = topologyFeatures(detailed.topology, 'municipalities');
  const enlargedShapes = detailedShapes
    .filter((f) => f.properties.code !== BORNHOLM)
    .map((f) => ({ code: f.properties.code, lines: snapLines(projectLines(plan.enlargement, f), ENLARGEMENT_PRECISION) }))
    .filter((s) => s.lines.length > 0)
    .map((s) => ({ code: s.code, d: encodePath(s.lines) }));

  const geometry: MapGeometry = {
    width: WIDTH,
    height: HEIGHT,
    municipalities: municipalityShapes,
    land: encodePath(snapLines(projectLines(plan.inset, collection(landShapes)), LAND_PRECISION)),
    regionBorders: regionBorderPath(simplified.topology, plan.main, MAIN_PRECISION),
    regions: regionBoxes,
    bornholm: { frame: plan.bornholmFrame },
    enlargement: {
      frame: plan.enlargementFrame,
      area: plan.enlargedArea,
      scale: ENLARGEMENT_SCALE,
      shapes: enlargedShapes,
      regionBorders: regionBorderPath(detailed.topology, plan.enlargement, ENLARGEMENT_PRECISION),
    },
    attribution: ATTRIBUTION,
  };

  const text = geometryModule(geometry);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);

  // Neighbours from the topology before simplification (the same arcs, none dropped), the
  // islands' nearest from the boundaries as DAGI draws them.
  const pairs = borderPairs(weighted.topology.objects.municipalities);
  const bordered = new Set(pairs.flat());
  const islands = [...municipalities.keys()].filter((code) => !bordered.has(code));
  const nearest = nearestShapes(new Map([...municipalities].map(([code, m]) => [code, m.polygons])), islands);
  writeFileSync(neighboursFile, neighbourModule(pairs, nearest));
  const size = measureSize(text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `build:geo: ${simplified.points}/${weighted.points} points kept (${pct(simplified.points, weighted.points)}; ` +
      `enlargement ${detailed.points}), ${municipalityShapes.length} municipalities, ${enlargedShapes.length} enlarged; ` +
      `src/generated/geo.ts ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli; ` +
      `${pairs.length} borders, no border for ${[...nearest].map(([code, list]) => `${code} (nearest ${list.map((n) => `${n.code} ${n.km} km`).join(', ')})`).join('; ')}; ${seconds} s`,
  );
}

function collection(list: ShapeFeature[]): FeatureCollection<MultiPolygon, ShapeProperties> {
  return { type: 'FeatureCollection', features: list };
}

/** The borders between municipalities of different regions, drawn once each. */
function regionBorderPath(topology: Topology<MapObjects>, projection: Parameters<typeof projectLines>[0], precision: PathPrecision): string {
  const borders = mesh(
    topology,
    topology.objects.municipalities,
    (a, b) => (a.properties as ShapeProperties | undefined)?.region !== (b.properties as ShapeProperties | undefined)?.region,
  );
  return encodePath(snapLines(projectLines(projection, borders), precision));
}

/** Area of a drawn polygon's exterior ring. */
function area(polygon: Line[]): number {
  const exterior = polygon[0];
  return exterior ? Math.abs(ringArea(exterior.points)) : 0;
}

function bboxOf(lines: Line[]): BBox {
  const points = lines.flatMap((l) => l.points);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Whole units, like the paths: a label's anchor needs no more. */
function roundPoint([x, y]: Point): [number, number] {
  return [Math.round(x), Math.round(y)];
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

main().catch((error: unknown) => {
  console.error(`build:geo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
