// results.json's shape, the budgets, and results.md.
import type { PeerCoverage } from './build.js';
import type { SelectorResult } from './selectors.js';
import type { Size } from './sizes.js';
import { ratio, type Summary } from './stats.js';
import type { InteractionSummary, PageSummary } from './summary.js';

export interface Results {
  meta: {
    date: string;
    commit: string | null;
    dirty: boolean;
    node: string;
    chromium: string;
    chromiumPath: string;
    os: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverage: { start: number[]; end: number[] };
    runs: number;
    warmups: number;
    secondaryRuns: number;
    secondaryWarmups: number;
    durationSeconds: number;
  };
  method: Record<string, unknown>;
  sizes: { id: string; label: string; how: string; file: string; sha256: string; size: Size }[];
  pages: PageSummary[];
  selectors: SelectorResult[];
  peers: {
    'react-denmark-map': { areas: number; coverage: PeerCoverage };
    'd3-dagi': { file: string | null; features: number; points: number; coverage: PeerCoverage } | null;
  };
  budgets: BudgetResult[];
}

// ---- budgets --------------------------------------------------------------------------------

type Encoding = keyof Size;
interface BytesBudget {
  what: string;
  bundle: string;
  encoding: Encoding;
  max: number;
}
interface RatioBudget {
  what: string;
  /** transfer.raw | transfer.gzip | transfer.brotli | painted | hover | heap */
  metric: string;
  ours: string;
  peer: string;
  viewport: string;
  max: number;
}
export interface BudgetResult {
  what: string;
  kind: 'bytes' | 'ratio';
  limit: number;
  measured: number | null;
  detail: string;
  met: boolean | null;
}

function page(results: Results, who: string, viewport: string): PageSummary | undefined {
  return results.pages.find((p) => p.who === who && p.viewport === viewport);
}

/** Main-thread CPU time to painted less the blank page's (the renderer's own start-up). */
function cpuNet(results: Results, p: PageSummary | undefined, kind: 'thread' | 'process' = 'thread'): number | null {
  const blank = results.pages.find((x) => x.who === 'blank')?.cpu?.[kind]?.median ?? 0;
  const own = p?.cpu?.[kind]?.median;
  return own == null ? null : own - blank;
}

function metric(p: PageSummary | undefined, name: string, results?: Results): number | null {
  if (!p) return null;
  if (name === 'cpu' && results) return cpuNet(results, p);
  if (name.startsWith('transfer.')) return p.transfer?.total[name.slice('transfer.'.length) as Encoding] ?? null;
  if (name === 'painted') return p.painted?.median ?? null;
  if (name === 'hover') return p.hover?.done?.median ?? null;
  if (name === 'heap') return p.heap?.median ?? null;
  return null;
}

export function evaluateBudgets(budgets: { bytes?: BytesBudget[]; ratios?: RatioBudget[] }, results: Results): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const b of budgets.bytes ?? []) {
    const size = results.sizes.find((s) => s.id === b.bundle)?.size[b.encoding] ?? null;
    out.push({ what: b.what, kind: 'bytes', limit: b.max, measured: size, detail: size === null ? 'not measured' : `${bytes(size)} B`, met: size === null ? null : size <= b.max });
  }
  for (const b of budgets.ratios ?? []) {
    const ours = metric(page(results, b.ours, b.viewport), b.metric, results);
    const peer = metric(page(results, b.peer, b.viewport), b.metric, results);
    const r = ratio(ours, peer);
    const unit = b.metric.startsWith('transfer') || b.metric === 'heap' ? ' B' : ' ms';
    const show = (x: number | null) => (x === null ? '-' : ['painted', 'hover', 'cpu'].includes(b.metric) ? ms(x) : bytes(x)) + unit;
    out.push({
      what: b.what,
      kind: 'ratio',
      limit: b.max,
      measured: r,
      detail: r === null ? 'not measured' : `${show(ours)} vs ${show(peer)}`,
      met: r === null ? null : r <= b.max,
    });
  }
  return out;
}

// ---- formatting -------------------------------------------------------------------------------

export const bytes = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
const x = (r: number | null) => (r === null ? '-' : `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`);
const range = (s: Summary | null | undefined, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '-');
const VIEW: Record<string, string> = { desktop: '1280×900', phone: '360×800' };

function interaction(s: InteractionSummary | null | undefined): string {
  if (!s) return '-';
  return range(s.done);
}
function eventTiming(s: InteractionSummary | null | undefined): string {
  if (!s) return '-';
  const et = s.eventTiming;
  if (et.withEntry === 0) return `none ≥ 16 ms (${et.inputs} inputs)`;
  return `${et.withEntry}/${et.inputs} ≥ 16 ms, ${range(et.duration)}`;
}

export function renderMarkdown(r: Results, previous: Results | null = null): string {
  const L: string[] = [];
  const m = r.meta;
  const peersFor = (viewport: string) => ['react-denmark-map', 'd3-dagi'].map((who) => page(r, who, viewport));
  const ours = (viewport: string) => page(r, 'ours', viewport);

  L.push('## Benchmark');
  L.push('');
  L.push(
    `${m.date.slice(0, 10)}, commit \`${(m.commit ?? 'unknown').slice(0, 10)}\`${m.dirty ? ' with uncommitted changes' : ''}; Chromium ${m.chromium} (headless, \`${m.chromiumPath}\`), Node ${m.node}; ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; load average ${m.loadAverage.start.join(' / ')} at start, ${m.loadAverage.end.join(' / ')} at the end. ` +
      `${m.runs} runs per page after ${m.warmups} warm-ups (${m.secondaryRuns} after ${m.secondaryWarmups} for the secondary pages: the map from its own entry, 10 and 50 maps, the two tables with 98 rows; column "n"), each in a new browser context; nothing throttled; all pages served by the bench's node:http server on 127.0.0.1, uncompressed. ` +
      `Times: median (min–max) in ms. The bench took ${m.durationSeconds} s.`,
  );
  L.push('');

  // Headline.
  for (const viewport of ['desktop', 'phone']) {
    const o = ours(viewport);
    if (!o?.painted) continue;
    const parts = peersFor(viewport)
      .filter((p): p is PageSummary => !!p?.painted)
      .map((p) => `${p.who === 'd3-dagi' ? 'd3+DAGI' : p.who} ${ms(p.painted!.median)} ms (${x(ratio(o.painted!.median, p.painted!.median))})`);
    L.push(`- Time to map painted, ${VIEW[viewport]}: ours ${ms(o.painted.median)} ms${parts.length ? ', ' + parts.join(', ') : ''}.`);
  }
  for (const viewport of ['desktop', 'phone']) {
    const o = cpuNet(r, ours(viewport));
    if (o === null) continue;
    const parts = peersFor(viewport)
      .filter((p): p is PageSummary => cpuNet(r, p) !== null)
      .map((p) => `${p.who === 'd3-dagi' ? 'd3+DAGI' : p.who} ${ms(cpuNet(r, p)!)} ms (${x(ratio(o, cpuNet(r, p)))})`);
    L.push(`- Main-thread CPU time to map painted, ${VIEW[viewport]} (less a blank page's): ours ${ms(o)} ms${parts.length ? ', ' + parts.join(', ') : ''}.`);
  }
  {
    const o = ours('desktop');
    const parts = peersFor('desktop')
      .filter((p): p is PageSummary => !!p?.transfer)
      .map((p) => `${p.who === 'd3-dagi' ? 'd3+DAGI' : p.who} ${kb(p.transfer!.total.brotli)} (${x(ratio(o?.transfer?.total.brotli, p.transfer!.total.brotli))})`);
    if (o?.transfer) L.push(`- Page transfer, brotli: ours ${kb(o.transfer.total.brotli)}${parts.length ? ', ' + parts.join(', ') : ''}.`);
    const hoverParts = peersFor('desktop')
      .filter((p): p is PageSummary => !!p?.hover?.done)
      .map((p) => `${p.who === 'd3-dagi' ? 'd3+DAGI' : p.who} ${ms(p.hover!.done!.median)} ms (${x(ratio(o?.hover?.done?.median, p.hover!.done!.median))})`);
    if (o?.hover?.done) L.push(`- Hover to tooltip painted, 1280×900: ours ${ms(o.hover.done.median)} ms${hoverParts.length ? ', ' + hoverParts.join(', ') : ''}.`);
  }
  L.push('');

  // Sizes.
  L.push('### Transfer size (bytes)');
  L.push('');
  L.push('| what | raw | gzip | brotli |');
  L.push('| --- | ---: | ---: | ---: |');
  for (const s of r.sizes) L.push(`| ${s.label} | ${bytes(s.size.raw)} | ${bytes(s.size.gzip)} | ${bytes(s.size.brotli)} |`);
  const oursDesk = ours('desktop');
  for (const p of r.pages.filter((p) => p.viewport === 'desktop' && p.transfer && ['ours', 'ours-element', 'react-denmark-map', 'd3-dagi'].includes(p.who))) {
    const t = p.transfer!.total;
    const files = p.transfer!.files.map((f) => f.url.split('/').pop()).join(' + ');
    const rr = p.who === 'ours' || !oursDesk?.transfer ? '' : `; ours ÷ this: ${x(ratio(oursDesk.transfer.total.brotli, t.brotli))} brotli, ${x(ratio(oursDesk.transfer.total.raw, t.raw))} raw`;
    L.push(`| page: ${p.label} (${files})${rr} | ${bytes(t.raw)} | ${bytes(t.gzip)} | ${bytes(t.brotli)} |`);
  }
  L.push('');

  // Map timings.
  L.push('### Map: time to all shapes painted, hover, memory');
  L.push('');
  L.push(
    '| map | viewport | n | scripts and data received | element defined | painted (ms from navigation) | ours ÷ this | first contentful paint | main-thread CPU to painted | ours ÷ this | renderer CPU | hover → tooltip painted | Event Timing (hover) | JS heap after GC |',
  );
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const viewport of ['desktop', 'phone']) {
    for (const p of r.pages.filter((p) => p.viewport === viewport && ['ours', 'ours-element', 'react-denmark-map', 'd3-dagi'].includes(p.who))) {
      const o = ours(viewport);
      const rr = p.who === 'ours' ? '1' : x(ratio(o?.painted?.median, p.painted?.median));
      const cpu = cpuNet(r, p);
      const cpuRatio = p.who === 'ours' ? '1' : x(ratio(cpuNet(r, o), cpu));
      const proc = cpuNet(r, p, 'process');
      const cpuCells = `${cpu === null ? '-' : `${ms(cpu)} (${ms(p.cpu.thread!.min - (p.cpu.thread!.median - cpu))}–${ms(p.cpu.thread!.max - (p.cpu.thread!.median - cpu))})`} | ${cpuRatio} | ${proc === null ? '-' : ms(proc)}`;
      const fail = p.skipped ? ` (skipped: ${p.skipped})` : p.failures.length ? ` (${p.failures.length} failed)` : '';
      L.push(`| ${p.label}${fail} | ${VIEW[viewport]} | ${p.runs} | ${p.resourcesEnd ? ms(p.resourcesEnd.median) : '-'} | ${p.defined ? ms(p.defined.median) : '-'} | ${range(p.painted)} | ${rr} | ${range(p.fcp)} | ${cpuCells} | ${interaction(p.hover)} | ${eventTiming(p.hover)} | ${p.heap ? mib(p.heap.median) : '-'} |`);
    }
  }
  L.push('');

  // Many maps.
  const one = ours('desktop');
  const many = r.pages.filter((p) => p.who.startsWith('ours×'));
  if (one || many.length) {
    L.push('### Many maps on one page (1280×900, CDN bundle)');
    L.push('');
    L.push('| maps | n | all painted (ms) | per map | main-thread CPU to painted | JS heap after GC | heap per extra map |');
    L.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const rows = [{ n: 1, p: one }, ...many.map((p) => ({ n: Number(p.who.slice('ours×'.length)), p }))];
    for (const { n, p } of rows) {
      if (!p) continue;
      if (p.skipped) {
        L.push(`| ${n} | 0 | skipped: ${p.skipped} | | | | |`);
        continue;
      }
      const perExtra = n > 1 && p.heap && one?.heap ? kb((p.heap.median - one.heap.median) / (n - 1)) : '-';
      const cpu = cpuNet(r, p);
      L.push(`| ${n} | ${p.runs} | ${range(p.painted)} | ${p.painted ? ms(p.painted.median / n) : '-'} | ${cpu === null ? '-' : ms(cpu)} | ${p.heap ? mib(p.heap.median) : '-'} | ${perExtra} |`);
    }
    L.push('');
  }

  // Table.
  L.push('### Table');
  L.push('');
  const tables = r.pages.filter((p) => p.who.startsWith('table'));
  const skipped = tables.find((p) => p.skipped);
  if (tables.length === 0 || skipped) {
    const why = skipped?.skipped ?? 'kl-strategy-table not built';
    L.push(
      why === 'kl-strategy-table not built'
        ? "kl-strategy-table not built: the CDN bundle has no `<kl-strategy-table>`, so the table's rows, search and sort were not measured in the browser (core's selectors below were)."
        : `The table was not measured: ${why}.`,
    );
  } else {
    const keyNames = tables[0]?.keys?.map((k) => k.key) ?? [];
    const keyLabel = (k: string) => (k.length === 1 ? `key '${k}'` : k);
    L.push(
      `| table | n | rows | first row painted | all rows painted | main-thread CPU to painted | sort click → rows painted | ${keyNames.map((k) => `${keyLabel(k)} → next paint | ${keyLabel(k)} → rows painted`).join(' | ')} | Event Timing (keys) | JS heap after GC |`,
    );
    L.push(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ${keyNames.map(() => '---: | ---:').join(' | ')} | --- | ---: |`);
    for (const p of tables) {
      const keys = p.keys ?? [];
      const et = keys.map((k) => `${keyLabel(k.key)}: ${eventTiming(k.summary)}`).join('; ');
      const fail = p.failures.length ? ` (${p.failures.length} failed)` : '';
      L.push(
        `| ${p.label}${fail} | ${p.runs} | ${p.rows ?? '-'} | ${range(p.firstRow)} | ${range(p.painted)} | ${cpuNet(r, p) === null ? '-' : ms(cpuNet(r, p)!)} | ${interaction(p.sort)} | ${keys.map((k) => `${range(k.summary?.nextPaint)} | ${range(k.summary?.done)}`).join(' | ')} | ${et || '-'} | ${p.heap ? mib(p.heap.median) : '-'} |`,
      );
    }
  }
  L.push('');

  // Selectors.
  L.push("### core's selectors in Node (ms per call)");
  L.push('');
  const counts = [...new Set(r.selectors.map((s) => s.entries))];
  L.push(`| selector | ${counts.map((n) => `${bytes(n)} entries${r.selectors.find((s) => s.entries === n)?.valid ? '' : ' (synthetic, not a valid Dataset)'}`).join(' | ')} |`);
  L.push(`| --- | ${counts.map(() => '---:').join(' | ')} |`);
  for (const op of [...new Set(r.selectors.map((s) => s.op))]) {
    const cells = counts.map((n) => {
      const s = r.selectors.find((x) => x.op === op && x.entries === n);
      return s ? range(s.ms, (v) => (v < 0.01 ? v.toFixed(4) : v < 1 ? v.toFixed(3) : ms(v))) : '-';
    });
    L.push(`| ${op} | ${cells.join(' | ')} |`);
  }
  L.push('');

  // Peers' coverage.
  L.push('### Peers');
  L.push('');
  const rdm = r.peers['react-denmark-map'];
  const cov = (c: PeerCoverage) =>
    [
      c.missing.length ? `cannot show ${c.missing.map((x) => `${x.name} (${x.code})`).join(', ')}` : 'shows all 98',
      c.unknown.length ? `areas with codes we do not know: ${c.unknown.map((x) => `${x.name} (${x.code})`).join(', ')}` : '',
      c.nameMismatch.length ? `names that do not resolve to their own code: ${c.nameMismatch.map((x) => `${x.name} (${x.code} → ${x.resolvesTo ?? 'nothing'})`).join(', ')}` : '',
      c.renamed.length ? `written differently from ours (matched by code): ${c.renamed.map((x) => `${x.theirs} = ${x.ours}`).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  L.push(`- react-denmark-map 1.0.0: ${rdm.areas} areas, matched by municipality code (its codes lack the leading zero); ${cov(rdm.coverage)}.`);
  const d3 = r.peers['d3-dagi'];
  L.push(d3 ? `- d3+DAGI: ${d3.features} polygons, ${bytes(d3.points)} points, projected in the browser; ${cov(d3.coverage)} (Christiansø, 0411, drawn as land).` : '- d3+DAGI: not run, the DAGI GeoJSON was not found (../shared/geo or KL_DAGI_GEOJSON).');
  L.push('');

  // Budgets.
  L.push('### Budgets (bench/budgets.json; reported, never failed on)');
  L.push('');
  L.push('| budget | limit | measured | met |');
  L.push('| --- | ---: | --- | :---: |');
  for (const b of r.budgets) {
    const limit = b.kind === 'bytes' ? `${bytes(b.limit)} B` : `≤ ${b.limit}×`;
    const measured = b.measured === null ? b.detail : b.kind === 'bytes' ? b.detail : `${x(b.measured)} (${b.detail})`;
    L.push(`| ${b.what} | ${limit} | ${measured} | ${b.met === null ? 'n/a' : b.met ? 'yes' : '**no**'} |`);
  }
  L.push('');

  // Against the previous run.
  if (previous?.pages) {
    const before = previous.sizes?.find((s) => s.id === 'cdn')?.sha256;
    const now = r.sizes.find((s) => s.id === 'cdn')?.sha256;
    L.push('### Against the previous run');
    L.push('');
    L.push(
      `Previous: ${previous.meta.date.slice(0, 16).replace('T', ' ')}, load average ${previous.meta.loadAverage.start.join(' / ')}; the CDN bundle is ${!before ? 'of unknown identity' : before === now ? 'the same file' : '**a different file** (the code changed between the runs)'}. Medians, previous → now:`,
    );
    L.push('');
    L.push('| page | painted | Δ | main-thread CPU (with start-up) | Δ | JS heap | hover → tooltip |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of r.pages) {
      const q = previous.pages.find((x) => x.id === p.id);
      if (!q?.painted || !p.painted) continue;
      const d = (p.painted.median / q.painted.median - 1) * 100;
      const second = p.hover?.done && q.hover?.done ? `${ms(q.hover.done.median)} → ${ms(p.hover.done.median)}` : '-';
      const cq = q.cpu?.thread?.median;
      const cp = p.cpu?.thread?.median;
      const dc = cq && cp ? (cp / cq - 1) * 100 : null;
      const cpuCells = cq && cp ? `${ms(cq)} → ${ms(cp)} | ${dc! >= 0 ? '+' : ''}${dc!.toFixed(0)} %` : '- | -';
      L.push(`| ${p.id} | ${ms(q.painted.median)} → ${ms(p.painted.median)} | ${d >= 0 ? '+' : ''}${d.toFixed(0)} % | ${cpuCells} | ${q.heap && p.heap ? `${mib(q.heap.median)} → ${mib(p.heap.median)}` : '-'} | ${second} |`);
    }
    L.push('');
  }

  const failures = r.pages.filter((p) => p.failures.length || p.errors.length);
  if (failures.length) {
    L.push('### Problems seen');
    L.push('');
    for (const p of failures) L.push(`- ${p.id}: ${[...p.failures, ...p.errors].slice(0, 4).join('; ')}`);
    L.push('');
  }
  return L.join('\n');
}
