import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.js';
import { statusAt, yearOf } from './status-at.js';

const entry = (text: string) => ({ period: parsePeriod(text)! });

describe('statusAt', () => {
  it('statusAt("2019-2023") is current from the first day of the first year to the last day of the last', () => {
    expect(statusAt(entry('2019-2023'), '2018-12-31')).toBe('upcoming');
    expect(statusAt(entry('2019-2023'), '2019-01-01')).toBe('current');
    expect(statusAt(entry('2019-2023'), '2023-12-31')).toBe('current');
    expect(statusAt(entry('2019-2023'), '2024-01-01')).toBe('expired');
  });

  it('statusAt takes a Date in local time', () => {
    expect(statusAt(entry('2019-2023'), new Date(2023, 11, 31, 23, 59))).toBe('current');
    expect(statusAt(entry('2019-2023'), new Date(2024, 0, 1, 0, 0))).toBe('expired');
  });

  it('statusAt("Fra 2017") and ("2018-") are open-ended: current from the start year on', () => {
    expect(statusAt(entry('Fra 2017'), '2016-12-31')).toBe('upcoming');
    expect(statusAt(entry('Fra 2017'), '2017-01-01')).toBe('current');
    expect(statusAt(entry('2018-'), '2040-06-01')).toBe('current');
  });

  it('statusAt("Frem til 2025") is current to the end of 2025, then expired', () => {
    expect(statusAt(entry('Frem til 2025'), '2000-01-01')).toBe('current');
    expect(statusAt(entry('Frem til 2025'), '2025-12-31')).toBe('current');
    expect(statusAt(entry('Frem til 2025'), '2026-01-01')).toBe('expired');
  });

  it('statusAt of a single year or an approval year is unknown once that year has come', () => {
    expect(statusAt(entry('2021'), '2020-12-31')).toBe('upcoming');
    expect(statusAt(entry('2021'), '2021-06-01')).toBe('unknown');
    expect(statusAt(entry('Godkendt 2019'), '2030-01-01')).toBe('unknown');
  });

  it('statusAt("-") and ("") are unknown', () => {
    expect(statusAt(entry('-'), '2021-01-01')).toBe('unknown');
    expect(statusAt(entry(''), '2021-01-01')).toBe('unknown');
  });

  it('yearOf rejects what is not a date', () => {
    expect(() => yearOf('i går')).toThrow(/not a date/);
    expect(() => yearOf(new Date('nope'))).toThrow(/Invalid Date/);
  });
});
