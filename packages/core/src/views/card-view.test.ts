import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { municipalityCardView, municipalityProfile } from './card-view.js';

const dataset = loadDataset();
const asOf = '2022-01-01';

describe('municipalityProfile', () => {
  it('municipalityProfile(dataset, "0340") joins Sorø\'s entry, region, principles category and example', () => {
    const profile = municipalityProfile(dataset, '0340', { asOf })!;
    expect(profile.municipality.name).toBe('Sorø');
    expect(profile.region?.name).toBe('Region Sjælland');
    expect(profile.entry?.form).toBe('Digitaliserings-principper');
    expect(profile.category?.id).toBe('principles');
    expect(profile.status).toBe('unknown');
    expect(profile.documentUrl).toBeNull();
    expect(profile.example?.highlights[0]!.items).toHaveLength(7);
    expect(profile.exampleCategory?.id).toBe('principles');
  });

  it('municipalityProfile(dataset, "0727") gives Odder\'s https document URL', () => {
    expect(municipalityProfile(dataset, '0727', { asOf })!.documentUrl).toBe(
      'https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf',
    );
  });

  it('municipalityProfile(dataset, "0615") has Horsens current at 2022-01-01 and expired at 2026-06-01', () => {
    expect(municipalityProfile(dataset, '0615', { asOf: '2022-01-01' })!.status).toBe('current');
    expect(municipalityProfile(dataset, '0615', { asOf: '2026-06-01' })!.status).toBe('expired');
  });

  it('municipalityProfile(dataset, "0151") has no entry, category or status for Ballerup, which is not registered', () => {
    const profile = municipalityProfile(dataset, '0151', { asOf })!;
    expect(profile.entry).toBeNull();
    expect(profile.category).toBeNull();
    expect(profile.status).toBeNull();
    expect(profile.example).toBeNull();
  });

  it('municipalityProfile(dataset, "0269") has Solrød as "Ingen strategi", from the mapping\'s example, not from its list', () => {
    const profile = municipalityProfile(dataset, '0269', { asOf })!;
    expect(profile.entry).toMatchObject({ category: 'none', origin: 'example', form: '', linkText: '', url: null, source: '002_2570828e756e50df.txt' });
    expect(profile.entry!.evidence).toBe(
      "I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi, men arbejder i stedet efter KL's samt den fælles offentlige digitaliseringsstrategi.",
    );
    expect(profile.category?.label.da).toBe('Ingen strategi');
    expect(profile.status).toBe('unknown');
    expect(profile.example?.category).toBe('none');
    expect(profile.exampleCategory?.label.da).toBe('Ingen strategi');
  });

  it('municipalityProfile() of an unknown code is undefined', () => {
    expect(municipalityProfile(dataset, '0411')).toBeUndefined();
  });

  it('municipalityProfile() never returns a URL that is not http(s)', () => {
    const altered = loadDataset();
    altered.entries.find((e) => e.code === '0727')!.url = 'javascript:alert(1)';
    expect(municipalityProfile(altered, '0727', { asOf })!.documentUrl).toBeNull();
  });
});

describe('municipalityCardView', () => {
  it('municipalityCardView(dataset, "0269") says where Solrød\'s entry comes from, with the example\'s sentence, and why its category', () => {
    const view = municipalityCardView(dataset, '0269', { asOf, lang: 'da' })!;
    expect(view.entry).toMatchObject({
      categoryLabel: 'Ingen strategi',
      form: { text: 'Ikke angivet', verbatim: false },
      period: { text: 'Ikke angivet', verbatim: false },
      documentText: null,
      basis: {
        label: 'Et eksempel i kortlægningen, ikke dens liste',
        evidence: "I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi, men arbejder i stedet efter KL's samt den fælles offentlige digitaliseringsstrategi.",
      },
    });
    expect(view.entry!.reason).toContain('Listen har ingen række for Solrød, så eksemplet er kilden til kommunens registrering.');
    expect(municipalityCardView(dataset, '0269', { asOf, lang: 'en' })!.entry!.basis!.label).toBe('An example in the mapping, not its list');
  });

  it('municipalityCardView(dataset, "0340") of a row of the list has no basis line: the list is where entries come from', () => {
    expect(municipalityCardView(dataset, '0340', { asOf, lang: 'da' })!.entry!.basis).toBeNull();
  });
});
