// The page runs: one browser for the whole bench, a fresh context (no cache, no storage) for
// every run, the same server, viewport and launch flags for ours and the peers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { BENCH_DIR, CHROMIUM_ARGS, HOVER_CODE, HOVER_NAME, PROFILES, SEARCH_KEYS, chromePath, type ProfileName } from './config.js';
import type { Served, StaticServer } from './server.js';
import { summarize } from './stats.js';

const INSTRUMENT = readFileSync(join(BENCH_DIR, 'src/page/instrument.js'), 'utf8');
const RUN_TIMEOUT_MS = 30_000;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
}

export type PageKind = 'kl-map' | 'kl-element' | 'floor' | 'react-map' | 'd3-map' | 'kl-table' | 'blank';

export interface PageDef {
  id: string;
  /** What is on it, the same in both profiles: an element's tag (alone through the loader), `floor`, `react-denmark-map`, `ssr-map`, ... */
  who: string;
  label: string;
  url: string;
  profile: ProfileName;
  kind: PageKind;
  /** Passed to the in-page instrument. */
  spec: Record<string, unknown>;
  runs: number;
  warmups: number;
  hover: boolean;
  /** A table page: also a click on a column header (sort) and keys in its search box. */
  typing?: boolean;
  /** JavaScript off: the page's own scripts never run (the instrument runs in an isolated world). */
  noScript?: boolean;
}

export interface Interaction {
  /** The input event's timeStamp, ms from navigation start. */
  t0: number;
  /** From the input event's timeStamp to the first paint after its handlers. */
  nextPaint: number | null;
  /** From the input event's timeStamp to the first painted frame showing the result. */
  done: number | null;
  /** Event Timing entries (>= 16 ms) for this input. */
  eventTiming: { name: string; startTime: number; duration: number; inputDelay: number; processing: number }[];
}

export interface RunResult {
  /** ms from navigation start to the frame with everything shown painted (maps: all shapes; table: all rows). */
  painted: number | null;
  /** Table only: first row painted. */
  firstRow?: number | null;
  rows?: number;
  fcp: number | null;
  /** The last byte of the page's scripts and data arrived (max responseEnd of resources). */
  resourcesEnd: number | null;
  /** Our element defined: its code has been fetched, parsed and run. */
  defined: number | null;
  /** Our element's first update after it was defined done (a prerendered page: hydrated). */
  updated: number | null;
  heap: number | null;
  /**
   * CPU time of the renderer when the page had painted (Chromium's Performance.getMetrics in
   * thread time, ms): its main thread, the whole process, and the main thread's script, layout
   * and style work. CPU time barely moves when other processes compete for the cores; wall
   * time does. It includes the renderer's start-up, which the blank page measures (desktop; on
   * the phone it also includes the blank page loaded first, see emulate(), and is not reported).
   */
  cpu: { thread: number; process: number; script: number; layout: number; style: number } | null;
  hover?: Interaction | null;
  keys?: Interaction[];
  sort?: Interaction | null;
  served: Served[];
  errors: string[];
}

export interface PageResult {
  def: PageDef;
  runs: RunResult[];
  failures: string[];
  /** Set when the page could not be measured at all (e.g. the element does not exist). */
  skipped?: string;
}

// Waits for the page to be idle (or 100 ms), then two frames. A string, not a function, so that
// nothing the TypeScript loader adds to functions ends up in the page.
const SETTLE = `new Promise((resolve) => {
  const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
  if (window.requestIdleCallback) requestIdleCallback(frames, { timeout: 100 });
  else setTimeout(frames, 50);
})`;
const settle = (evaluate: Evaluate) => evaluate(SETTLE);

/**
 * Evaluates in the page's main world, or, with JavaScript off, in the isolated world where the
 * instrument runs (DevTools evaluation is allowed where the page's own scripts are not).
 */
type Evaluate = (expression: string) => Promise<unknown>;

const ISOLATED_WORLD = 'bench';

async function instrument(page: Page, cdp: CDPSession, def: PageDef, source: string): Promise<Evaluate> {
  if (!def.noScript) {
    await page.addInitScript({ content: source });
    return (expression) => page.evaluate(expression);
  }
  await cdp.send('Runtime.enable');
  let contextId: number | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === ISOLATED_WORLD) contextId = context.id;
  });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, worldName: ISOLATED_WORLD });
  return async (expression) => {
    if (contextId === null) throw new Error('the isolated world of the instrument was not created');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
}

/**
 * The profile's CPU slowdown and network, set on the page before it navigates. The slowdown
 * applies to the renderer process it is set in, and does not follow a navigation into a new one
 * (ChromeDevTools/devtools-protocol#174): so the page first loads a blank page of the same origin,
 * which puts it in the process of that site, and is slowed there; the measured page, same site,
 * then loads in the same process.
 */
async function emulate(page: Page, cdp: CDPSession, server: StaticServer, profile: ProfileName, blank: string): Promise<void> {
  const { cpuSlowdown, network } = PROFILES[profile];
  if (cpuSlowdown === 1 && !network) return;
  await page.goto(server.origin + blank, { waitUntil: 'load' });
  await throttle(cdp, profile);
}

/** The profile's CPU slowdown and network, on the renderer the page is in now. */
async function throttle(cdp: CDPSession, profile: ProfileName): Promise<void> {
  const { cpuSlowdown, network } = PROFILES[profile];
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: network.downloadBytesPerSecond,
      uploadThroughput: network.uploadBytesPerSecond,
    });
  }
}

/** What every run uses: the browser, the server, and the blank page loaded first in a throttled profile. */
export interface Runner {
  browser: Browser;
  server: StaticServer;
  blank: string;
}

async function oneRun({ browser, server, blank }: Runner, def: PageDef): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: PROFILES[def.profile].viewport,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    javaScriptEnabled: !def.noScript,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const evaluate = await instrument(page, cdp, def, INSTRUMENT.replace('__BENCH_SPEC__', JSON.stringify({ ...def.spec, kind: def.kind })));
    await emulate(page, cdp, server, def.profile, blank);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // No network but ours: checked, not intercepted (interception would slow every request).
    page.on('request', (r) => !r.url().startsWith(server.origin) && !r.url().startsWith('data:') && errors.push(`request outside the bench server: ${r.url()}`));
    server.take();
    await page.goto(server.origin + def.url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
    const loaded = (await evaluate('window.__bench.loaded')) as {
      painted?: { painted: number } | null;
      fcp: number | null;
      firstRow?: { painted: number } | null;
      allRows?: { painted: number } | null;
      rows?: number;
    };
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    const cpu = {
      thread: metric('ThreadTime'),
      process: metric('ProcessTime'),
      script: metric('ScriptDuration'),
      layout: metric('LayoutDuration'),
      style: metric('RecalcStyleDuration'),
    };
    const result: RunResult = {
      painted: null,
      fcp: loaded.fcp ?? null,
      resourcesEnd: null,
      defined: null,
      updated: null,
      heap: null,
      cpu: Number.isFinite(cpu.thread) ? cpu : null,
      served: [],
      errors,
    };

    if (def.kind === 'kl-table') {
      result.painted = loaded.allRows?.painted ?? null;
      result.firstRow = loaded.firstRow?.painted ?? null;
      result.rows = loaded.rows ?? 0;
    } else {
      result.painted = loaded.painted?.painted ?? null;
    }
    if (result.painted === null && result.firstRow == null) throw new Error(`nothing painted within ${String(def.spec.maxMs)} ms`);
    // Our element's first update after it was defined (on a prerendered page, after painted) is
    // timed in the profile too; then the CPU runs at full speed for the rest, which times nothing
    // of the profile (heap, hover and keys are desktop only).
    if (def.spec.tag && !def.noScript) await evaluate(`window.__bench.whenUpdated(${Number(def.spec.maxMs)})`);
    if (PROFILES[def.profile].cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await settle(evaluate);
    result.heap = (await evaluate('window.__bench.heap()')) as number | null;
    if (def.hover || def.typing) await settle(evaluate);

    if (def.hover) result.hover = await hover(page);
    if (def.typing) {
      result.sort = await sort(page);
      result.keys = await typeSearch(page);
    }
    await attachEventTiming(page, [result.hover, result.sort, ...(result.keys ?? [])]);
    result.fcp = (await evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")) as number | null;
    result.resourcesEnd = (await evaluate('window.__bench.resourcesEnd()')) as number | null;
    const marks = (await evaluate('window.__bench.marks')) as Record<string, number>;
    result.defined = marks.defined ?? null;
    result.updated = marks.updated ?? null;
    result.errors.push(...((await evaluate('window.__bench.errors')) as string[]));
    // What the page loaded, read last: a late request (a lazy chunk) counts too.
    result.served = server.take();
    return result;
  } finally {
    await context.close();
  }
}

/** What the profile check measured: the CPU slowdown and the network a page of that profile really got. */
export interface ProfileCheck {
  /** A fixed loop's time slowed ÷ unslowed (the fastest of each). */
  cpuSlowdown: number | null;
  /** A one-byte download from fetch to last byte, slowed profile (median), ms: the round trip. */
  roundTripMs: number | null;
  /** The big download's bytes over its time beyond the round trip, slowed profile (median), B/s. */
  downloadBytesPerSecond: number | null;
}

/**
 * Did the profile take? A page that times a fixed loop while it loads (about 50 ms unslowed) and
 * then downloads one byte and `bytes` of incompressible data, loaded `times` times in `profile` and unslowed,
 * alternately. The CPU ratio is that of the fastest of each (the least disturbed by whatever else
 * runs): Chromium slows a renderer by suspending its main thread in short slices, which a busy
 * machine blurs, so the ratio falls below the rate set when the cores are shared.
 */
export async function checkProfile({ browser, server, blank }: Runner, url: string, bytes: number, profile: ProfileName, times: number): Promise<ProfileCheck> {
  const work: Record<'slowed' | 'full', number[]> = { slowed: [], full: [] };
  const net: { roundTrip: number; big: number }[] = [];
  for (let i = 0; i < times; i++) {
    for (const which of ['slowed', 'full'] as const) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        // Both ways from the blank page, in a renderer already started: only the throttling differs.
        await page.goto(server.origin + blank, { waitUntil: 'load' });
        if (which === 'slowed') await throttle(cdp, profile);
        await page.goto(server.origin + url, { waitUntil: 'load' });
        work[which].push((await page.evaluate('window.__work')) as number);
        const timing = (await page.evaluate('window.__net')) as { roundTrip: number; big: number };
        if (which === 'slowed') net.push(timing);
      } finally {
        await context.close();
      }
    }
  }
  server.take();
  const slowed = Math.min(...work.slowed);
  const full = Math.min(...work.full);
  const transfer = summarize(net.map((n) => n.big - n.roundTrip))?.median;
  return {
    cpuSlowdown: Number.isFinite(slowed) && full > 0 ? slowed / full : null,
    roundTripMs: summarize(net.map((n) => n.roundTrip))?.median ?? null,
    downloadBytesPerSecond: transfer && transfer > 0 ? bytes / (transfer / 1000) : null,
  };
}

const mainWorld =
  (page: Page): Evaluate =>
  (expression) =>
    page.evaluate(expression);

/** Gives each input the Event Timing entries (>= 16 ms) that started with it. */
async function attachEventTiming(page: Page, inputs: (Interaction | null | undefined)[]): Promise<void> {
  const list = inputs.filter((x): x is Interaction => !!x).sort((a, b) => a.t0 - b.t0);
  if (list.length === 0) return;
  // Entries are reported after the frame is presented: give them a moment.
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 80))');
  const events = (await page.evaluate('window.__bench.events')) as Interaction['eventTiming'];
  list.forEach((input, i) => {
    const end = list[i + 1]?.t0 ?? Infinity;
    input.eventTiming = events.filter((e) => e.startTime >= input.t0 - 1 && e.startTime < end - 1);
  });
}

async function hover(page: Page): Promise<Interaction | null> {
  await page.mouse.move(1, 1);
  const point = (await page.evaluate(`window.__bench.pointIn(${JSON.stringify(HOVER_CODE)})`)) as { x: number; y: number } | null;
  if (!point) return null;
  await settle(mainWorld(page));
  await page.evaluate(`window.__bench.armHover(${JSON.stringify(HOVER_NAME)})`);
  await page.mouse.move(point.x, point.y);
  return (await page.evaluate('window.__bench.pending')) as Interaction;
}

async function sort(page: Page): Promise<Interaction | null> {
  const point = (await page.evaluate('window.__bench.sortControl()')) as { x: number; y: number } | null;
  if (!point) return null;
  await settle(mainWorld(page));
  await page.evaluate('window.__bench.armSort()');
  await page.mouse.click(point.x, point.y);
  const result = (await page.evaluate('window.__bench.pending')) as Interaction;
  await settle(mainWorld(page));
  return result;
}

async function typeSearch(page: Page): Promise<Interaction[]> {
  if (!(await page.evaluate('window.__bench.focusSearch()'))) return [];
  const out: Interaction[] = [];
  for (const key of SEARCH_KEYS) {
    await settle(mainWorld(page));
    await page.evaluate('window.__bench.armKey()');
    await page.keyboard.press(key);
    out.push((await page.evaluate('window.__bench.pending')) as Interaction);
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result in ${ms} ms`)), ms);
    }),
  ]);
}

async function attempt(runner: Runner, def: PageDef, result: PageResult, measured: boolean, label: string): Promise<void> {
  try {
    const run = await withTimeout(oneRun(runner, def), RUN_TIMEOUT_MS, def.id);
    if (measured) result.runs.push(run);
  } catch (err) {
    result.failures.push(`${label}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/**
 * Runs every page its warm-ups and runs, interleaved: each round loads every page due in it
 * once (in an order rotated per round), and a page with fewer loads than there are rounds has
 * them spread evenly over all rounds, so that whatever else the machine does at a moment falls
 * on all pages alike and the ratios between them, taken within the run, stay fair. A page that
 * fails its first three loads is given up.
 */
export async function runPages(runner: Runner, defs: PageDef[], log: (line: string) => void): Promise<PageResult[]> {
  const results: PageResult[] = defs.map((def) => ({ def, runs: [], failures: [] }));
  const loads = new Map<PageResult, number>();
  const rounds = Math.max(...defs.map((d) => d.warmups + d.runs));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < results.length; k++) {
      const result = results[(k + round) % results.length]!;
      const { def } = result;
      const total = def.warmups + def.runs;
      if (result.skipped || Math.floor(((round + 1) * total) / rounds) === Math.floor((round * total) / rounds)) continue;
      if (result.runs.length === 0 && result.failures.length >= 3) continue;
      const n = loads.get(result) ?? 0;
      loads.set(result, n + 1);
      await attempt(runner, def, result, n >= def.warmups, `load ${n + 1}`);
    }
    log(`  round ${round + 1}/${rounds} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const result of results) {
    const painted = result.runs.map((r) => r.painted ?? r.firstRow ?? null).filter((x): x is number => x !== null).sort((a, b) => a - b);
    const median = painted.length ? painted[Math.floor(painted.length / 2)]!.toFixed(0) : '-';
    log(`  ${result.def.id.padEnd(34)} ${result.skipped ?? `${result.runs.length} runs, painted median ${median} ms${result.failures.length ? `, ${result.failures.length} failed` : ''}`}`);
  }
  return results;
}
