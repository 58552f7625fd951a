// The point a label or tooltip should point at: the pole of inaccessibility (the interior point
// farthest from the outline), which unlike the area centroid always lies inside the shape, even
// for the crescent-shaped and hollow municipalities. The polylabel algorithm, without a library.
import type { Point } from './path-data.js';

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the centre to the outline (negative outside). */
  d: number;
  /** Upper bound of the distance anywhere in the cell. */
  max: number;
}

/** Returns the pole of inaccessibility of a polygon (exterior ring first, then holes), to within `precision`. */
export function visualCentre(polygon: Point[][], precision = 0.5): Point {
  const exterior = polygon[0] ?? [];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of exterior) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const size = Math.min(x1 - x0, y1 - y0);
  if (!(size > 0)) return [x0, y0];
  const cell = (x: number, y: number, half: number): Cell => {
    const d = signedDistance(x, y, polygon);
    return { x, y, half, d, max: d + half * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = x0; x < x1; x += size) {
    for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  // Start from the area centroid, which is usually close, so that most cells are pruned early.
  let best = cell(...areaCentroid(exterior), 0);
  const box = cell(x0 + (x1 - x0) / 2, y0 + (y1 - y0) / 2, 0);
  if (box.d > best.d) best = box;
  while (queue.length > 0) {
    // Most promising cell first; ties broken by position so the result never depends on chance.
    queue.sort((a, b) => a.max - b.max || a.x - b.x || a.y - b.y);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.half / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y];
}

/** Distance from (x, y) to the nearest ring edge, negative where the point is outside the polygon. */
function signedDistance(x: number, y: number, polygon: Point[][]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[j]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      min = Math.min(min, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * min;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function areaCentroid(ring: Point[]): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[j]!;
    const f = ax * by - bx * ay;
    cx += (ax + bx) * f;
    cy += (ay + by) * f;
    area += f * 3;
  }
  const first = ring[0] ?? [0, 0];
  return area === 0 ? [first[0], first[1]] : [cx / area, cy / area];
}
