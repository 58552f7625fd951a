// The map's views and the reader's zoom: the whole map, the Copenhagen enlargement alone, and a
// view around one municipality drawn large enough to see and hit (after a first tap on a drawing
// too small for a finger, or after finding it with the search).
import { fitViewBox, geometry } from '@kl-digital/core/geo';
import { MAP_DEFAULTS } from './kl-denmark-map.defs.js';
import { ENLARGED, SHAPES } from './map-drawing.js';

export type ViewBox = [number, number, number, number];
export const FULL_VIEW: ViewBox = [0, 0, geometry.width, geometry.height];
export const ASPECT = geometry.width / geometry.height;
const { frame: ENLARGEMENT_FRAME, area: ENLARGED_AREA, scale: ENLARGEMENT_SCALE } = geometry.enlargement;
/** The view of the Copenhagen enlargement alone, where a tap in the capital's area zooms to. */
export const ENLARGEMENT_VIEW = fitViewBox(
  [ENLARGEMENT_FRAME.x, ENLARGEMENT_FRAME.y, ENLARGEMENT_FRAME.x + ENLARGEMENT_FRAME.width, ENLARGEMENT_FRAME.y + ENLARGEMENT_FRAME.height],
  ASPECT,
  8,
  FULL_VIEW,
);

/** True when a point of the main map lies in the area the enlargement shows. */
const inEnlargedArea = ([x, y]: [number, number]) =>
  x >= ENLARGED_AREA.x && x <= ENLARGED_AREA.x + ENLARGED_AREA.width && y >= ENLARGED_AREA.y && y <= ENLARGED_AREA.y + ENLARGED_AREA.height;

/** Where a municipality's centre is drawn in a view: in the enlargement when the view is the enlargement's and it has an enlarged shape. */
export function drawnCentre(code: string, shown: ViewBox): [number, number] {
  const [cx, cy] = SHAPES.get(code)!.centroid;
  if (shown !== ENLARGEMENT_VIEW || !ENLARGED.has(code)) return [cx, cy];
  return [ENLARGEMENT_FRAME.x + ENLARGEMENT_SCALE * (cx - ENLARGED_AREA.x), ENLARGEMENT_FRAME.y + ENLARGEMENT_SCALE * (cy - ENLARGED_AREA.y)];
}

/**
 * The zoom that draws a municipality large enough, from the view the attributes ask for (`view`)
 * in an SVG `svgWidth` pixels wide: in the capital's area of the whole map the enlargement, else
 * a view around it in which its narrower side is `touchZoomTo` pixels.
 */
export function zoomTo(code: string, view: ViewBox, svgWidth: number): ViewBox {
  const { centroid, bbox } = SHAPES.get(code)!;
  if (view === FULL_VIEW && ENLARGED.has(code) && inEnlargedArea(centroid)) return ENLARGEMENT_VIEW;
  const [x0, y0, x1, y1] = bbox;
  const width = Math.min(view[2], (Math.min(x1 - x0, y1 - y0) * svgWidth) / MAP_DEFAULTS.touchZoomTo);
  const [cx, cy] = centroid;
  return fitViewBox([cx - width / 2, cy, cx + width / 2, cy], ASPECT, 0, FULL_VIEW);
}

/**
 * The zoom that shows a municipality found with the search: none where the view shows all of it
 * at least `touchTarget` pixels across, else `zoomTo` (a small one, or one outside a region's view).
 */
export function zoomToFind(code: string, shown: ViewBox, view: ViewBox, svgWidth: number): ViewBox | null {
  const [x0, y0, x1, y1] = SHAPES.get(code)!.bbox;
  const [x, y, w, h] = shown;
  const inside = x0 >= x && y0 >= y && x1 <= x + w && y1 <= y + h;
  const size = (Math.min(x1 - x0, y1 - y0) * svgWidth) / w;
  return inside && size >= MAP_DEFAULTS.touchTarget ? null : zoomTo(code, view, svgWidth);
}
