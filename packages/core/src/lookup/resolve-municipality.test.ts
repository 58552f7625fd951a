import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { resolveMunicipality } from './resolve-municipality.js';
import { resolveRegion } from './resolve-region.js';

const dataset = loadDataset();
const codeOf = (text: string) => {
  const result = resolveMunicipality(dataset, text);
  return result.found ? result.municipality.code : null;
};

describe('resolveMunicipality', () => {
  it.each([
    ['0340', '0340'],
    ['340', '0340'],
    ['Sorø', '0340'],
    ['Sorø Kommune', '0340'],
    ['  sorø kommune  ', '0340'],
    ['SORØ', '0340'],
    ['soroe', '0340'],
    ['soro', '0340'],
    ['Sorö', '0340'],
    ['København', '0101'],
    ['Københavns Kommune', '0101'],
    ['Københavns', '0101'],
    ['Kobenhavn', '0101'],
    ['koebenhavn', '0101'],
    ['Nordfyns', '0480'],
    ['Nordfyns Kommune', '0480'],
    ['Nordfyn', '0480'],
    ['Bornholms Regionskommune', '0400'],
    ['Bornholm', '0400'],
    ['Høje-Taastrup', '0169'],
    ['Høje Taastrup', '0169'],
    ['hoeje-taastrup kommune', '0169'],
    ['Lyngby-Taarbæk', '0173'],
    ['Lyngby Taarbaek', '0173'],
    ['Århus', '0751'],
    ['Aarhus', '0751'],
    ['Ålborg', '0851'],
    ['Aalborg Kommune', '0851'],
    ['Ærø', '0492'],
    ['aeroe', '0492'],
    ['Læsø', '0825'],
    ['laesoe', '0825'],
    ['Tårnby', '0185'],
    ['Taarnby', '0185'],
    ['Vesthimmerlands Kommune', '0820'],
    ['Ringkøbing-Skjern', '0760'],
    ['Faaborg-Midtfyn', '0430'],
    ['Fåborg-Midtfyn', '0430'],
    ['Brønderslev-Dronninglund', '0810'],
  ])('resolveMunicipality(%j) returns %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('resolveMunicipality("Sorrø") is not found and suggests Sorø', () => {
    const result = resolveMunicipality(dataset, 'Sorrø');
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.query).toBe('Sorrø');
      expect(result.suggestions[0]?.name).toBe('Sorø');
    }
  });

  it('resolveMunicipality("Frederiks") suggests the municipalities that start with it', () => {
    const result = resolveMunicipality(dataset, 'Frederiks');
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.suggestions.map((m) => m.name)).toEqual(['Frederiksberg', 'Frederikshavn', 'Frederikssund']);
    }
  });

  it('resolveMunicipality("Odens") suggests Odense', () => {
    const result = resolveMunicipality(dataset, 'Odens');
    expect(!result.found && result.suggestions.map((m) => m.name)).toContain('Odense');
  });

  it.each(['9999', '0411', 'Christiansø', '', '   ', 'xyzzy', '<script>alert(1)</script>'])(
    'resolveMunicipality(%j) is not found',
    (text) => {
      expect(resolveMunicipality(dataset, text).found).toBe(false);
    },
  );

  it('resolveMunicipality("xyzzy") suggests nothing rather than anything', () => {
    const result = resolveMunicipality(dataset, 'xyzzy');
    expect(!result.found && result.suggestions).toEqual([]);
  });
});

describe('resolveRegion', () => {
  it.each([
    ['1085', '1085'],
    ['Region Sjælland', '1085'],
    ['Sjælland', '1085'],
    ['region sjaelland', '1085'],
    ['Region Zealand', '1085'],
    ['Hovedstaden', '1084'],
    ['Capital Region of Denmark', '1084'],
    ['Nordjylland', '1081'],
  ])('resolveRegion(%j) returns %s', (text, code) => {
    const result = resolveRegion(dataset, text);
    expect(result.found && result.region.code).toBe(code);
  });

  it('resolveRegion("Fyn") is not found and suggests the five regions', () => {
    const result = resolveRegion(dataset, 'Fyn');
    expect(result.found).toBe(false);
    expect(!result.found && result.suggestions).toHaveLength(5);
  });
});
