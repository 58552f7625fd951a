import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { filterEntries } from '../entries/filter-entries.js';
import { sortEntries } from '../entries/sort-entries.js';
import { sortTableRows } from './sort-table-rows.js';
import { tableRows, type TableRow } from './table-rows.js';

const dataset = loadDataset();
const asOf = '2021-06-01';
const names = (rows: readonly TableRow[]) => rows.map((r) => r.municipality.name);

describe('tableRows', () => {
  it('tableRows(dataset) gives the 64 entries of the mapping, each with its municipality and region', () => {
    const rows = tableRows(dataset, { asOf });
    expect(rows).toHaveLength(64);
    expect(rows.every((r) => r.entry !== null && r.region.code === r.municipality.regionCode)).toBe(true);
    const sorø = rows.find((r) => r.municipality.code === '0340')!;
    expect(sorø).toMatchObject({ category: 'principles', status: 'unknown', region: { code: '1085' } });
  });

  it('tableRows({ scope: "all" }) gives all 98 municipalities, 34 of them not registered', () => {
    const rows = tableRows(dataset, { scope: 'all', asOf });
    expect(rows).toHaveLength(98);
    const unregistered = rows.filter((r) => r.entry === null);
    expect(unregistered).toHaveLength(34);
    expect(unregistered.every((r) => r.category === 'not-registered' && r.status === 'not-registered')).toBe(true);
    expect(names(unregistered)).toContain('Aabenraa');
  });

  it('tableRows keeps the same entries as filterEntries for every filter of the mapping', () => {
    const filters = [
      { query: 'sorø' },
      { query: 'planstrategi' },
      { categories: ['principles' as const] },
      { regions: ['1081' as const] },
      { statuses: ['current' as const], asOf: '2026-06-01' },
      { categories: ['strategy' as const], regions: ['1082' as const], statuses: ['expired' as const], asOf },
    ];
    for (const filter of filters) {
      expect(tableRows(dataset, filter).map((r) => r.entry)).toEqual(filterEntries(dataset, filter));
    }
  });

  it('tableRows({ query }) finds by name, ASCII spelling, alias and form; in "all" scope also the unregistered', () => {
    expect(names(tableRows(dataset, { query: 'sorø' }))).toEqual(['Sorø']);
    expect(names(tableRows(dataset, { query: 'SOROE' }))).toEqual(['Sorø']);
    expect(names(tableRows(dataset, { query: 'Århus' }))).toEqual(['Aarhus']);
    expect(names(tableRows(dataset, { query: 'aabenraa' }))).toEqual([]);
    expect(names(tableRows(dataset, { scope: 'all', query: 'aabenraa' }))).toEqual(['Aabenraa']);
  });

  it('tableRows({ scope: "all", categories }) keeps the unregistered only when "not-registered" is among the categories', () => {
    const principles = tableRows(dataset, { scope: 'all', categories: ['principles'] });
    expect(principles.every((r) => r.category === 'principles')).toBe(true);
    expect(tableRows(dataset, { scope: 'all', categories: ['not-registered'] })).toHaveLength(34);
    expect(tableRows(dataset, { scope: 'all', categories: ['principles', 'not-registered'] })).toHaveLength(principles.length + 34);
  });

  it('tableRows({ scope: "all", statuses }) keeps the unregistered only when "not-registered" is among the statuses', () => {
    const current = tableRows(dataset, { scope: 'all', statuses: ['current'], asOf });
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((r) => r.status === 'current')).toBe(true);
    expect(tableRows(dataset, { scope: 'all', statuses: ['not-registered'], asOf })).toHaveLength(34);
  });

  it('tableRows({ categories: ["not-registered"] }) in the mapping scope keeps nothing', () => {
    expect(tableRows(dataset, { categories: ['not-registered'] })).toEqual([]);
  });

  it('tableRows({ scope: "all", regions: ["1085"] }) keeps the 17 municipalities of Region Sjælland', () => {
    const rows = tableRows(dataset, { scope: 'all', regions: ['1085'] });
    expect(rows).toHaveLength(17);
    expect(rows.every((r) => r.region.name === 'Region Sjælland')).toBe(true);
  });
});

describe('sortTableRows', () => {
  const all = tableRows(dataset, { scope: 'all', asOf });
  const mapping = tableRows(dataset, { asOf });

  it('sortTableRows by an entry column orders the entries as sortEntries does', () => {
    for (const key of ['municipality', 'region', 'form', 'category', 'link', 'period', 'status'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const rows = sortTableRows(dataset, mapping, { key, direction }, { asOf });
        const entries = sortEntries(dataset, dataset.entries, { key, direction }, { asOf });
        expect(rows.map((r) => r.entry)).toEqual(entries);
      }
    }
  });

  it('sortTableRows by municipality uses Danish order for all 98: Aabenraa, Aalborg and Aarhus last', () => {
    expect(names(sortTableRows(dataset, all, { key: 'municipality', direction: 'asc' })).slice(-3)).toEqual(['Aabenraa', 'Aalborg', 'Aarhus']);
    expect(names(sortTableRows(dataset, all, { key: 'municipality', direction: 'desc' })).slice(0, 3)).toEqual(['Aarhus', 'Aalborg', 'Aabenraa']);
  });

  it.each(['form', 'category', 'link', 'period', 'status'] as const)('sortTableRows by %s puts the unregistered last in both directions', (key) => {
    for (const direction of ['asc', 'desc'] as const) {
      const rows = sortTableRows(dataset, all, { key, direction }, { asOf });
      expect(rows.slice(0, 64).every((r) => r.entry !== null)).toBe(true);
      const rest = names(rows.slice(64));
      expect(rest).toHaveLength(34);
      expect(rows.slice(64).every((r) => r.entry === null)).toBe(true);
      expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'da')));
    }
  });

  it('sortTableRows by region sorts every row by region name, then municipality, in the language asked for', () => {
    const da = sortTableRows(dataset, all, { key: 'region', direction: 'asc' });
    expect(da[0]!.region.name).toBe('Region Hovedstaden');
    expect(da.at(-1)!.region.name).toBe('Region Syddanmark');
    const en = sortTableRows(dataset, all, { key: 'region', direction: 'asc' }, { lang: 'en' });
    expect(en[0]!.region.nameEn).toBe('Capital Region of Denmark');
    expect(en.at(-1)!.region.nameEn).toBe('Region Zealand');
  });

  it('sortTableRows is total: the order does not depend on the input order', () => {
    const forward = sortTableRows(dataset, all, { key: 'status', direction: 'desc' }, { asOf });
    const backward = sortTableRows(dataset, [...all].reverse(), { key: 'status', direction: 'desc' }, { asOf });
    expect(names(forward)).toEqual(names(backward));
  });
});
