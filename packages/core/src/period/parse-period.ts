import type { Period } from '../model/period.js';

const DASH = '[-‐‑–—]';
const YEAR = '((?:19|20)\\d\\d)';
const forms: [RegExp, (a: number, b: number) => Omit<Period, 'text'> | null][] = [
  [new RegExp(`^${YEAR}\\s*${DASH}\\s*${YEAR}$`), (from, to) =>
    from <= to ? { kind: 'range', from, to, openEnded: false } : null],
  [new RegExp(`^${YEAR}\\s*${DASH}$`), (from) => ({ kind: 'from', from, to: null, openEnded: true })],
  [new RegExp(`^fra\\s+${YEAR}$`, 'i'), (from) => ({ kind: 'from', from, to: null, openEnded: true })],
  [new RegExp(`^frem\\s+til\\s+${YEAR}$`, 'i'), (to) => ({ kind: 'until', from: null, to, openEnded: false })],
  [new RegExp(`^godkendt\\s+${YEAR}$`, 'i'), (from) => ({ kind: 'approved', from, to: null, openEnded: false })],
  [new RegExp(`^${YEAR}$`), (from) => ({ kind: 'year', from, to: null, openEnded: false })],
  [new RegExp(`^(?:${DASH})?$`), () => ({ kind: 'none', from: null, to: null, openEnded: false })],
];

/**
 * Parses a period as the mapping writes it: `2019-2023`, `Fra 2017`, `2018-`, `Frem til 2025`,
 * `Godkendt 2019`, `2021`, `-` or empty. Returns null for anything else (a typo such as
 * `Godkent 2019`, or a range that ends before it starts), so the build can say so.
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, make] of forms) {
    const match = pattern.exec(trimmed);
    if (match) {
      const parsed = make(Number(match[1]), Number(match[2]));
      return parsed && { text, ...parsed };
    }
  }
  return null;
}
