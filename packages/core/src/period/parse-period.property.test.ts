// Properties of parsePeriod over random text: it answers a Period or null, never throws, and
// reads back every period the mapping's forms can write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.js';

const RUNS = { numRuns: 300 };
const year = fc.integer({ min: 1900, max: 2099 });
const dash = fc.constantFrom('-', '‐', '‑', '–', '—');
const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('parsePeriod (properties)', () => {
  it('parsePeriod(any string) returns a Period with the text verbatim, or null, and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const period = parsePeriod(text);
        if (period === null) return;
        expect(period.text).toBe(text);
        expect(['range', 'from', 'until', 'year', 'approved', 'none']).toContain(period.kind);
        for (const y of [period.from, period.to]) if (y !== null) expect(Number.isInteger(y)).toBe(true);
        if (period.from !== null && period.to !== null) expect(period.from).toBeLessThanOrEqual(period.to);
      }),
      RUNS,
    );
  });

  it('parsePeriod("YYYY-YYYY") with from <= to, any dash and spacing, reads back its two years', () => {
    fc.assert(
      fc.property(year, year, dash, space, space, space, (a, b, d, before, inner, after) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const text = `${before}${from}${inner}${d}${inner}${to}${after}`;
        expect(parsePeriod(text)).toEqual({ text, kind: 'range', from, to, openEnded: false });
      }),
      RUNS,
    );
  });

  it('parsePeriod("YYYY-YYYY") with from > to is null: a range never ends before it starts', () => {
    fc.assert(
      fc.property(year, year, (a, b) => {
        fc.pre(a !== b);
        expect(parsePeriod(`${Math.max(a, b)}-${Math.min(a, b)}`)).toBeNull();
      }),
      RUNS,
    );
  });

  it('parsePeriod reads "Fra YYYY", "YYYY-", "Frem til YYYY", "Godkendt YYYY" and "YYYY" in any letter case', () => {
    fc.assert(
      fc.property(year, fc.constantFrom('fra', 'frem til', 'godkendt'), fc.boolean(), (y, word, upper) => {
        const prefix = upper ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1);
        const parsed = parsePeriod(`${prefix} ${y}`);
        expect(parsed?.kind).toBe(word === 'fra' ? 'from' : word === 'frem til' ? 'until' : 'approved');
        expect(word === 'frem til' ? parsed?.to : parsed?.from).toBe(y);
        expect(parsePeriod(`${y}-`)).toMatchObject({ kind: 'from', from: y, openEnded: true });
        expect(parsePeriod(String(y))).toMatchObject({ kind: 'year', from: y, to: null });
      }),
      RUNS,
    );
  });
});
