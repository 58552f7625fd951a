import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.js';

describe('parsePeriod', () => {
  it.each([
    ['2019-2023', { kind: 'range', from: 2019, to: 2023, openEnded: false }],
    ['2016 – 2020', { kind: 'range', from: 2016, to: 2020, openEnded: false }],
    ['Fra 2017', { kind: 'from', from: 2017, to: null, openEnded: true }],
    ['fra  2020', { kind: 'from', from: 2020, to: null, openEnded: true }],
    ['2018-', { kind: 'from', from: 2018, to: null, openEnded: true }],
    ['Godkendt 2019', { kind: 'approved', from: 2019, to: null, openEnded: false }],
    ['Frem til 2025', { kind: 'until', from: null, to: 2025, openEnded: false }],
    ['2021', { kind: 'year', from: 2021, to: null, openEnded: false }],
    ['-', { kind: 'none', from: null, to: null, openEnded: false }],
    ['', { kind: 'none', from: null, to: null, openEnded: false }],
    ['  ', { kind: 'none', from: null, to: null, openEnded: false }],
  ])('parsePeriod(%j) reads the form', (text, expected) => {
    expect(parsePeriod(text)).toEqual({ text, ...expected });
  });

  it.each(['Godkent 2019', '2023-2019', '20-21', 'snart', '2019-2023-2025', '1850-1860', 'Fra', '2019/2020'])(
    'parsePeriod(%j) is null: not a period',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('parsePeriod keeps the text verbatim', () => {
    expect(parsePeriod(' Fra 2017 ')?.text).toBe(' Fra 2017 ');
  });
});
