import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { mapView, municipalityValues } from './map-view.js';

const dataset = loadDataset();

describe('municipalityValues', () => {
  it('municipalityValues({ colorBy: "category" }) gives every municipality a value and counts 65 + 33, Solrød "none" by the mapping\'s example', () => {
    const { values, legend } = municipalityValues(dataset, { colorBy: 'category' });
    expect(values.size).toBe(98);
    expect(values.get('0340')).toBe('principles');
    expect(values.get('0269')).toBe('none');
    expect(legend).toEqual([
      { value: 'strategy', count: 45 },
      { value: 'principles', count: 9 },
      { value: 'model-policy', count: 1 },
      { value: 'part-of-other', count: 8 },
      { value: 'none', count: 2 },
      { value: 'not-registered', count: 33 },
    ]);
  });

  it('municipalityValues({ colorBy: "status", asOf }) takes the status at the date and leaves out empty values', () => {
    const { values, legend } = municipalityValues(dataset, { colorBy: 'status', asOf: '2021-06-01' });
    expect(values.get('0155')).toBe('expired'); // Dragør 2016-2020
    expect(values.get('0223')).toBe('current'); // Hørsholm 2020-2032
    expect(legend.map((l) => l.value)).toEqual(['current', 'expired', 'unknown', 'not-registered']);
  });

  it('municipalityValues({ colorBy: "region" }) counts 11, 19, 22, 29, 17', () => {
    const { legend } = municipalityValues(dataset, { colorBy: 'region' });
    expect(legend).toEqual([
      { value: '1081', count: 11 },
      { value: '1082', count: 19 },
      { value: '1083', count: 22 },
      { value: '1084', count: 29 },
      { value: '1085', count: 17 },
    ]);
  });
});

describe('mapView', () => {
  const asOf = '2021-06-01';

  it('mapView(dataset, { colorBy: "category", lang: "da" }) labels Sorø for the eye, the tooltip and the ear', () => {
    const view = mapView(dataset, { colorBy: 'category', asOf, lang: 'da' });
    const sorø = view.municipalities.get('0340')!;
    expect(sorø).toMatchObject({ name: 'Sorø', value: 'principles', valueLabel: 'Digitaliseringsprincipper', dimmed: false, selected: false });
    expect(sorø.label).toBe('Sorø: Digitaliseringsprincipper, Digitaliserings-principper, status ukendt');
    expect(sorø.tooltip.facts!.map((f) => [f.term, f.value.text, f.value.verbatim])).toEqual([
      ['Kategori', 'Digitaliseringsprincipper', false],
      ['Form', 'Digitaliserings-principper', true],
      ['Periode', 'Ikke angivet', false],
      ['Status', 'Status ukendt', false],
    ]);
    expect(view.municipalities.get('0151')!.tooltip).toEqual({ region: null, facts: null, note: 'Ikke registreret i kortlægningen' });
    expect(view.description).toContain('Digitaliseringsprincipper: 9 kommuner');
  });

  it('mapView says of Solrød, for the eye and the ear, that its "Ingen strategi" comes from an example, not the list', () => {
    const solrød = mapView(dataset, { colorBy: 'category', asOf, lang: 'da' }).municipalities.get('0269')!;
    expect(solrød.valueLabel).toBe('Ingen strategi');
    expect(solrød.label).toBe('Solrød: Ingen strategi, Et eksempel i kortlægningen, ikke dens liste, status ukendt');
    expect(solrød.tooltip.facts!.map((f) => [f.term, f.value.text, f.value.verbatim])).toEqual([
      ['Kategori', 'Ingen strategi', false],
      ['Grundlag', 'Et eksempel i kortlægningen, ikke dens liste', false],
      ['Periode', 'Ikke angivet', false],
      ['Status', 'Status ukendt', false],
    ]);
    expect(mapView(dataset, { colorBy: 'status', asOf, lang: 'en' }).municipalities.get('0269')!.label).toBe(
      'Solrød: Status unknown, No strategy, An example in the mapping, not its list',
    );
  });

  it('mapView with a filter keeps only the legend values present, presses them and dims the rest', () => {
    const view = mapView(dataset, { colorBy: 'category', asOf, lang: 'en', filter: ['principles', 'upcoming'] });
    expect(view.filter).toEqual(['principles']);
    expect(view.legend.find((i) => i.value === 'principles')!.pressed).toBe(true);
    expect(view.municipalities.get('0561')!.dimmed).toBe(true);
    expect(view.municipalities.get('0561')!.label).toMatch(/, dimmed$/);
    expect(view.municipalities.get('0461')!.dimmed).toBe(false);
    expect(view.description).toContain('The legend emphasises only: Digitalisation principles.');
  });

  it('mapView with highlight, subset and selected marks each municipality and says so to screen readers', () => {
    const view = mapView(dataset, { colorBy: 'status', asOf, lang: 'da', highlighted: new Set(['0340']), selected: '0340', subset: new Set(['0340', '0101']) });
    expect(view.municipalities.get('0340')).toMatchObject({ highlighted: true, selected: true, dimmed: false });
    expect(view.municipalities.get('0340')!.label).toMatch(/, valgt, fremhævet$/);
    expect(view.municipalities.get('0101')!.dimmed).toBe(true);
    expect(view.byName[0]!.name).toBe('Albertslund');
    expect(view.byName.at(-1)!.name).toBe('Aarhus');
  });

  it('mapView({ colorBy: "region" }) names the region in the tooltip, in the reader\'s language', () => {
    expect(mapView(dataset, { colorBy: 'region', asOf, lang: 'en' }).municipalities.get('0340')!.tooltip.region).toBe('Region Zealand');
  });
});
