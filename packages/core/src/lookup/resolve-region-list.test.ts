import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { resolveRegionList } from './resolve-region-list.js';

const dataset = loadDataset();
const read = (text: string) => {
  const result = resolveRegionList(dataset, text);
  return { found: result.found.map((r) => r.code), unknown: result.unknown.map((u) => u.query) };
};

describe('resolveRegionList', () => {
  it.each([
    ['1081 1085', ['1081', '1085']],
    ['1081,1085', ['1081', '1085']],
    ['Sjælland, Region Hovedstaden', ['1085', '1084']],
    ['Region Sjælland Region Syddanmark', ['1085', '1083']],
    ['nordjylland sjaelland', ['1081', '1085']],
    ['Capital Region of Denmark, Region Zealand', ['1084', '1085']],
    ['1085 Sjælland', ['1085']],
  ])('resolveRegionList(%j) finds %j', (text, codes) => {
    expect(read(text)).toEqual({ found: codes, unknown: [] });
  });

  it('resolveRegionList("Fyn 1085") reports "Fyn" and still finds 1085', () => {
    expect(read('Fyn 1085')).toEqual({ found: ['1085'], unknown: ['Fyn'] });
  });

  it('resolveRegionList("Region Fyn, Sjælland") reports the run of unknown words as one, with all five regions to choose from', () => {
    const result = resolveRegionList(dataset, 'Region Fyn, Sjælland');
    expect(result.unknown.map((u) => u.query)).toEqual(['Region Fyn']);
    expect(result.unknown[0]!.suggestions).toHaveLength(5);
    expect(result.found.map((r) => r.code)).toEqual(['1085']);
  });

  it('resolveRegionList("") finds nothing and reports nothing', () => {
    expect(read(' , ')).toEqual({ found: [], unknown: [] });
  });
});
