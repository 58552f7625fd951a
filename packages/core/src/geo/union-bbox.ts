import type { BBox } from './types.js';

/**
 * The smallest box that contains all `boxes`, e.g. a region's municipalities for "zoom to
 * region". Throws a RangeError for an empty list, which has no box.
 */
export function unionBBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) throw new RangeError('unionBBox: no boxes to unite');
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [bx0, by0, bx1, by1] of boxes) {
    x0 = Math.min(x0, bx0);
    y0 = Math.min(y0, by0);
    x1 = Math.max(x1, bx1);
    y1 = Math.max(y1, by1);
  }
  return [x0, y0, x1, y1];
}
