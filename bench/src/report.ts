// results.json's shape, the targets and budgets (bench/budgets.json), and results.md.
import type { ProfileCheck } from './browser.js';
import type { PeerCoverage } from './build.js';
import type { Profile } from './config.js';
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
    /** The phone profile as measured at the start: the CPU slowdown (a fixed loop, slowed ÷ not) and the network. */
    phoneCheck: ProfileCheck | null;
    durationSeconds: number;
  };
  method: Record<string, unknown>;
  /** The measured files of dist/cdn: their SHA-256 (first 12 digits) and sizes. */
  files: { file: string; sha256: string; size: Size }[];
  /** Per element, what a page with only it downloads by chunks.json: the loader and the closure. */
  closures: { tag: string; files: string[]; size: Size }[];
  pages: PageSummary[];
  selectors: SelectorResult[];
  peers: {
    'react-denmark-map': { areas: number; coverage: PeerCoverage };
    'd3-dagi': { file: string | null; features: number; points: number; coverage: PeerCoverage } | null;
  };
  /** Issue 10's targets. */
  targets: TargetResult[];
  /** The other budgets, still worth watching. */
  budgets: TargetResult[];
  /** What results.md compares with: the run before this one, as much of it as the comparison reads. */
  previous: PreviousRun | null;
}

/** The medians of a run that the next run's results.md compares with, kept in its results.json (so that results.md is made from results.json alone). */
export interface PreviousRun {
  date: string;
  commit: string | null;
  loadAverage: number[];
  files: { file: string; sha256: string }[];
  pages: { id: string; painted: number | null; cpuThread: number | null }[];
}

/** A results.json of an earlier run (of this bench or an older one) as the next run compares with it, or null if it cannot be read as one. */
export function previousOf(old: unknown): PreviousRun | null {
  const r = old as Partial<Results> | null;
  if (!r?.meta?.date || !Array.isArray(r.pages)) return null;
  return {
    date: r.meta.date,
    commit: r.meta.commit ?? null,
    loadAverage: r.meta.loadAverage?.start ?? [],
    files: (r.files ?? []).map(({ file, sha256 }) => ({ file, sha256 })),
    pages: r.pages.map((p) => ({ id: p.id, painted: p.painted?.median ?? null, cpuThread: p.cpu?.thread?.median ?? null })),
  };
}

// ---- targets ------------------------------------------------------------------------------------

/**
 * A page's number: `painted` (ms from navigation to the frame with everything shown), `firstRow`
 * (a table's first rows), `cpu` (main-thread CPU to painted, less the blank page's), `key` (the
 * slower of the search keys' medians, to rows painted), `hover`, `heap`, `sent` (bytes over the wire).
 */
type Metric = 'painted' | 'firstRow' | 'cpu' | 'key' | 'hover' | 'heap' | 'sent';

/**
 * bytes: a page with only `element` by chunks.json (loader and closure, brotli) at most `max`.
 * ratio: `ours`'s metric ÷ `peer`'s at most `max`, each less `less`'s when given (time above the floor).
 * difference: `ours`'s metric − `peer`'s at most `max`. value: `ours`'s metric at most `max`.
 */
export type Target =
  | { what: string; type: 'bytes'; element: string; max: number }
  | { what: string; type: 'ratio'; ours: string; oursMetric?: Metric; peer: string; metric: Metric; less?: string; max: number }
  | { what: string; type: 'difference'; ours: string; peer: string; metric: Metric; max: number }
  | { what: string; type: 'value'; ours: string; metric: Metric; max: number };

export interface TargetResult {
  what: string;
  type: Target['type'];
  limit: number;
  measured: number | null;
  /** The numbers behind the measure, or why there is none. */
  detail: string;
  met: boolean | null;
}

const byId = (r: Results, id: string) => r.pages.find((p) => p.id === id);

/** Main-thread CPU time to painted less the blank page's of the same profile (the renderer's own start-up). */
export function cpuNet(r: Results, p: PageSummary | undefined, kind: 'thread' | 'process' = 'thread'): number | null {
  const blank = r.pages.find((x) => x.who === 'blank' && x.profile === p?.profile)?.cpu?.[kind]?.median;
  const own = p?.cpu?.[kind]?.median;
  return own == null || blank == null ? null : own - blank;
}

/** The slower of the search keys: its median, key and row count. */
function slowestKey(p: PageSummary | undefined): { key: string; ms: number } | null {
  const keys = (p?.keys ?? []).filter((k) => k.summary?.done).map((k) => ({ key: k.key, ms: k.summary!.done!.median }));
  return keys.length ? keys.reduce((a, b) => (b.ms > a.ms ? b : a)) : null;
}

function metricOf(r: Results, p: PageSummary | undefined, name: Metric): number | null {
  if (!p) return null;
  switch (name) {
    case 'painted':
      return p.painted?.median ?? null;
    case 'firstRow':
      return p.firstRow?.median ?? null;
    case 'cpu':
      return cpuNet(r, p);
    case 'key':
      return slowestKey(p)?.ms ?? null;
    case 'hover':
      return p.hover?.done?.median ?? null;
    case 'heap':
      return p.heap?.median ?? null;
    case 'sent':
      return p.transfer?.sent ?? null;
  }
}

const unitOf = (m: Metric) => (m === 'heap' || m === 'sent' ? 'B' : 'ms');
const show = (x: number | null, m: Metric) => (x === null ? '-' : `${unitOf(m) === 'B' ? bytes(x) : ms(x)} ${unitOf(m)}`);

/** Why a page has no number: not built, failed, or not in this run. */
function missing(r: Results, ...ids: (string | undefined)[]): string {
  for (const id of ids) {
    if (!id) continue;
    const p = byId(r, id);
    if (!p) return `${id} not in this run`;
    if (p.skipped) return `${id}: ${p.skipped}`;
    if (p.runs === 0) return `${id}: no run succeeded${p.failures[0] ? ` (${p.failures[0]})` : ''}`;
  }
  return 'not measured';
}

export function evaluateTargets(targets: Target[], r: Results): TargetResult[] {
  return targets.map((t): TargetResult => {
    const result = (measured: number | null, detail: string): TargetResult => ({ what: t.what, type: t.type, limit: t.max, measured, detail, met: measured === null ? null : measured <= t.max });
    switch (t.type) {
      case 'bytes': {
        const closure = r.closures.find((c) => c.tag === t.element);
        if (!closure) return result(null, `${t.element} is not in chunks.json`);
        const loaded = r.pages.find((p) => p.who === t.element && p.transfer);
        const also = loaded?.transfer ? `; the page loaded ${loaded.transfer.requests} requests, ${bytes(loaded.transfer.sent)} B sent with its HTML` : '';
        return result(closure.size.brotli, `${bytes(closure.size.brotli)} B in ${closure.files.length} files${also}`);
      }
      case 'value': {
        const p = byId(r, t.ours);
        const v = metricOf(r, p, t.metric);
        const key = t.metric === 'key' ? slowestKey(p) : null;
        return result(v, v === null ? missing(r, t.ours) : `${show(v, t.metric)}${key ? ` (key ${key.key === 'Backspace' ? 'Backspace' : `'${key.key}'`}, the slower of ${p?.keys?.length ?? 0}; ${p?.rows ?? '?'} rows)` : ''}`);
      }
      case 'difference': {
        const a = metricOf(r, byId(r, t.ours), t.metric);
        const b = metricOf(r, byId(r, t.peer), t.metric);
        const d = a === null || b === null ? null : a - b;
        return result(d, d === null ? missing(r, t.ours, t.peer) : `${show(d, t.metric)}: ${show(a, t.metric)} vs ${show(b, t.metric)}`);
      }
      case 'ratio': {
        const oursMetric = t.oursMetric ?? t.metric;
        const a = metricOf(r, byId(r, t.ours), oursMetric);
        const b = metricOf(r, byId(r, t.peer), t.metric);
        const base = t.less ? metricOf(r, byId(r, t.less), t.metric) : 0;
        if (a === null || b === null || base === null) return result(null, missing(r, t.ours, t.peer, t.less));
        const q = ratio(a - base, b - base);
        const above = t.less ? ` above the floor's ${show(base, t.metric)}: ${show(a - base, oursMetric)} vs ${show(b - base, t.metric)} (${show(a, oursMetric)} and ${show(b, t.metric)} from navigation)` : `: ${show(a, oursMetric)} vs ${show(b, t.metric)}`;
        // Three decimals where two would round onto the limit.
        const shown = q !== null && Math.abs(q - t.max) < 0.005 ? `${q.toFixed(3)}×` : x(q);
        return result(q, `${shown}${above}`);
      }
    }
  });
}

const limitOf = (t: TargetResult) => (t.type === 'ratio' ? `≤ ${t.limit}×` : t.type === 'bytes' ? `≤ ${bytes(t.limit)} B` : `≤ ${t.limit} ms`);

/** The plain list printed at the end: met / NOT met (measured X, target Y). */
export function renderTargets(r: Results): string {
  const lines = (list: TargetResult[]) =>
    list.map((t) => `- ${t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met'}: ${t.what} (measured ${t.met === null ? `nothing: ${t.detail}` : t.detail}; target ${limitOf(t)})`);
  const met = r.targets.filter((t) => t.met).length;
  return [
    `Issue 10's targets (bench/budgets.json; medians, ratios within this run): ${met} of ${r.targets.length} met`,
    ...lines(r.targets),
    '',
    `Other budgets: ${r.budgets.filter((t) => t.met).length} of ${r.budgets.length} met`,
    ...lines(r.budgets),
  ].join('\n');
}

// ---- formatting -------------------------------------------------------------------------------

export const bytes = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
const x = (q: number | null) => (q === null ? '-' : `${Math.abs(q) < 0.1 ? q.toFixed(3) : q.toFixed(2)}×`);
const range = (s: Summary | null | undefined, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '-');

function eventTiming(s: InteractionSummary | null | undefined): string {
  if (!s) return '-';
  const et = s.eventTiming;
  if (et.withEntry === 0) return `none ≥ 16 ms (${et.inputs} inputs)`;
  return `${et.withEntry}/${et.inputs} ≥ 16 ms, ${range(et.duration)}`;
}

/** "11 runs per page after 2 warm-ups (5 after 1 for the pages no target reads)". */
export function runsOf(m: Results['meta']): string {
  const warmups = (n: number) => `${n} warm-up${n === 1 ? '' : 's'}`;
  return `${m.runs} runs per page after ${warmups(m.warmups)} (${m.secondaryRuns} after ${warmups(m.secondaryWarmups)} for the pages no target reads)`;
}

/** The profile check against what was set: "CPU 4.1× (set 4×), round trip 152 ms (set 150), 198,000 B/s down (set 200,000)". */
export function describeCheck(c: ProfileCheck | null, set: Profile): string {
  if (!c) return 'not checked';
  const n = set.network;
  return [
    `CPU ${c.cpuSlowdown === null ? '-' : `${c.cpuSlowdown.toFixed(1)}×`} (set ${set.cpuSlowdown}×)`,
    `round trip ${c.roundTripMs == null ? '-' : `${ms(c.roundTripMs)} ms`}${n ? ` (set ${n.latencyMs})` : ''}`,
    `${c.downloadBytesPerSecond === null ? '-' : bytes(c.downloadBytesPerSecond)} B/s down${n ? ` (set ${bytes(n.downloadBytesPerSecond)})` : ''}`,
  ].join(', ');
}

/**
 * A warning when the CPU slowdown did not take (below ¾ of the rate set): on a machine with
 * several times more runnable work than cores, an unslowed page waits for a core as long as the
 * slowdown would have suspended it, so both run alike and the phone is no slower than the desktop.
 */
export function checkWarning(c: ProfileCheck | null, set: Profile): string | null {
  if (c?.cpuSlowdown == null || c.cpuSlowdown >= 0.75 * set.cpuSlowdown) return null;
  return `The phone's CPU slowdown came out at ${c.cpuSlowdown.toFixed(1)}× of the ${set.cpuSlowdown}× set: the machine was too busy for it to take, so the phone's times understate a phone's CPU cost.`;
}

/** The order pages are listed in: the floor, the maps, the tables, the cards, the rest (the blank page and the many maps have tables of their own). */
const PAGE_ORDER = ['floor', 'kl-denmark-map', 'ssr-map', 'ssr-map-nojs', 'react-denmark-map', 'd3-dagi', 'kl-strategy-table', 'table-98', 'kl-municipality-card', 'ssr-card', 'ssr-card-nojs', 'kl-initiative-card', 'kl-initiative-list', 'kl-key-figures', 'kl-strategy-explorer', 'kl-strategy-timeline'];

/** The pages of one profile's table (or of all, without `profile`) in PAGE_ORDER, any other after them. */
export function orderedPages(r: Results, profile?: string): PageSummary[] {
  const rank = (p: PageSummary) => (PAGE_ORDER.indexOf(p.who) < 0 ? PAGE_ORDER.length : PAGE_ORDER.indexOf(p.who));
  return r.pages.filter((p) => (!profile || p.profile === profile) && !p.who.startsWith('maps-') && p.who !== 'blank').sort((a, b) => rank(a) - rank(b));
}

const PROFILE_LABEL: Record<string, string> = { phone: 'phone', desktop: 'desktop' };

/** The targets as a table: met / NOT met, what, limit, measured. */
export function targetTable(L: string[], list: TargetResult[]): void {
  L.push('| | target | limit | measured |');
  L.push('| :---: | --- | ---: | --- |');
  for (const t of list) L.push(`| ${t.met === null ? 'n/a' : t.met ? 'met' : '**NOT met**'} | ${t.what} | ${limitOf(t)} | ${t.detail} |`);
  L.push('');
}

export function renderMarkdown(r: Results): string {
  const L: string[] = [];
  const m = r.meta;
  const profiles = r.method.profiles as Record<string, Profile>;

  L.push('## Benchmark');
  L.push('');
  L.push(
    `${m.date.slice(0, 10)}, commit \`${(m.commit ?? 'unknown').slice(0, 10)}\`${m.dirty ? ' with uncommitted changes' : ''}; Chromium ${m.chromium} (headless, \`${m.chromiumPath}\`), Node ${m.node}; ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; load average ${m.loadAverage.start.join(' / ')} at start, ${m.loadAverage.end.join(' / ')} at the end. ` +
      `${runsOf(m)}; column "n". Each run in a new browser context, pages interleaved. ` +
      `Profiles: phone = ${profiles.phone?.label} (as measured at the start: ${describeCheck(m.phoneCheck, profiles.phone!)}); desktop = ${profiles.desktop?.label}. Everything served by the bench's node:http server on 127.0.0.1, text with brotli (quality 11) as a CDN serves it. ` +
      `Times: median (min–max) in ms from navigation start. The bench took ${m.durationSeconds} s.`,
  );
  L.push('');
  const warning = checkWarning(m.phoneCheck, profiles.phone!);
  if (warning) L.push(`**${warning}**`, '');

  L.push(`### Issue 10's targets: ${r.targets.filter((t) => t.met).length} of ${r.targets.length} met`);
  L.push('');
  targetTable(L, r.targets);

  // Pages, per profile.
  for (const profile of ['phone', 'desktop']) {
    const list = orderedPages(r, profile);
    if (list.length === 0) continue;
    const floor = list.find((p) => p.who === 'floor')?.painted?.median ?? null;
    L.push(`### Pages, ${PROFILE_LABEL[profile]} (${profiles[profile]?.label})`);
    L.push('');
    L.push('"Painted": the first frame with everything shown (maps: the 98 shapes; table: its first rows, then all; cards and lists: their content). "Above floor": painted less the floor\'s. "Defined": our element\'s code has run; "updated": its first render after that done (on a prerendered page: hydrated). Requests and bytes as sent (brotli), the HTML included.');
    L.push('');
    L.push('| page | n | requests | bytes sent | painted | above floor | first contentful paint | defined | updated | main-thread CPU to painted, less blank | JS heap after GC |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of list) {
      if (p.skipped || p.runs === 0) {
        L.push(`| ${p.label} | 0 | ${p.skipped ?? `failed: ${p.failures[0] ?? '?'}`} | | | | | | | | |`);
        continue;
      }
      const painted = p.who === 'kl-strategy-table' || p.who === 'table-98' ? p.firstRow : p.painted;
      const table = painted === p.firstRow ? ` first rows; all ${p.rows ?? '?'} rows ${p.painted ? ms(p.painted.median) : '-'}` : '';
      const cpu = cpuNet(r, p);
      const fail = p.failures.length ? ` (${p.failures.length} failed)` : '';
      L.push(
        `| ${p.label}${fail} | ${p.runs} | ${p.transfer?.requests ?? '-'} | ${p.transfer ? bytes(p.transfer.sent) : '-'} | ${range(painted)}${table} | ${painted && floor !== null && p.who !== 'floor' ? ms(painted.median - floor) : '-'} | ${range(p.fcp)} | ${p.defined ? ms(p.defined.median) : '-'} | ${p.updated ? ms(p.updated.median) : '-'} | ${cpu !== null ? ms(cpu) : '-'} | ${p.heap ? mib(p.heap.median) : '-'} |`,
      );
    }
    L.push('');
  }

  // Bytes.
  L.push('### What a page with one element downloads (dist/cdn/chunks.json: the loader and the closure)');
  L.push('');
  L.push('Each file compressed on its own, as a CDN serves it; "as loaded" is what the phone page with that element alone really requested (its HTML left out), which should be the same files.');
  L.push('');
  L.push('| element | files | raw | gzip | brotli | as loaded: scripts, brotli |');
  L.push('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const c of r.closures) {
    const p = r.pages.find((q) => q.who === c.tag && q.profile === 'phone' && q.transfer);
    const scripts = p?.transfer?.files.filter((f) => !f.url.endsWith('.html')) ?? [];
    const names = (list: string[]) => list.map((f) => f.split('/').pop()).join(', ');
    const extra = scripts.filter((f) => !c.files.some((g) => f.url.endsWith(`/${g}`))).map((f) => f.url);
    const absent = c.files.filter((g) => !scripts.some((f) => f.url.endsWith(`/${g}`)));
    const loaded = p
      ? `${scripts.length} files, ${bytes(scripts.reduce((s, f) => s + f.sent, 0))} B${extra.length ? `; also ${names(extra)}` : ''}${absent.length ? `; not ${names(absent)}` : ''}`
      : '-';
    L.push(`| \`${c.tag}\` | ${c.files.length} | ${bytes(c.size.raw)} | ${bytes(c.size.gzip)} | ${bytes(c.size.brotli)} | ${loaded} |`);
  }
  for (const f of r.files.filter((f) => /kl-elements(\.all)?\.js$/.test(f.file))) {
    L.push(`| \`${f.file.split('/').pop()}\`${f.file.endsWith('.all.js') ? ' (every element, one file)' : ' (the loader alone)'} | 1 | ${bytes(f.size.raw)} | ${bytes(f.size.gzip)} | ${bytes(f.size.brotli)} | |`);
  }
  L.push('');
  const text = r.pages.flatMap((p) => (p.transfer?.files ?? []).filter((f) => f.text));
  const plain = [...new Set(text.filter((f) => f.encoding !== 'br').map((f) => f.url))];
  L.push(`Text responses of the pages' first runs sent with \`Content-Encoding: br\`: ${text.length - text.filter((f) => f.encoding !== 'br').length} of ${text.length}${plain.length ? `; **not**: ${plain.slice(0, 8).map((u) => `\`${u}\``).join(', ')}` : ''}.`);
  L.push('');
  L.push('Whole pages as sent (brotli, HTML included), phone:');
  L.push('');
  L.push('| page | requests | raw | brotli as sent | files |');
  L.push('| --- | ---: | ---: | ---: | --- |');
  for (const p of r.pages.filter((p) => p.profile === 'phone' && p.transfer && ['floor', 'kl-denmark-map', 'ssr-map', 'ssr-card', 'react-denmark-map', 'd3-dagi'].includes(p.who))) {
    const t = p.transfer!;
    L.push(`| ${p.label} | ${t.requests} | ${bytes(t.total.raw)} | ${bytes(t.sent)} | ${t.files.map((f) => f.url.split('/').filter(Boolean).pop()).join(' + ')} |`);
  }
  L.push('');

  // Map against the peers, hover.
  L.push('### The map against the peers');
  L.push('');
  L.push('| profile | map | n | painted | ours ÷ this | above floor | ours ÷ this, above floor | main-thread CPU to painted (less blank) | ours ÷ this | hover → tooltip painted | Event Timing (hover) |');
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const profile of ['phone', 'desktop']) {
    const ours = byId(r, `kl-denmark-map@${profile}`);
    const floor = byId(r, `floor@${profile}`)?.painted?.median ?? null;
    for (const p of ['kl-denmark-map', 'ssr-map', 'react-denmark-map', 'd3-dagi'].map((who) => byId(r, `${who}@${profile}`))) {
      if (!p?.painted) continue;
      const above = floor === null ? null : p.painted.median - floor;
      const oursAbove = floor === null || !ours?.painted ? null : ours.painted.median - floor;
      const self = p === ours;
      L.push(
        `| ${PROFILE_LABEL[profile]} | ${p.label} | ${p.runs} | ${range(p.painted)} | ${self ? '1' : x(ratio(ours?.painted?.median, p.painted.median))} | ${above === null ? '-' : ms(above)} | ${self ? '1' : x(ratio(oursAbove, above))} | ${cpuNet(r, p) === null ? '-' : ms(cpuNet(r, p)!)} | ${self ? '1' : x(ratio(cpuNet(r, ours), cpuNet(r, p)))} | ${range(p.hover?.done)} | ${p.hover ? eventTiming(p.hover) : '-'} |`,
      );
    }
  }
  L.push('');

  // Many maps.
  const one = byId(r, 'kl-denmark-map@desktop');
  const many = r.pages.filter((p) => p.who.startsWith('maps-')).sort((a, b) => Number(a.who.slice(5)) - Number(b.who.slice(5)));
  if (one || many.length) {
    L.push('### Many maps on one page (desktop, the loader)');
    L.push('');
    L.push('| maps | n | all painted | ÷ one map | main-thread CPU to painted (less blank) | JS heap after GC | heap per extra map |');
    L.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { n, p } of [{ n: 1, p: one }, ...many.map((p) => ({ n: Number(p.who.slice('maps-'.length)), p }))]) {
      if (!p) continue;
      const perExtra = n > 1 && p.heap && one?.heap ? kb((p.heap.median - one.heap.median) / (n - 1)) : '-';
      const cpu = cpuNet(r, p);
      L.push(`| ${n} | ${p.runs} | ${range(p.painted)} | ${n === 1 ? '1' : x(ratio(p.painted?.median, one?.painted?.median))} | ${cpu === null ? '-' : ms(cpu)} | ${p.heap ? mib(p.heap.median) : '-'} | ${perExtra} |`);
    }
    L.push('');
  }

  // Table.
  const tables = r.pages.filter((p) => (p.who === 'kl-strategy-table' || p.who === 'table-98') && p.runs > 0);
  if (tables.length) {
    L.push('### Table');
    L.push('');
    L.push('Keys in the search box (desktop): from `keydown` to the next paint and to the painted frame where the rows changed; the sort is a click on the first column header.');
    L.push('');
    const keyNames = tables.find((p) => p.keys?.some((k) => k.summary))?.keys?.map((k) => k.key) ?? [];
    const keyLabel = (k: string) => (k.length === 1 ? `key '${k}'` : k);
    L.push(`| table | profile | n | rows | first rows painted | all rows painted | sort click → rows painted | ${keyNames.map((k) => `${keyLabel(k)} → next paint | ${keyLabel(k)} → rows painted`).join(' | ')} | Event Timing (keys) |`);
    L.push(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ${keyNames.map(() => '---: | ---:').join(' | ')} | --- |`);
    for (const p of tables) {
      const keys = p.keys ?? [];
      const et = keys.filter((k) => k.summary).map((k) => `${keyLabel(k.key)}: ${eventTiming(k.summary)}`).join('; ');
      const keyCells = keyNames.map((_, i) => `${range(keys[i]?.summary?.nextPaint)} | ${range(keys[i]?.summary?.done)}`).join(' | ');
      L.push(`| ${p.label} | ${PROFILE_LABEL[p.profile]} | ${p.runs} | ${p.rows ?? '-'} | ${range(p.firstRow)} | ${range(p.painted)} | ${range(p.sort?.done)} | ${keyCells} | ${et || '-'} |`);
    }
    L.push('');
  }

  // Selectors.
  L.push("### core's selectors in Node (ms per call)");
  L.push('');
  const counts = [...new Set(r.selectors.map((s) => s.entries))];
  L.push(`| selector | ${counts.map((n) => `${bytes(n)} entries${r.selectors.find((s) => s.entries === n)?.valid ? '' : ' (synthetic, not a valid Dataset)'}`).join(' | ')} |`);
  L.push(`| --- | ${counts.map(() => '---:').join(' | ')} |`);
  for (const op of [...new Set(r.selectors.map((s) => s.op))]) {
    const cells = counts.map((n) => {
      const s = r.selectors.find((q) => q.op === op && q.entries === n);
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
      c.missing.length ? `cannot show ${c.missing.map((q) => `${q.name} (${q.code})`).join(', ')}` : 'shows all 98',
      c.unknown.length ? `areas with codes we do not know: ${c.unknown.map((q) => `${q.name} (${q.code})`).join(', ')}` : '',
      c.nameMismatch.length ? `names that do not resolve to their own code: ${c.nameMismatch.map((q) => `${q.name} (${q.code} → ${q.resolvesTo ?? 'nothing'})`).join(', ')}` : '',
      c.renamed.length ? `written differently from ours (matched by code): ${c.renamed.map((q) => `${q.theirs} = ${q.ours}`).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  L.push(`- react-denmark-map 1.0.0: ${rdm.areas} areas, matched by municipality code (its codes lack the leading zero); ${cov(rdm.coverage)}.`);
  const d3 = r.peers['d3-dagi'];
  L.push(d3 ? `- d3+DAGI: ${d3.features} polygons, ${bytes(d3.points)} points, projected in the browser; ${cov(d3.coverage)} (Christiansø, 0411, drawn as land).` : '- d3+DAGI: not run, the DAGI GeoJSON was not found (../shared/geo or KL_DAGI_GEOJSON).');
  L.push('');

  L.push(`### Other budgets (bench/budgets.json): ${r.budgets.filter((t) => t.met).length} of ${r.budgets.length} met`);
  L.push('');
  targetTable(L, r.budgets);

  // Against the previous run.
  const previous = r.previous;
  if (previous) {
    const hash = (files: { file: string; sha256: string }[], name: string) => files.find((f) => f.file.endsWith(name))?.sha256;
    const names = ['kl-elements.js', 'kl-elements.all.js'];
    const same = !names.every((f) => hash(previous.files, f)) ? 'not known to be the same (that run did not record its files)' : names.every((f) => hash(previous.files, f) === hash(r.files, f)) ? 'the same files' : '**different files** (the code changed between the runs)';
    L.push('### Against the previous run');
    L.push('');
    L.push(`Previous: ${previous.date.slice(0, 16).replace('T', ' ')}, commit \`${(previous.commit ?? 'unknown').slice(0, 10)}\`, load average ${previous.loadAverage.join(' / ')}; the loader and the single file are ${same}. Medians, previous → now:`);
    L.push('');
    L.push('| page | painted | Δ | main-thread CPU (with start-up) | Δ |');
    L.push('| --- | ---: | ---: | ---: | ---: |');
    for (const p of r.pages) {
      const q = previous.pages.find((y) => y.id === p.id);
      if (q?.painted == null || !p.painted) continue;
      const d = (p.painted.median / q.painted - 1) * 100;
      const cq = q.cpuThread;
      const cp = p.cpu?.thread?.median;
      const dc = cq && cp ? (cp / cq - 1) * 100 : null;
      L.push(`| ${p.id} | ${ms(q.painted)} → ${ms(p.painted.median)} | ${d >= 0 ? '+' : ''}${d.toFixed(0)} % | ${cq && cp ? `${ms(cq)} → ${ms(cp)} | ${dc! >= 0 ? '+' : ''}${dc!.toFixed(0)} %` : '- | -'} |`);
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
