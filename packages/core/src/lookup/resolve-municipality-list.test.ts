import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { resolveMunicipalityList } from './resolve-municipality-list.js';

const dataset = loadDataset();
const read = (text: string) => {
  const result = resolveMunicipalityList(dataset, text);
  return { found: result.found.map((m) => m.code), unknown: result.unknown.map((u) => [u.query, u.suggestions.map((m) => m.name)]) };
};

describe('resolveMunicipalityList', () => {
  it('resolveMunicipalityList("Sorø, 0101") finds both in order', () => {
    expect(read('Sorø, 0101')).toEqual({ found: ['0340', '0101'], unknown: [] });
  });

  it('resolveMunicipalityList("Sorø Kommune Høje Taastrup 461") reads names with spaces', () => {
    expect(read('Sorø Kommune Høje Taastrup 461')).toEqual({ found: ['0340', '0169', '0461'], unknown: [] });
  });

  it('resolveMunicipalityList("Sorø sorø 0340") keeps one of each', () => {
    expect(read('Sorø sorø 0340').found).toEqual(['0340']);
  });

  it('resolveMunicipalityList("Sorrø, Odense") reports the unknown part with suggestions', () => {
    expect(read('Sorrø, Odense')).toEqual({ found: ['0461'], unknown: [['Sorrø', ['Sorø']]] });
  });

  it('resolveMunicipalityList("Sorrø Aarhus") keeps Aarhus and reports only Sorrø', () => {
    expect(read('Sorrø Aarhus')).toEqual({ found: ['0751'], unknown: [['Sorrø', ['Sorø']]] });
    expect(read('Sorrø Kommune')).toEqual({ found: [], unknown: [['Sorrø Kommune', expect.arrayContaining(['Sorø'])]] });
  });

  it('resolveMunicipalityList("") and ("  ,, ") find nothing and report nothing', () => {
    expect(read('')).toEqual({ found: [], unknown: [] });
    expect(read('  ,, ')).toEqual({ found: [], unknown: [] });
  });
});
