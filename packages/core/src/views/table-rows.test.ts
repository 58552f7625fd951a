import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { compareDanish } from '../text/danish-collator.js';
import { tableRows, type TableRow } from './table-rows.js';
import { parseSort, sortTableRows } from './table-sort.js';

const dataset = loadDataset();
const names = (rows: readonly TableRow[]) => rows.map((r) => r.municipality.name);

describe('tableRows in the mapping scope', () => {
  it('tableRows(dataset) keeps all 65 entries: the 64 rows of the list and Solrød from the mapping\'s example', () => {
    const rows = tableRows(dataset);
    expect(rows).toHaveLength(65);
    expect(rows.filter((r) => r.entry!.origin === 'table')).toHaveLength(64);
    expect(rows.filter((r) => r.entry!.origin === 'example').map((r) => r.municipality.name)).toEqual(['Solrød']);
  });

  it('tableRows({ query: "sorø" }) and ({ query: "SOROE" }) find Sorø', () => {
    expect(names(tableRows(dataset, { query: 'sorø' }))).toEqual(['Sorø']);
    expect(names(tableRows(dataset, { query: 'SOROE' }))).toEqual(['Sorø']);
  });

  it('tableRows({ query }) searches aliases: "Århus" finds Aarhus', () => {
    expect(names(tableRows(dataset, { query: 'Århus' }))).toEqual(['Aarhus']);
  });

  it('tableRows({ query }) searches the form: "planstrategi" finds Gribskov, Jammerbugt and Sønderborg', () => {
    expect(names(tableRows(dataset, { query: 'planstrategi' }))).toEqual(['Gribskov', 'Jammerbugt', 'Sønderborg']);
  });

  it('tableRows({ categories: ["principles"] }) keeps only principles', () => {
    const found = tableRows(dataset, { categories: ['principles'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.category === 'principles')).toBe(true);
    expect(names(found)).toContain('Sorø');
  });

  it('tableRows({ regions: ["1081"] }) keeps only Nordjylland', () => {
    expect(names(tableRows(dataset, { regions: ['1081'] }))).toEqual([
      'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Aalborg',
    ]);
  });

  it('tableRows({ statuses: ["current"], asOf }) depends on the date', () => {
    const in2021 = tableRows(dataset, { statuses: ['current'], asOf: '2021-06-01' });
    const in2026 = tableRows(dataset, { statuses: ['current'], asOf: '2026-06-01' });
    expect(in2021.length).toBeGreaterThan(in2026.length);
    expect(names(in2026)).toEqual(expect.arrayContaining(['Hørsholm', 'Brønderslev', 'Gentofte']));
  });
});

describe('sortTableRows of the mapping', () => {
  const rows = tableRows(dataset);

  it('sortTableRows by municipality uses Danish order: Ø, Å and "Aa" last', () => {
    const sorted = names(sortTableRows(dataset, rows, { key: 'municipality', direction: 'asc' }));
    expect(sorted.slice(-4)).toEqual(['Vejle', 'Viborg', 'Aalborg', 'Aarhus']);
    expect(sorted.indexOf('Ørsted')).toBe(-1);
    expect(sorted.indexOf('Sønderborg')).toBeGreaterThan(sorted.indexOf('Syddjurs'));
  });

  it('sortTableRows by period descending puts the latest first and entries without years last', () => {
    const sorted = sortTableRows(dataset, rows, { key: 'period', direction: 'desc' });
    const years = sorted.map((r) => r.entry!.period.from ?? r.entry!.period.to);
    const dated = years.filter((y) => y !== null);
    expect(years.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort((a, b) => b! - a!));
    expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    expect(sorted[0]?.municipality.name).toBe('Silkeborg');
  });

  it('sortTableRows is total: ties are broken by name', () => {
    const a = sortTableRows(dataset, rows, { key: 'category', direction: 'asc' });
    const b = sortTableRows(dataset, [...rows].reverse(), { key: 'category', direction: 'asc' });
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
