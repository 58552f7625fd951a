import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { municipalityValues } from './municipality-values.js';

const dataset = loadDataset();

describe('municipalityValues', () => {
  it('municipalityValues({ colorBy: "category" }) gives every municipality a value and counts 64 + 34', () => {
    const { values, legend } = municipalityValues(dataset, { colorBy: 'category' });
    expect(values.size).toBe(98);
    expect(values.get('0340')).toBe('principles');
    expect(values.get('0269')).toBe('not-registered');
    expect(legend).toEqual([
      { value: 'strategy', count: 40 },
      { value: 'principles', count: 9 },
      { value: 'model-policy', count: 3 },
      { value: 'part-of-other', count: 11 },
      { value: 'none', count: 1 },
      { value: 'not-registered', count: 34 },
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
