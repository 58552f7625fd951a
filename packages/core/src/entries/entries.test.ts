import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { compareDanish } from '../text/danish-collator.js';
import { filterEntries } from './filter-entries.js';
import { parseSort, sortEntries } from './sort-entries.js';

const dataset = loadDataset();
const names = (entries: { municipality: string }[]) => entries.map((e) => e.municipality);

describe('filterEntries', () => {
  it('filterEntries(dataset) keeps all 64 entries', () => {
    expect(filterEntries(dataset)).toHaveLength(64);
  });

  it('filterEntries({ query: "sorø" }) and ({ query: "SOROE" }) find Sorø', () => {
    expect(names(filterEntries(dataset, { query: 'sorø' }))).toEqual(['Sorø']);
    expect(names(filterEntries(dataset, { query: 'SOROE' }))).toEqual(['Sorø']);
  });

  it('filterEntries({ query }) searches aliases: "Århus" finds Aarhus', () => {
    expect(names(filterEntries(dataset, { query: 'Århus' }))).toEqual(['Aarhus']);
  });

  it('filterEntries({ query }) searches the form: "planstrategi" finds Gribskov, Jammerbugt and Sønderborg', () => {
    expect(names(filterEntries(dataset, { query: 'planstrategi' }))).toEqual(['Gribskov', 'Jammerbugt', 'Sønderborg']);
  });

  it('filterEntries({ categories: ["principles"] }) keeps only principles', () => {
    const found = filterEntries(dataset, { categories: ['principles'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.category === 'principles')).toBe(true);
    expect(names(found)).toContain('Sorø');
  });

  it('filterEntries({ regions: ["1081"] }) keeps only Nordjylland', () => {
    expect(names(filterEntries(dataset, { regions: ['1081'] }))).toEqual([
      'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Aalborg',
    ]);
  });

  it('filterEntries({ statuses: ["current"], asOf }) depends on the date', () => {
    const in2021 = filterEntries(dataset, { statuses: ['current'], asOf: '2021-06-01' });
    const in2026 = filterEntries(dataset, { statuses: ['current'], asOf: '2026-06-01' });
    expect(in2021.length).toBeGreaterThan(in2026.length);
    expect(names(in2026)).toEqual(expect.arrayContaining(['Hørsholm', 'Brønderslev', 'Gentofte']));
  });
});

describe('sortEntries', () => {
  it('sortEntries by municipality uses Danish order: Ø, Å and "Aa" last', () => {
    const sorted = names(sortEntries(dataset, dataset.entries, { key: 'municipality', direction: 'asc' }));
    expect(sorted.slice(-4)).toEqual(['Vejle', 'Viborg', 'Aalborg', 'Aarhus']);
    expect(sorted.indexOf('Ørsted')).toBe(-1);
    expect(sorted.indexOf('Sønderborg')).toBeGreaterThan(sorted.indexOf('Syddjurs'));
  });

  it('sortEntries by period descending puts the latest first and entries without years last', () => {
    const sorted = sortEntries(dataset, dataset.entries, { key: 'period', direction: 'desc' });
    const years = sorted.map((e) => e.period.from ?? e.period.to);
    const dated = years.filter((y) => y !== null);
    expect(years.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort((a, b) => b! - a!));
    expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    expect(sorted[0]?.municipality).toBe('Silkeborg');
  });

  it('sortEntries is total: ties are broken by name', () => {
    const a = sortEntries(dataset, dataset.entries, { key: 'category', direction: 'asc' });
    const b = sortEntries(dataset, [...dataset.entries].reverse(), { key: 'category', direction: 'asc' });
    expect(names(a)).toEqual(names(b));
  });

  it('compareDanish sorts Æ, Ø, Å after Z', () => {
    expect(['Å', 'Ø', 'Z', 'Æ', 'A'].sort(compareDanish)).toEqual(['A', 'Z', 'Æ', 'Ø', 'Å']);
  });
});

describe('parseSort', () => {
  it.each([
    ['period:desc', { key: 'period', direction: 'desc' }],
    ['municipality', { key: 'municipality', direction: 'asc' }],
    [' Status : ASC ', { key: 'status', direction: 'asc' }],
  ])('parseSort(%j) reads it', (text, expected) => {
    expect(parseSort(text)).toEqual(expected);
  });

  it.each(['', 'size:desc', 'period:up', null])('parseSort(%j) is null', (text) => {
    expect(parseSort(text)).toBeNull();
  });
});
