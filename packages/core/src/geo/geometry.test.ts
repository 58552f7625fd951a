// Checks the generated map geometry (src/generated/geo.ts) against the data and the layout's
// promises. The module is derived from DAGI and never committed, so it must be built first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../build/read-csv.js';
import type { BBox, MapFrame } from './types.js';
import { unionBBox } from './union-bbox.js';

const generatedFile = fileURLToPath(new URL('../generated/geo.ts', import.meta.url));
if (!existsSync(generatedFile)) {
  throw new Error(
    `${generatedFile} is missing: run \`npm run build:geo -w @kl-digital/core\` first ` +
      '(it reads the DAGI boundaries from ../shared/geo/ or KL_DAGI_GEOJSON, see ../shared/geo/README.md).',
  );
}
const { geometry } = await import('../generated/geo.js');

/** Measured 10,074 bytes (5 % of the points, whole units); about 10 % headroom. */
const BROTLI_BUDGET = 11_000;

const CAPITAL_AREA = '0101 0147 0151 0153 0155 0157 0159 0161 0163 0165 0167 0169 0173 0175 0183 0185 0187 0190'.split(' ');

const csv = readCsv(fileURLToPath(new URL('../../../../data/municipalities.csv', import.meta.url)), 'municipalities', ['code', 'region_code']);
const regionOf = new Map(csv.map(({ cells }) => [cells['code'] ?? '', cells['region_code'] ?? '']));
const viewBox: BBox = [0, 0, geometry.width, geometry.height];
const byCode = new Map(geometry.municipalities.map((m) => [m.code, m]));

/** Parses path data by the SVG grammar for M, L, H, V and Z and returns its absolute points; throws on anything else. */
function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)|[\s,]+|./g) ?? [];
  const stray = tokens.find((t) => !/^(?:[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)|[\s,]+)$/.test(t));
  if (stray !== undefined) throw new Error(`unexpected "${stray}" in path data`);
  const parts = tokens.filter((t) => !/^[\s,]+$/.test(t));
  const points: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  for (let i = 0; i < parts.length; ) {
    const part = parts[i]!;
    if (/[A-Za-z]/.test(part)) {
      command = part;
      i++;
      if (command === 'Z' || command === 'z') {
        [x, y] = [startX, startY];
        continue;
      }
      if (i === parts.length || /[A-Za-z]/.test(parts[i]!)) throw new Error(`"${command}" without numbers`);
      continue;
    }
    if (command === '' || command === 'Z' || command === 'z') throw new Error(`number ${part} outside a command`);
    const take = (): number => {
      const n = parts[i++];
      if (n === undefined || /[A-Za-z]/.test(n)) throw new Error(`"${command}" is missing a number`);
      return Number(n);
    };
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M':
      case 'L': {
        const [a, b] = [take(), take()];
        [x, y] = relative ? [x + a, y + b] : [a, b];
        if (command.toUpperCase() === 'M') {
          [startX, startY] = [x, y];
          // Further pairs after a move are lines, of the same kind (absolute or relative).
          command = relative ? 'l' : 'L';
        }
        break;
      }
      case 'H':
        x = relative ? x + take() : take();
        break;
      case 'V':
        y = relative ? y + take() : take();
        break;
    }
    points.push([x, y]);
  }
  if (!/^[Mm]/.test(parts[0] ?? '')) throw new Error('path data must start with a move');
  return points;
}

const inside = ([x, y]: [number, number], [x0, y0, x1, y1]: BBox, tolerance = 1e-6): boolean =>
  x >= x0 - tolerance && x <= x1 + tolerance && y >= y0 - tolerance && y <= y1 + tolerance;
const frameBox = (f: MapFrame): BBox => [f.x, f.y, f.x + f.width, f.y + f.height];
const overlap = (a: BBox, b: BBox): number =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
const boxOfPoints = (points: [number, number][]): BBox => unionBBox(points.map(([x, y]) => [x, y, x, y]));

describe('the generated map geometry', () => {
  it('has the 98 municipalities of data/municipalities.csv, sorted by code, each once', () => {
    const codes = geometry.municipalities.map((m) => m.code);
    expect(codes).toHaveLength(98);
    expect(new Set(codes).size).toBe(98);
    expect(codes.every((c) => /^\d{4}$/.test(c))).toBe(true);
    expect(codes).toEqual([...regionOf.keys()].sort());
  });

  it('does not count Christiansø (0411) as a municipality but draws it as land in the Bornholm frame', () => {
    expect(byCode.has('0411')).toBe(false);
    const land = pathPoints(geometry.land);
    expect(land.length).toBeGreaterThan(0);
    expect(land.every((p) => inside(p, frameBox(geometry.bornholm.frame)))).toBe(true);
  });

  it('writes every path in the path-data grammar (M, L, H, V, Z and numbers only)', () => {
    const paths = [
      ...geometry.municipalities.map((m) => m.d),
      ...geometry.enlargement.shapes.map((s) => s.d),
      geometry.land,
      geometry.regionBorders,
      geometry.enlargement.regionBorders,
    ];
    for (const d of paths) {
      expect(d).toMatch(/^[MmLlHhVvZz0-9.\s,-]+$/);
      expect(() => pathPoints(d)).not.toThrow();
    }
  });

  it('keeps every shape inside its bbox and every bbox inside the viewBox', () => {
    for (const m of geometry.municipalities) {
      const points = pathPoints(m.d);
      expect(boxOfPoints(points), m.code).toEqual(m.bbox);
      expect(inside([m.bbox[0], m.bbox[1]], viewBox) && inside([m.bbox[2], m.bbox[3]], viewBox), m.code).toBe(true);
      expect(inside(m.centroid, m.bbox), `centroid of ${m.code}`).toBe(true);
    }
    for (const d of [geometry.regionBorders, geometry.enlargement.regionBorders]) {
      expect(pathPoints(d).every((p) => inside(p, viewBox))).toBe(true);
    }
  });

  it('has five regions, each boxing its municipalities on the main map (the inset excluded) inside the viewBox', () => {
    expect(geometry.regions.map((r) => r.code)).toEqual(['1081', '1082', '1083', '1084', '1085']);
    for (const region of geometry.regions) {
      const members = geometry.municipalities.filter((m) => regionOf.get(m.code) === region.code && !m.inset);
      expect(region.bbox).toEqual(unionBBox(members.map((m) => m.bbox)));
      expect(inside([region.bbox[0], region.bbox[1]], viewBox) && inside([region.bbox[2], region.bbox[3]], viewBox)).toBe(true);
    }
  });

  it('draws Bornholm, and only Bornholm, in the inset, inside the Bornholm frame', () => {
    expect(geometry.municipalities.filter((m) => m.inset).map((m) => m.code)).toEqual(['0400']);
    const frame = frameBox(geometry.bornholm.frame);
    expect(pathPoints(byCode.get('0400')?.d ?? '').every((p) => inside(p, frame))).toBe(true);
    expect(inside(frame.slice(0, 2) as [number, number], viewBox) && inside(frame.slice(2) as [number, number], viewBox)).toBe(true);
  });

  it('puts the Bornholm frame and the enlargement frame in empty sea, apart from each other', () => {
    const frames = [frameBox(geometry.bornholm.frame), frameBox(geometry.enlargement.frame)] as const;
    for (const m of geometry.municipalities.filter((m) => !m.inset)) {
      for (const frame of frames) expect(overlap(frame, m.bbox), `${m.code} under a frame`).toBe(0);
    }
    expect(overlap(frames[0], frames[1])).toBe(0);
    const e = frames[1];
    expect(inside([e[0], e[1]], viewBox) && inside([e[2], e[3]], viewBox)).toBe(true);
  });

  it('enlarges the Copenhagen area with all 18 of its municipalities, clipped to the frame', () => {
    const { frame, area, scale, shapes } = geometry.enlargement;
    const codes = shapes.map((s) => s.code);
    expect(codes).toEqual([...codes].sort());
    for (const code of CAPITAL_AREA) expect(codes, code).toContain(code);
    for (const s of shapes) expect(pathPoints(s.d).every((p) => inside(p, frameBox(frame))), s.code).toBe(true);
    // The area shown is the frame at the main map's scale, and covers the 18 on the main map.
    expect(frame.width / area.width).toBeCloseTo(scale, 1);
    expect(frame.height / area.height).toBeCloseTo(scale, 1);
    expect(scale).toBeGreaterThanOrEqual(3);
    expect(scale).toBeLessThanOrEqual(4);
    for (const code of CAPITAL_AREA) {
      const box = byCode.get(code)?.bbox ?? [NaN, NaN, NaN, NaN];
      expect(inside([box[0], box[1]], frameBox(area), 1) && inside([box[2], box[3]], frameBox(area), 1), code).toBe(true);
    }
  });

  it('links every arrow key to a known municipality or to none', () => {
    for (const m of geometry.municipalities) {
      for (const target of Object.values(m.next)) {
        if (target !== null) {
          expect(byCode.has(target), `${m.code} → ${target}`).toBe(true);
          expect(target).not.toBe(m.code);
        }
      }
    }
  });

  it('lets the arrow keys reach every municipality from every other', () => {
    const reachableFrom = (start: string): Set<string> => {
      const seen = new Set([start]);
      const stack = [start];
      for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
        for (const next of Object.values(byCode.get(code)?.next ?? {})) {
          if (next !== null && !seen.has(next)) seen.add(next) && stack.push(next);
        }
      }
      return seen;
    };
    expect(reachableFrom('0101').size).toBe(98);
    for (const m of geometry.municipalities) expect(reachableFrom(m.code).has('0101'), `${m.code} back to 0101`).toBe(true);
  });

  it('moves in the direction of the arrow between neighbours (Odense: Nordfyn is up, Kerteminde right)', () => {
    expect(byCode.get('0461')?.next).toMatchObject({ up: '0480', right: '0440' });
    const from = byCode.get('0461')?.centroid ?? [NaN, NaN];
    const up = byCode.get('0480')?.centroid ?? [NaN, NaN];
    expect(up[1]).toBeLessThan(from[1]);
  });

  it('carries the DAGI attribution, in Danish and English', () => {
    expect(geometry.attribution).toEqual({
      da: 'Kort: DAGI, Styrelsen for Dataforsyning og Infrastruktur (frie geodata)',
      en: 'Map: DAGI, the Danish Agency for Data Supply and Infrastructure (free geodata)',
    });
  });

  it(`stays within ${BROTLI_BUDGET} bytes brotli-compressed`, () => {
    const text = readFileSync(generatedFile);
    const size = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(size).toBeLessThan(BROTLI_BUDGET);
  });
});
