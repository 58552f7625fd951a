import type { BBox } from './types.js';

/**
 * The viewBox (`[x, y, width, height]`) that shows `box` with `padding` around it at the
 * width/height ratio `aspect`, e.g. to zoom the map to a region in an element of that shape.
 * The box grows evenly on both sides of the short dimension. With `bounds` (usually the whole
 * map, `[0, 0, width, height]`) the result is moved inside them, so the zoom shows no empty
 * space beyond the map, and where it is larger than the bounds it is centred on them instead.
 */
export function fitViewBox(box: BBox, aspect: number, padding: number, bounds?: BBox): [x: number, y: number, w: number, h: number] {
  if (!(aspect > 0) || !Number.isFinite(aspect)) throw new RangeError(`fitViewBox: aspect must be a positive number, got ${aspect}`);
  const [x0, y0, x1, y1] = box;
  let w = x1 - x0 + 2 * padding;
  let h = y1 - y0 + 2 * padding;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  let x = (x0 + x1) / 2 - w / 2;
  let y = (y0 + y1) / 2 - h / 2;
  if (bounds) {
    x = clamp(x, w, bounds[0], bounds[2]);
    y = clamp(y, h, bounds[1], bounds[3]);
  }
  return [x, y, w, h];
}

/** Moves the span [start, start + size] inside [min, max], or centres it there if it is larger. */
function clamp(start: number, size: number, min: number, max: number): number {
  if (size >= max - min) return (min + max) / 2 - size / 2;
  return Math.min(Math.max(start, min), max - size);
}
