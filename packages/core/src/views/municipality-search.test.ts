import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { searchMunicipalities } from './municipality-search.js';

const dataset = loadDataset();
const names = (text: string, limit?: number) => searchMunicipalities(dataset, text, limit).map((s) => s.municipality.name);
const matches = (text: string) => searchMunicipalities(dataset, text).map((s) => `${s.municipality.name}:${s.match}`);

describe('searchMunicipalities', () => {
  it.each(['Sorø', 'Sorø Kommune', ' soroe ', 'SORO', '0340', '340'])('searchMunicipalities(%j) suggests Sorø first, as the exact match', (text) => {
    const [first] = searchMunicipalities(dataset, text);
    expect(first?.municipality.code).toBe('0340');
    expect(first?.match).toBe('exact');
  });

  it('searchMunicipalities("Frederiks") suggests the names that start with it in Danish order, and Halsnæs by its old name Frederiksværk-Hundested', () => {
    expect(matches('Frederiks')).toEqual(['Frederiksberg:start', 'Frederikshavn:start', 'Frederikssund:start', 'Halsnæs:start']);
  });

  it('searchMunicipalities("København") puts København first, then the names that contain it', () => {
    expect(names('København')).toEqual(['København']);
    expect(names('havn')).toEqual(['Frederikshavn', 'København']);
  });

  it('searchMunicipalities("aal") finds Aalborg by its name and Ålborg spelt the old way', () => {
    expect(names('aal')).toContain('Aalborg');
    expect(names('ålb')).toEqual(['Aalborg']);
  });

  it('searchMunicipalities("Sorrø") suggests the closest names, Sorø first', () => {
    const suggestions = searchMunicipalities(dataset, 'Sorrø');
    expect(suggestions[0]?.municipality.name).toBe('Sorø');
    expect(suggestions.every((s) => s.match === 'close')).toBe(true);
  });

  it('searchMunicipalities("Odnse") suggests Odense', () => {
    expect(names('Odnse')).toContain('Odense');
  });

  it('searchMunicipalities("01") lists the codes that start with 01, København (0101) first', () => {
    const codes = searchMunicipalities(dataset, '01').map((s) => s.municipality.code);
    expect(codes[0]).toBe('0101');
    expect(codes.every((code) => code.startsWith('01'))).toBe(true);
  });

  it('searchMunicipalities("s") gives at most eight, and the limit can be set', () => {
    expect(names('s')).toHaveLength(8);
    expect(names('s', 3)).toHaveLength(3);
    expect(names('s', 0)).toEqual([]);
  });

  it.each(['', '   ', 'xyzzy', '9999', 'a'.repeat(5000), '<script>'])('searchMunicipalities(%j) suggests nothing', (text) => {
    expect(searchMunicipalities(dataset, text)).toEqual([]);
  });
});
