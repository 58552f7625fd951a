// core's pure selectors timed in Node: filterEntries and sortEntries over the 64 real entries,
// the 98-entry dataset (every municipality registered; valid), and 10,000 synthetic entries.
// 10,000 rows cannot be a valid Dataset (the schema wants one entry per municipality, of 98),
// so that one is built without validation, only to see how the selectors scale: the entries
// cycle through the 64 real ones and the 98 municipality codes.
import { filterEntries, sortEntries, validateDataset, type Dataset, type EntryFilter, type EntrySort } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import { SELECTOR_ENTRIES } from './config.js';
import { dataset98 } from './build.js';
import { summarize, type Summary } from './stats.js';

export interface SelectorResult {
  op: string;
  entries: number;
  valid: boolean;
  /** Milliseconds per call. */
  ms: Summary;
  /** Calls per timed sample (many for the small sets, to get above the clock's resolution). */
  callsPerSample: number;
}

const AS_OF = '2025-06-01';

function synthetic(n: number): Dataset {
  const ds = dataset as Dataset;
  const entries = Array.from({ length: n }, (_, i) => {
    const base = ds.entries[i % ds.entries.length]!;
    const m = ds.municipalities[i % ds.municipalities.length]!;
    return { ...base, code: m.code, municipality: m.name };
  });
  return { ...ds, entries };
}

const OPS: { op: string; run: (ds: Dataset) => unknown }[] = [
  { op: "filterEntries query 'vej'", run: (ds) => filterEntries(ds, { query: 'vej', asOf: AS_OF } satisfies EntryFilter) },
  { op: 'filterEntries category + status', run: (ds) => filterEntries(ds, { categories: ['strategy', 'principles'], statuses: ['current'], asOf: AS_OF }) },
  { op: 'sortEntries municipality asc', run: (ds) => sortEntries(ds, ds.entries, { key: 'municipality', direction: 'asc' } satisfies EntrySort, { asOf: AS_OF }) },
  { op: 'sortEntries period desc', run: (ds) => sortEntries(ds, ds.entries, { key: 'period', direction: 'desc' }, { asOf: AS_OF }) },
  { op: 'sortEntries status asc', run: (ds) => sortEntries(ds, ds.entries, { key: 'status', direction: 'asc' }, { asOf: AS_OF }) },
];

export function timeSelectors(runs: number, warmups: number): SelectorResult[] {
  const sets = [
    { ds: dataset as Dataset },
    { ds: dataset98() },
    { ds: synthetic(SELECTOR_ENTRIES) },
  ].map(({ ds }) => ({ ds, valid: validateDataset(ds).ok }));
  const results: SelectorResult[] = [];
  let sink = 0;
  for (const { op, run } of OPS) {
    for (const { ds, valid } of sets) {
      // Calls per sample: enough for a sample of about 5 ms.
      let calls = 1;
      for (;;) {
        const t = performance.now();
        for (let i = 0; i < calls; i++) sink += (run(ds) as unknown[]).length;
        if (performance.now() - t >= 5 || calls >= 1 << 16) break;
        calls *= 2;
      }
      const samples: number[] = [];
      for (let s = 0; s < warmups + runs; s++) {
        const t = performance.now();
        for (let i = 0; i < calls; i++) sink += (run(ds) as unknown[]).length;
        if (s >= warmups) samples.push((performance.now() - t) / calls);
      }
      results.push({ op, entries: ds.entries.length, valid, ms: summarize(samples)!, callsPerSample: calls });
    }
  }
  if (sink < 0) console.log(sink);
  return results;
}
