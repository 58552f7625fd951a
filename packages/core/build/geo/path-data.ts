// Records what d3-geo draws and writes it as compact SVG path data. Coordinates are snapped to a
// grid before the relative steps are taken, so rounding never accumulates along a ring.
import { geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';

/** A point in viewBox units. */
export type Point = [number, number];

/** One drawn line: a ring (closed) or a piece of a border (open). */
export interface Line {
  points: Point[];
  closed: boolean;
}

/** Projects `object` (clipped by the projection's clip extent, if any) and returns the lines d3 draws. */
export function projectLines(projection: GeoProjection, object: GeoPermissibleObjects): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  geoPath(projection, {
    beginPath() {},
    moveTo(x, y) {
      current = { points: [[x, y]], closed: false };
      lines.push(current);
    },
    lineTo(x, y) {
      current?.points.push([x, y]);
    },
    closePath() {
      if (current) current.closed = true;
    },
    // Only point geometries draw arcs, and the map has none.
    arc() {},
  })(object);
  return lines;
}

/** How finely path data is written: on a grid of `step` units, rings smaller than `minArea` dropped. */
export interface PathPrecision {
  /** Grid spacing in viewBox units; 1, 0.5 or 0.1 keep every number at one decimal at most. */
  step: 1 | 0.5 | 0.1;
  /** Area in square viewBox units under which a ring is too small to see and is left out. */
  minArea: number;
}

/** Snaps the lines to the precision's grid, dropping repeated points and invisible rings. */
export function snapLines(lines: Line[], precision: PathPrecision): Line[] {
  const grid = 1 / precision.step;
  const snapped: Line[] = [];
  for (const line of lines) {
    const points: Point[] = [];
    for (const [x, y] of line.points) {
      const p: Point = [Math.round(x * grid) / grid, Math.round(y * grid) / grid];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (line.closed) {
      const first = points[0];
      const last = points[points.length - 1];
      if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
      if (points.length < 3 || Math.abs(ringArea(points)) < precision.minArea) continue;
    } else if (points.length < 2) {
      continue;
    }
    snapped.push({ points, closed: line.closed });
  }
  return snapped;
}

/** Signed area of a ring by the shoelace formula (positive when clockwise on screen, y down). */
export function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/**
 * Writes snapped lines as SVG path data: each starts with an absolute or relative move (whichever
 * is shorter), continues with relative steps (`h`/`v` where one delta is zero) and closes with
 * `z`. Numbers are separated only where needed (`l1.5.5-2` is `l 1.5 0.5 -2`). The lines must
 * be snapped to a grid of whole tenths at least (see `snapLines`).
 */
export function encodePath(lines: Line[]): string {
  const out = new PathWriter();
  // In whole tenths: exact integer arithmetic from here on, no floating-point drift.
  const tenths = ([x, y]: Point): [number, number] => [Math.round(x * 10), Math.round(y * 10)];
  let start: [number, number] = [0, 0];
  let at: [number, number] = [0, 0];
  let first = true;
  for (const line of lines) {
    const points = line.points.map(tenths);
    const p0 = points[0];
    if (!p0) continue;
    // After `z` the pen is back at the ring's start; after an open line it is where the line ended.
    const absolute = [decimal(p0[0]), decimal(p0[1])];
    const relative = [decimal(p0[0] - at[0]), decimal(p0[1] - at[1])];
    if (first || absolute.join(' ').length <= relative.join(' ').length) out.command('M', absolute);
    else out.command('m', relative);
    first = false;
    at = p0;
    start = p0;
    for (const p of points.slice(1)) {
      const dx = p[0] - at[0];
      const dy = p[1] - at[1];
      if (dy === 0) out.command('h', [decimal(dx)]);
      else if (dx === 0) out.command('v', [decimal(dy)]);
      else out.command('l', [decimal(dx), decimal(dy)]);
      at = p;
    }
    if (line.closed) {
      out.command('z', []);
      at = start;
    }
  }
  return out.toString();
}

/** Appends commands, leaving out a repeated command letter and every separator SVG does not need. */
class PathWriter {
  private text = '';
  private lastCommand = '';
  private lastNumber = '';

  command(letter: string, numbers: string[]): void {
    // A repeated `l`, `h` or `v` may be left out; after `M`/`m` the implicit command is a line
    // (absolute/relative), which is not what a following `l` means after `M`, so keep it there.
    const implicit = letter === this.lastCommand && letter !== 'M' && letter !== 'm' && letter !== 'z';
    if (!implicit) {
      this.text += letter;
      this.lastNumber = '';
    }
    this.lastCommand = letter;
    for (const n of numbers) {
      const needsSeparator = this.lastNumber !== '' && !n.startsWith('-') && !(n.startsWith('.') && this.lastNumber.includes('.'));
      this.text += (needsSeparator ? ' ' : '') + n;
      this.lastNumber = n;
    }
  }

  toString(): string {
    return this.text;
  }
}

/** Writes a number of tenths as the shortest decimal: 15 → `1.5`, 5 → `.5`, -5 → `-.5`, 20 → `2`. */
function decimal(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}
