import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { CATEGORIES } from '../model/category.js';
import { STATUSES } from '../model/period.js';
import { statusAt } from '../period/status-at.js';
import { entryMatchesQuery } from '../lookup/match-query.js';
import { municipalityByCode } from '../lookup/municipality-index.js';
import { compareDanish } from '../text/danish-collator.js';
import { sortTableRows } from './table-sort.js';
import { tableRows, type TableRow, type TableRowFilter } from './table-rows.js';
import { shownCodes, tableView } from './table-view.js';

const dataset = loadDataset();
const asOf = '2021-06-01';
const names = (rows: readonly TableRow[]) => rows.map((r) => r.municipality.name);

describe('tableRows', () => {
  it('tableRows(dataset) gives the 65 entries of the mapping (64 rows of its list, Solrød from its example), each with its municipality and region', () => {
    const rows = tableRows(dataset, { asOf });
    expect(rows).toHaveLength(65);
    expect(rows.every((r) => r.entry !== null && r.region.code === r.municipality.regionCode)).toBe(true);
    const sorø = rows.find((r) => r.municipality.code === '0340')!;
    expect(sorø).toMatchObject({ category: 'principles', status: 'unknown', region: { code: '1085' } });
  });

  it('tableRows({ scope: "all" }) gives all 98 municipalities, 33 of them not registered', () => {
    const rows = tableRows(dataset, { scope: 'all', asOf });
    expect(rows).toHaveLength(98);
    const unregistered = rows.filter((r) => r.entry === null);
    expect(unregistered).toHaveLength(33);
    expect(unregistered.every((r) => r.category === 'not-registered' && r.status === 'not-registered')).toBe(true);
    expect(names(unregistered)).toContain('Aabenraa');
  });

  it('tableRows keeps, for every filter of the mapping, exactly the entries that pass each part of it, in the dataset\'s order', () => {
    // Each part of the filter on its own, written out: the rows must be the entries that pass all of them.
    const passes = (filter: TableRowFilter) => (entry: (typeof dataset.entries)[number]) =>
      (!filter.categories?.length || (filter.categories as readonly string[]).includes(entry.category)) &&
      (!filter.regions?.length || (filter.regions as readonly string[]).includes(municipalityByCode(dataset, entry.code)!.regionCode)) &&
      (!filter.statuses?.length || (filter.statuses as readonly string[]).includes(statusAt(entry, filter.asOf ?? new Date()))) &&
      entryMatchesQuery(dataset, entry, filter.query ?? '');
    const filters: TableRowFilter[] = [
      { query: 'sorø' },
      { query: 'planstrategi' },
      { categories: ['principles' as const] },
      { regions: ['1081' as const] },
      { statuses: ['current' as const], asOf: '2026-06-01' },
      { categories: ['strategy' as const], regions: ['1082' as const], statuses: ['expired' as const], asOf },
    ];
    for (const filter of filters) {
      const expected = dataset.entries.filter(passes(filter));
      expect(expected.length).toBeGreaterThan(0);
      expect(tableRows(dataset, filter).map((r) => r.entry)).toEqual(expected);
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
    expect(tableRows(dataset, { scope: 'all', categories: ['not-registered'] })).toHaveLength(33);
    expect(tableRows(dataset, { scope: 'all', categories: ['principles', 'not-registered'] })).toHaveLength(principles.length + 33);
  });

  it('tableRows({ scope: "all", statuses }) keeps the unregistered only when "not-registered" is among the statuses', () => {
    const current = tableRows(dataset, { scope: 'all', statuses: ['current'], asOf });
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((r) => r.status === 'current')).toBe(true);
    expect(tableRows(dataset, { scope: 'all', statuses: ['not-registered'], asOf })).toHaveLength(33);
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

  it('sortTableRows by each column orders the entries by that column, ties by name, in both directions', () => {
    const region = (r: TableRow) => r.region.name;
    const firstYear = (r: TableRow) => r.entry!.period.from ?? r.entry!.period.to;
    const keys = {
      municipality: (a: TableRow, b: TableRow) => compareDanish(a.municipality.name, b.municipality.name),
      region: (a: TableRow, b: TableRow) => compareDanish(region(a), region(b)),
      form: (a: TableRow, b: TableRow) => compareDanish(a.entry!.form, b.entry!.form),
      category: (a: TableRow, b: TableRow) => CATEGORIES.indexOf(a.entry!.category) - CATEGORIES.indexOf(b.entry!.category),
      link: (a: TableRow, b: TableRow) => compareDanish(a.entry!.linkText, b.entry!.linkText),
      period: (a: TableRow, b: TableRow) => (firstYear(a) ?? 0) - (firstYear(b) ?? 0),
      status: (a: TableRow, b: TableRow) => STATUSES.indexOf(statusAt(a.entry!, asOf)) - STATUSES.indexOf(statusAt(b.entry!, asOf)),
    };
    for (const [key, compare] of Object.entries(keys) as [keyof typeof keys, (a: TableRow, b: TableRow) => number][]) {
      for (const direction of ['asc', 'desc'] as const) {
        const rows = sortTableRows(dataset, mapping, { key, direction }, { asOf }).filter((r) => key !== 'period' || firstYear(r) !== null);
        for (let i = 1; i < rows.length; i++) {
          const order = (direction === 'asc' ? 1 : -1) * compare(rows[i - 1]!, rows[i]!);
          expect(order, `${key}:${direction} at ${rows[i]!.municipality.name}`).toBeLessThanOrEqual(0);
        }
        expect(rows.length).toBeGreaterThan(0);
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
      expect(rows.slice(0, 65).every((r) => r.entry !== null)).toBe(true);
      const rest = names(rows.slice(65));
      expect(rest).toHaveLength(33);
      expect(rows.slice(65).every((r) => r.entry === null)).toBe(true);
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

describe('tableView', () => {
  const sort = { key: 'municipality' as const, direction: 'asc' as const };

  it('tableView(dataset, { scope: "all", lang: "en" }) labels rows, columns and choices in English', () => {
    const view = tableView(dataset, { scope: 'all', sort, asOf, lang: 'en' });
    expect(view.total).toBe(98);
    expect(view.columns.map((c) => c.label)).toEqual(['Municipality', 'Region', 'Form', 'Category', 'Link', 'Period', 'Status']);
    expect(view.choices.category.at(-1)).toEqual({ value: 'not-registered', label: 'Not registered in the mapping' });
    expect(view.choices.region[0]).toEqual({ value: '1081', label: 'North Denmark Region' });
    const sorø = view.rows.find((r) => r.code === '0340')!;
    expect(sorø.entry).toMatchObject({ categoryLabel: 'Digitalisation principles', period: { text: 'Not stated', verbatim: false }, statusLabel: 'Status unknown' });
    expect(view.rows.find((r) => r.code === '0151')!.entry).toBeNull();
  });

  it('tableView links only where the source gives an address, and shows the link text of the others as text', () => {
    const rows = tableView(dataset, { scope: 'mapping', sort, asOf, lang: 'da' }).rows;
    expect(rows.filter((r) => r.entry!.link.href).map((r) => r.name)).toEqual(['Ishøj', 'Odder']);
    expect(rows.find((r) => r.code === '0561')!.entry!.link).toEqual({ text: 'Digitaliseringspolitik (esbjerg.dk)', verbatim: true, href: null });
  });

  it('tableView(...).csv() starts with the BOM and the header, and keeps the source\'s cells as written', () => {
    const csv = tableView(dataset, { scope: 'mapping', query: 'sorø', sort, asOf, lang: 'da' }).csv();
    const [header, row] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe('Kommune;Kommunekode;Region;Form;Kategori;Link;URL;Periode;Status pr. 2021-06-01;Grundlag');
    expect(row).toBe('Sorø;0340;Region Sjælland;Digitaliserings-principper;Digitaliseringsprincipper;Principper for digitalisering og IT (soroe.dk);;-;Status ukendt;Kortlægningens liste');
  });

  it('tableView shows Solrød, from the mapping\'s example, as "Ingen strategi" and says it is not from the list, in the rows and the CSV', () => {
    const view = tableView(dataset, { scope: 'mapping', query: 'solrød', sort, asOf, lang: 'da' });
    expect(view.rows.map((r) => r.name)).toEqual(['Solrød']);
    expect(view.rows[0]!.entry).toMatchObject({
      categoryLabel: 'Ingen strategi',
      form: { text: 'Ikke angivet', verbatim: false },
      basis: 'Et eksempel i kortlægningen, ikke dens liste',
    });
    expect(view.csv().slice(1).split('\r\n')[1]).toBe('Solrød;0269;Region Sjælland;;Ingen strategi;;;;Status ukendt;Et eksempel i kortlægningen, ikke dens liste');
    const english = tableView(dataset, { scope: 'mapping', query: 'solrød', sort, asOf, lang: 'en' });
    expect(english.rows[0]!.entry!.basis).toBe('An example in the mapping, not its list');
    // A row of the list says nothing more than before on the page: its basis is the list.
    expect(tableView(dataset, { scope: 'mapping', query: 'sorø', sort, asOf, lang: 'da' }).rows[0]!.entry!.basis).toBeNull();
  });

  it('shownCodes gives the codes of all 98 a filter keeps, for the explorer\'s map', () => {
    expect(shownCodes(dataset, { query: 'sorø', asOf })).toEqual(new Set(['0340']));
    expect(shownCodes(dataset, { categories: ['not-registered'], asOf }).size).toBe(33);
  });
});
