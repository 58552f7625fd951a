import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { neighbourTable } from '../neighbours/neighbour-table.js';
import { inspirationView } from './inspiration-view.js';

const dataset = loadDataset();
const asOf = '2022-01-01';
// The table the build writes for these, from the DAGI boundaries (checked in src/neighbours/).
const neighbours = neighbourTable('03160340 03260340 03290340 03300340 03400370', { '0741': ['0727', '0706', '0615'], '0400': ['0185', '0155', '0390'] });
const view = (code: string, options: { lang?: 'da' | 'en'; cardUrl?: string | null; asOf?: string } = {}) =>
  inspirationView(dataset, code, { asOf: options.asOf ?? asOf, lang: options.lang ?? 'da', neighbours, cardUrl: options.cardUrl ?? null })!;

describe('inspirationView: the neighbours', () => {
  it("inspirationView(dataset, '0340') lists Sorø's neighbours by name, each with form, period and status at as-of", () => {
    const { neighbours: found } = view('0340');
    expect(found.kind).toBe('border');
    expect(found.items.map((i) => i.name)).toEqual(['Holbæk Kommune', 'Kalundborg Kommune', 'Næstved Kommune', 'Ringsted Kommune', 'Slagelse Kommune']);
    const ringsted = found.items.find((i) => i.code === '0329')!;
    expect(ringsted.form).toEqual({ text: 'Digitaliseringsstrategi for skoleområdet', verbatim: true });
    expect(ringsted.period).toEqual({ text: '2020-2023', verbatim: true });
    expect([ringsted.status, ringsted.statusLabel]).toEqual(['current', 'Gældende']);
    const næstved = found.items.find((i) => i.code === '0370')!;
    expect(næstved.period).toEqual({ text: 'Ikke angivet', verbatim: false });
    expect(næstved.categoryLabel).toBe('Digitaliseringsprincipper');
  });

  it('a neighbour not in the mapping (Slagelse) has no form or period and says so as its status', () => {
    const slagelse = view('0340').neighbours.items.find((i) => i.code === '0330')!;
    expect(slagelse).toMatchObject({ form: null, period: null, status: 'not-registered', statusLabel: 'Ikke registreret i kortlægningen' });
  });

  it('the status follows as-of: Ringsted 2020-2023 is expired at 2024-06-01', () => {
    expect(view('0340', { asOf: '2024-06-01' }).neighbours.items.find((i) => i.code === '0329')!.statusLabel).toBe('Udløbet');
  });

  it('Samsø (an island) gets its nearest, nearest first, and says they are the nearest (kind "nearest")', () => {
    const { neighbours: found } = view('0741');
    expect(found.kind).toBe('nearest');
    expect(found.items.map((i) => i.name)).toEqual(['Odder Kommune', 'Syddjurs Kommune', 'Horsens Kommune']);
  });

  it('each item gets its own address by the pattern, or none without one', () => {
    expect(view('0340', { cardUrl: '/kommune/?kommune={code}' }).neighbours.items.map((i) => i.href)).toEqual([
      '/kommune/?kommune=0316',
      '/kommune/?kommune=0326',
      '/kommune/?kommune=0370',
      '/kommune/?kommune=0329',
      '/kommune/?kommune=0330',
    ]);
    expect(view('0340').neighbours.items.every((i) => i.href === null)).toBe(true);
  });

  it('speaks English with lang "en", keeping the source text verbatim', () => {
    const ringsted = view('0340', { lang: 'en' }).neighbours.items.find((i) => i.code === '0329')!;
    expect([ringsted.statusLabel, ringsted.categoryLabel, ringsted.form?.text]).toEqual(['Current', 'Digitalisation strategy', 'Digitaliseringsstrategi for skoleområdet']);
    expect(view('0340', { lang: 'en' }).neighbours.items.find((i) => i.code === '0330')!.statusLabel).toBe('Not registered in the mapping');
  });

  it('a municipality missing from the table has no neighbours; an unknown code gives undefined', () => {
    expect(view('0101').neighbours).toEqual({ kind: 'nearest', items: [] });
    expect(inspirationView(dataset, '9999', { asOf, lang: 'da', neighbours })).toBeUndefined();
  });
});

describe('inspirationView: the same kind of document', () => {
  it("Sorø's principles: three others with principles, not its neighbour Næstved, current ones first, then Sorø's region", () => {
    const { sameKind } = view('0340');
    expect(sameKind?.category).toBe('principles');
    expect(sameKind?.categoryLabel).toBe('Digitaliseringsprincipper');
    expect(sameKind?.items.map((i) => [i.name, i.statusLabel])).toEqual([
      ['Odense Kommune', 'Gældende'],
      ['Brønderslev Kommune', 'Gældende'],
      ['Faxe Kommune', 'Status ukendt'],
    ]);
    expect(sameKind?.items.map((i) => i.code)).not.toContain('0370');
  });

  it('every pick has the same category as the municipality, and never the municipality itself', () => {
    for (const entry of dataset.entries.filter((e) => e.category !== 'none')) {
      const { sameKind } = inspirationView(dataset, entry.code, { asOf, lang: 'da', neighbours })!;
      // The one entry of its kind (the single model/policy since issue 11's review) has none to show.
      if (!dataset.entries.some((e) => e.category === entry.category && e.code !== entry.code)) {
        expect(sameKind, entry.code).toBeNull();
        continue;
      }
      const items = sameKind!.items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(dataset.entries.find((e) => e.code === item.code)!.category).toBe(entry.category);
        expect(item.code).not.toBe(entry.code);
      }
    }
  });

  it('none for a municipality not in the mapping (Samsø) or without a strategy of its own', () => {
    expect(view('0741').sameKind).toBeNull();
    const without = dataset.entries.find((e) => e.category === 'none');
    if (without) expect(view(without.code).sameKind).toBeNull();
  });
});
