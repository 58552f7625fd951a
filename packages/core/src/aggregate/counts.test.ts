import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { categoryCounts, regionCounts, statusCounts, unregisteredMunicipalities } from './counts.js';

const dataset = loadDataset();

describe('counts', () => {
  it('categoryCounts(dataset) counts every entry once, per the rules in data/category-rules.csv', () => {
    expect(categoryCounts(dataset)).toEqual({ strategy: 40, principles: 9, 'model-policy': 3, 'part-of-other': 11, none: 1 });
  });

  it('statusCounts(dataset, { asOf: "2021-06-01" }) sums to 64', () => {
    const counts = statusCounts(dataset, { asOf: '2021-06-01' });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(64);
    expect(counts).toEqual({ current: 31, expired: 13, upcoming: 0, unknown: 20 });
  });

  it('statusCounts(dataset, { asOf: "2026-11-23" }) shows most strategies expired by now', () => {
    expect(statusCounts(dataset, { asOf: '2026-11-23' })).toEqual({ current: 7, expired: 37, upcoming: 0, unknown: 20 });
  });

  it('regionCounts(dataset) has the five regions with 98 municipalities and 64 entries in all', () => {
    const counts = Object.values(regionCounts(dataset));
    expect(counts).toHaveLength(5);
    expect(counts.reduce((a, c) => a + c.municipalities, 0)).toBe(98);
    expect(counts.reduce((a, c) => a + c.entries, 0)).toBe(64);
    expect(regionCounts(dataset)['1081']).toEqual({ municipalities: 11, entries: 9 });
  });

  it('unregisteredMunicipalities(dataset) are the 34 without an entry, Solrød among them', () => {
    const names = unregisteredMunicipalities(dataset).map((m) => m.name);
    expect(names).toHaveLength(34);
    expect(names).toContain('Solrød');
    expect(names).not.toContain('Sorø');
  });
});
