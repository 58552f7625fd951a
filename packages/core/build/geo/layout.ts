// Where everything goes in the viewBox. Denmark without Bornholm fills the height on the left;
// the sea to the east (Kattegat above, the Baltic below) holds the Copenhagen enlargement at the
// top right, close to where Copenhagen is, and the Bornholm inset at the bottom right, close to
// where Bornholm is, as on the usual Danish maps.
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { MapFrame } from '../../src/geo/types.js';

/** Width of the viewBox. */
export const WIDTH = 1000;
/**
 * Height of the viewBox. Denmark without Bornholm is scaled to fill it (less the margins), which
 * leaves the east of the 1000 units, sea and Sweden, free for the two frames.
 */
export const HEIGHT = 900;
/** Space between the viewBox edge and the land or a frame. */
const MARGIN = 12;
/** Space between a frame and the land inside it. */
const FRAME_PADDING = 8;

/**
 * The Copenhagen area the enlargement shows, in degrees: from Høje-Taastrup in the west to
 * Saltholm (Tårnby) in the east, Dragør in the south to Hørsholm in the north, so that all 18
 * municipalities of the capital's core and Hørsholm fit whole; a cut through Saltholm left
 * slivers at the edge, and one through Hørsholm left it 11 px at 800 px, its largest drawing
 * (every municipality is at least 14 px there, see the map's tests).
 */
const ENLARGED_AREA = { west: 12.135, east: 12.815, south: 55.542, north: 55.91 };
/** How much larger the enlargement draws than the main map. */
export const ENLARGEMENT_SCALE = 3.5;

/**
 * A transverse Mercator centred on 10.5° E, the middle of Denmark without Bornholm: conformal,
 * so shapes keep their angles, and with north up along the central meridian. Adaptive
 * resampling is off: the lines are short and nearly straight at this scale, and it would only
 * add points.
 */
function baseProjection(): GeoProjection {
  return geoTransverseMercator().rotate([-10.5, -56]).precision(0);
}

/** The projections and frames of the map. */
export interface Layout {
  main: GeoProjection;
  /** The main projection moved so that Bornholm and Christiansø sit in the Bornholm frame. */
  inset: GeoProjection;
  /** How far the inset projection moves Bornholm from its real place, in map units. */
  insetOffset: [number, number];
  bornholmFrame: MapFrame;
  /** The enlargement's projection, clipped to its frame. */
  enlargement: GeoProjection;
  enlargementFrame: MapFrame;
  /** The part of the main map the enlargement shows. */
  enlargedArea: MapFrame;
}

/** Lays out the map from the land of the main map and what goes into the Bornholm inset. */
export function layout(mainland: GeoPermissibleObjects, insetLand: GeoPermissibleObjects): Layout {
  // Fit the mainland to the height, flush with the left margin.
  const main = baseProjection().scale(1).translate([0, 0]);
  const [[bx0, by0], [, by1]] = geoPath(main).bounds(mainland);
  const scale = (HEIGHT - 2 * MARGIN) / (by1 - by0);
  main.scale(scale).translate(round([MARGIN - bx0 * scale, MARGIN - by0 * scale]));

  // Frames lie on whole units, like the path data, so that shapes clipped to a frame's edge and
  // then rounded stay exactly on it.

  // Bornholm at the same scale, in a frame in the bottom right corner.
  const [[ix0, iy0], [ix1, iy1]] = geoPath(main).bounds(insetLand);
  const insetWidth = Math.ceil(ix1 - ix0 + 2 * FRAME_PADDING);
  const insetHeight = Math.ceil(iy1 - iy0 + 2 * FRAME_PADDING);
  const bornholmFrame = { x: WIDTH - MARGIN - insetWidth, y: HEIGHT - MARGIN - insetHeight, width: insetWidth, height: insetHeight };
  // Whole units too, so the inset is the main map moved by whole units: same rounding, same shapes.
  const insetOffset: [number, number] = [
    Math.round(bornholmFrame.x + (insetWidth - (ix1 - ix0)) / 2 - ix0),
    Math.round(bornholmFrame.y + (insetHeight - (iy1 - iy0)) / 2 - iy0),
  ];
  const [tx, ty] = main.translate();
  const inset = baseProjection().scale(scale).translate([tx + insetOffset[0], ty + insetOffset[1]]);

  // The enlarged area, boxed in main-map units, and its frame in the top right corner; sized so
  // that both the area and the frame (the area times the enlargement) are whole units.
  const k = ENLARGEMENT_SCALE;
  const { west, east, south, north } = ENLARGED_AREA;
  const corners = [main([west, north]), main([east, north]), main([west, south]), main([east, south])];
  const xs = corners.map((c) => c?.[0] ?? NaN);
  const ys = corners.map((c) => c?.[1] ?? NaN);
  const areaX = Math.floor(Math.min(...xs));
  const areaY = Math.floor(Math.min(...ys));
  const enlargedArea = {
    x: areaX,
    y: areaY,
    width: wholeTimes(Math.max(...xs) - areaX, k),
    height: wholeTimes(Math.max(...ys) - areaY, k),
  };
  const enlargementFrame = {
    x: WIDTH - MARGIN - enlargedArea.width * k,
    y: MARGIN,
    width: enlargedArea.width * k,
    height: enlargedArea.height * k,
  };
  // enlargement(p) = frame corner + k · (main(p) − area corner), so the two boxes correspond exactly.
  const enlargement = baseProjection()
    .scale(scale * k)
    .translate([k * tx + enlargementFrame.x - k * enlargedArea.x, k * ty + enlargementFrame.y - k * enlargedArea.y])
    .clipExtent([
      [enlargementFrame.x, enlargementFrame.y],
      [enlargementFrame.x + enlargementFrame.width, enlargementFrame.y + enlargementFrame.height],
    ]);

  return { main, inset, insetOffset, bornholmFrame, enlargement, enlargementFrame, enlargedArea };
}

/** Rounds to one decimal: the main map's origin needs no more. */
function round([x, y]: [number, number]): [number, number] {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The smallest whole number at least `value` that is still whole when multiplied by `factor`. */
function wholeTimes(value: number, factor: number): number {
  let n = Math.ceil(value);
  while (!Number.isInteger(n * factor)) n++;
  return n;
}
