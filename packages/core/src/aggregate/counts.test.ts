import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { categoryCounts, regionCounts, statusCounts, unregisteredMunicipalities } from './counts.js';

const dataset = loadDataset();

describe('counts', () => {
  // Hand count of data/strategies.csv by data/category-rules.csv (64 rows), plus Solrød from the
  // mapping's example (data/text-mentions.csv): 45 strategy (among them Assens, Ishøj, Ringsted,
  // Esbjerg and Horsens since the review of the rules), 9 principles, 1 model (Gentofte),
  // 8 part of other strategies, 2 none (Haderslev; Solrød).
  it('categoryCounts(dataset) counts every entry once, per the rules in data/category-rules.csv and the mentions in data/text-mentions.csv', () => {
    expect(categoryCounts(dataset)).toEqual({ strategy: 45, principles: 9, 'model-policy': 1, 'part-of-other': 8, none: 2 });
  });

  it('statusCounts(dataset, { asOf: "2021-06-01" }) sums to 65, Solrød (no period) unknown', () => {
    const counts = statusCounts(dataset, { asOf: '2021-06-01' });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(65);
    expect(counts).toEqual({ current: 31, expired: 13, upcoming: 0, unknown: 21 });
  });

  it('statusCounts(dataset, { asOf: "2026-11-23" }) shows most strategies expired by now', () => {
    expect(statusCounts(dataset, { asOf: '2026-11-23' })).toEqual({ current: 7, expired: 37, upcoming: 0, unknown: 21 });
  });

  it('regionCounts(dataset) has the five regions with 98 municipalities and 65 entries in all', () => {
    const counts = Object.values(regionCounts(dataset));
    expect(counts).toHaveLength(5);
    expect(counts.reduce((a, c) => a + c.municipalities, 0)).toBe(98);
    expect(counts.reduce((a, c) => a + c.entries, 0)).toBe(65);
    expect(regionCounts(dataset)['1081']).toEqual({ municipalities: 11, entries: 9 });
  });

  it('unregisteredMunicipalities(dataset) are the 33 without an entry; Solrød, registered by the mapping\'s example, is not among them', () => {
    const names = unregisteredMunicipalities(dataset).map((m) => m.name);
    expect(names).toHaveLength(33);
    expect(names).not.toContain('Solrød');
    expect(names).toContain('Ballerup');
    expect(names).not.toContain('Sorø');
  });
});
