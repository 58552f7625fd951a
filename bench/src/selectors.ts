// core's view models timed in Node, as the elements call them: the table's view (search, filters
// and sort, all its labels) and the map's view, over the 64 real entries, the 98-entry dataset (every municipality registered; valid), and 10,000 synthetic entries.
// 10,000 rows cannot be a valid Dataset (the schema wants one entry per municipality, of 98),
// so that one is built without validation, only to see how the views scale: the entries
// cycle through the 64 real ones and the 98 municipality codes.
import { mapView, tableView, validateDataset, type Dataset, type TableViewOptions } from '@kl-digital/core';
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

// What <kl-strategy-table> asks for (scope "mapping" lists the entries, however many there are).
const table = (ds: Dataset, options: Partial<TableViewOptions>) =>
  tableView(ds, { scope: 'mapping', sort: { key: 'municipality', direction: 'asc' }, asOf: AS_OF, lang: 'da', ...options }).rows;

const OPS: { op: string; run: (ds: Dataset) => unknown[] }[] = [
  { op: "tableView query 'vej'", run: (ds) => table(ds, { query: 'vej' }) },
  { op: 'tableView category + status', run: (ds) => table(ds, { categories: ['strategy', 'principles'], statuses: ['current'] }) },
  { op: 'tableView sort municipality asc', run: (ds) => table(ds, {}) },
  { op: 'tableView sort period desc', run: (ds) => table(ds, { sort: { key: 'period', direction: 'desc' } }) },
  { op: 'tableView sort status asc', run: (ds) => table(ds, { sort: { key: 'status', direction: 'asc' } }) },
  { op: 'mapView color-by status', run: (ds) => [...mapView(ds, { colorBy: 'status', asOf: AS_OF, lang: 'da' }).municipalities.values()] },
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
        for (let i = 0; i < calls; i++) sink += run(ds).length;
        if (performance.now() - t >= 5 || calls >= 1 << 16) break;
        calls *= 2;
      }
      const samples: number[] = [];
      for (let s = 0; s < warmups + runs; s++) {
        const t = performance.now();
        for (let i = 0; i < calls; i++) sink += run(ds).length;
        if (s >= warmups) samples.push((performance.now() - t) / calls);
      }
      results.push({ op, entries: ds.entries.length, valid, ms: summarize(samples)!, callsPerSample: calls });
    }
  }
  if (sink < 0) console.log(sink);
  return results;
}
