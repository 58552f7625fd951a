import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber } from './format.js';

// The texts Intl gives for da-DK and en-GB: the elements showed these before they stopped paying for Intl.
const intl = {
  date: (iso: string, locale: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y!, m! - 1, d));
  },
};

describe('format', () => {
  it.each(['2021-06-01', '2026-11-23', '2020-12-31', '2019-01-09'])('formatDate(%j) reads as Intl writes it in Danish and English', (iso) => {
    expect(formatDate(iso, 'da')).toBe(intl.date(iso, 'da-DK'));
    expect(formatDate(iso, 'en')).toBe(intl.date(iso, 'en-GB'));
  });

  it.each([0, 7, 98, 1234, 1234567, 0.05, 1234.5, -42])('formatNumber(%d) reads as Intl writes it in Danish and English', (n) => {
    expect(formatNumber(n, 'da')).toBe(new Intl.NumberFormat('da-DK').format(n));
    expect(formatNumber(n, 'en')).toBe(new Intl.NumberFormat('en-GB').format(n));
  });

  it.each([[['Sorø']], [['Sorø', 'Ringsted']], [['A', 'B', 'C']]])('formatList(%j) joins as Intl does', (items) => {
    for (const type of ['conjunction', 'disjunction'] as const) {
      expect(formatList(items, 'da', type)).toBe(new Intl.ListFormat('da-DK', { type }).format(items));
      expect(formatList(items, 'en', type)).toBe(new Intl.ListFormat('en-GB', { type }).format(items));
    }
  });
});
