// The geometry as the build writes it: one column per field (every path together, every centre
// together, the arrow-key links as positions), which brotli compresses about a tenth better than
// one object per municipality, and without the boxes, which are read off the paths here when a
// zoom first asks for one. The browser turns it back into `MapGeometry` once, when the module
// loads (98 objects).
import type { BBox, MapGeometry, MapShape } from './types.js';

/** `MapGeometry` in columns (see the top of this file). */
export interface CompactGeometry extends Omit<MapGeometry, 'municipalities' | 'enlargement'> {
  /** The codes, four digits each, end to end: `01010147...`. */
  codes: string;
  /** The paths, in the order of the codes, joined by `|`. */
  paths: string;
  /** The visual centres, x and y after each other. */
  centroids: number[];
  /** The arrow keys' targets, up, down, left, right for each, as positions in `codes`; -1 for none. */
  next: number[];
  /** The codes drawn in an inset (Bornholm). */
  inset: string[];
  enlargement: Omit<MapGeometry['enlargement'], 'shapes'> & { codes: string; paths: string };
}

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

/**
 * The box of path data made of `M`, `m`, `L`, `l`, `H`, `h`, `V`, `v` and `Z`/`z` (what the build
 * writes): the extremes of the points it visits.
 */
export function pathBBox(d: string): BBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  let x = 0, y = 0, startX = 0, startY = 0;
  let command = '';
  const numbers: number[] = [];
  const visit = () => {
    x0 = Math.min(x0, x), y0 = Math.min(y0, y), x1 = Math.max(x1, x), y1 = Math.max(y1, y);
  };
  const flush = () => {
    const relative = command === command.toLowerCase();
    const c = command.toLowerCase();
    if (c === 'h' || c === 'v') {
      for (const n of numbers) {
        if (c === 'h') x = relative ? x + n : n;
        else y = relative ? y + n : n;
        visit();
      }
    } else if (c === 'm' || c === 'l') {
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        x = relative ? x + numbers[i]! : numbers[i]!;
        y = relative ? y + numbers[i + 1]! : numbers[i + 1]!;
        if (c === 'm' && i === 0) (startX = x), (startY = y);
        visit();
      }
    } else if (c === 'z') (x = startX), (y = startY);
    numbers.length = 0;
  };
  for (const [, letter, number] of d.matchAll(/([MmLlHhVvZz])|(-?(?:\d+\.?\d*|\.\d+))/g)) {
    if (letter) {
      flush();
      command = letter;
      if (letter === 'z' || letter === 'Z') flush();
    } else numbers.push(Number(number));
  }
  flush();
  return [x0, y0, x1, y1];
}

/** The `MapGeometry` of the columns the build wrote. */
export function expandGeometry(compact: CompactGeometry): MapGeometry {
  const { codes: codeText, paths, centroids, next, inset, enlargement, ...rest } = compact;
  const codes = split4(codeText);
  const ds = paths.split('|');
  const municipalities: MapShape[] = codes.map((code, i) => {
    const d = ds[i]!;
    let box: BBox | undefined;
    return {
      code,
      d,
      centroid: [centroids[2 * i]!, centroids[2 * i + 1]!],
      // Read off the path when first asked for (a zoom to it), not for every shape on load:
      // measured, reading all 98 at load was most of the first paint's geometry time (about
      // 10 ms of main thread on a desktop, four times that on the bench's phone).
      get bbox(): BBox {
        return (box ??= pathBBox(d));
      },
      next: Object.fromEntries(DIRECTIONS.map((direction, k) => [direction, codes[next[4 * i + k]!] ?? null])) as MapShape['next'],
      inset: inset.includes(code),
    };
  });
  const { codes: enlargedCodes, paths: enlargedPaths, ...frame } = enlargement;
  const enlargedDs = enlargedPaths.split('|');
  return {
    ...rest,
    municipalities,
    enlargement: { ...frame, shapes: split4(enlargedCodes).map((code, i) => ({ code, d: enlargedDs[i]! })) },
  };
}

/** The columns of a `MapGeometry` (what the build writes). */
export function compactGeometry(geometry: MapGeometry): CompactGeometry {
  const { municipalities, enlargement, ...rest } = geometry;
  const position = new Map(municipalities.map((m, i) => [m.code, i]));
  const { shapes, ...frame } = enlargement;
  return {
    ...rest,
    codes: municipalities.map((m) => m.code).join(''),
    paths: municipalities.map((m) => m.d).join('|'),
    centroids: municipalities.flatMap((m) => m.centroid),
    next: municipalities.flatMap((m) => DIRECTIONS.map((direction) => (m.next[direction] ? position.get(m.next[direction]!)! : -1))),
    inset: municipalities.filter((m) => m.inset).map((m) => m.code),
    enlargement: { ...frame, codes: shapes.map((s) => s.code).join(''), paths: shapes.map((s) => s.d).join('|') },
  };
}

function split4(text: string): string[] {
  return text.match(/\d{4}/g) ?? [];
}

