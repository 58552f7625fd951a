// The page runs: one browser for the whole bench, a fresh context (no cache, no storage) for
// every run, the same server, viewport and launch flags for ours and the peers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { BENCH_DIR, CHROMIUM_ARGS, HOVER_CODE, HOVER_NAME, SEARCH_KEYS, VIEWPORTS, chromePath, type ViewportName } from './config.js';
import type { Served, StaticServer } from './server.js';

const INSTRUMENT = readFileSync(join(BENCH_DIR, 'src/page/instrument.js'), 'utf8');
const RUN_TIMEOUT_MS = 30_000;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
}

export type PageKind = 'kl-map' | 'react-map' | 'd3-map' | 'kl-table' | 'blank';

export interface PageDef {
  id: string;
  /** Who: ours, or a peer's name. */
  who: string;
  label: string;
  url: string;
  viewport: ViewportName;
  kind: PageKind;
  /** Passed to the in-page instrument. */
  spec: Record<string, unknown>;
  runs: number;
  warmups: number;
  hover: boolean;
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
  /** Our element defined: the bundle has been fetched, parsed and run. */
  defined: number | null;
  heap: number | null;
  /**
   * CPU time of the renderer when the page had painted (Chromium's Performance.getMetrics in
   * thread time, ms): its main thread, the whole process, and the main thread's script, layout
   * and style work. CPU time barely moves when other processes compete for the cores; wall
   * time does. It includes the renderer's start-up, which the blank page measures.
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
const settle = (page: Page) => page.evaluate(SETTLE);

async function oneRun(browser: Browser, server: StaticServer, def: PageDef): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORTS[def.viewport], deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INSTRUMENT.replace('__BENCH_SPEC__', JSON.stringify({ ...def.spec, kind: def.kind })) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // No network but ours: checked, not intercepted (interception would slow every request).
    page.on('request', (r) => !r.url().startsWith(server.origin) && errors.push(`request outside the bench server: ${r.url()}`));
    server.take();
    await page.goto(server.origin + def.url, { waitUntil: 'load' });
    const loaded = (await page.evaluate('window.__bench.loaded')) as {
      painted?: { painted: number } | null;
      fcp: number | null;
      defined?: boolean;
      tag?: string;
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
    const served = server.take();
    const result: RunResult = {
      painted: null,
      fcp: loaded.fcp ?? null,
      resourcesEnd: null,
      defined: null,
      heap: null,
      cpu: Number.isFinite(cpu.thread) ? cpu : null,
      served,
      errors,
    };

    if (loaded.defined === false) {
      throw new NotBuilt(def.kind === 'kl-table' ? 'kl-strategy-table not built' : `<${loaded.tag}> is not defined by the page's bundle`);
    }
    if (def.kind === 'kl-table') {
      result.painted = loaded.allRows?.painted ?? null;
      result.firstRow = loaded.firstRow?.painted ?? null;
      result.rows = loaded.rows ?? 0;
    } else {
      result.painted = loaded.painted?.painted ?? null;
    }
    if (result.painted === null && result.firstRow == null) throw new Error(`nothing painted within ${String(def.spec.maxMs)} ms`);
    await settle(page);
    result.heap = (await page.evaluate('window.__bench.heap()')) as number | null;
    await settle(page);

    if (def.hover) result.hover = await hover(page);
    if (def.kind === 'kl-table') {
      result.sort = await sort(page);
      result.keys = await typeSearch(page);
    }
    await attachEventTiming(page, [result.hover, result.sort, ...(result.keys ?? [])]);
    result.fcp = (await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")) as number | null;
    result.resourcesEnd = (await page.evaluate('window.__bench.resourcesEnd()')) as number | null;
    const marks = (await page.evaluate('window.__bench.marks')) as Record<string, number>;
    result.defined = marks['kl-denmark-map:defined'] ?? marks['kl-strategy-table:defined'] ?? null;
    result.errors.push(...((await page.evaluate('window.__bench.errors')) as string[]));
    return result;
  } finally {
    await context.close();
  }
}

/** The page's element does not exist in its bundle: the page is skipped, not failed. */
class NotBuilt extends Error {}

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
  await settle(page);
  await page.evaluate(`window.__bench.armHover(${JSON.stringify(HOVER_NAME)})`);
  await page.mouse.move(point.x, point.y);
  return (await page.evaluate('window.__bench.pending')) as Interaction;
}

async function sort(page: Page): Promise<Interaction | null> {
  const point = (await page.evaluate('window.__bench.sortControl()')) as { x: number; y: number } | null;
  if (!point) return null;
  await settle(page);
  await page.evaluate('window.__bench.armSort()');
  await page.mouse.click(point.x, point.y);
  const result = (await page.evaluate('window.__bench.pending')) as Interaction;
  await settle(page);
  return result;
}

async function typeSearch(page: Page): Promise<Interaction[]> {
  if (!(await page.evaluate('window.__bench.focusSearch()'))) return [];
  const out: Interaction[] = [];
  for (const key of SEARCH_KEYS) {
    await settle(page);
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

async function attempt(browser: Browser, server: StaticServer, def: PageDef, result: PageResult, measured: boolean, label: string): Promise<void> {
  try {
    const run = await withTimeout(oneRun(browser, server, def), RUN_TIMEOUT_MS, def.id);
    if (measured) result.runs.push(run);
  } catch (err) {
    if (err instanceof NotBuilt) {
      result.skipped = err.message;
      return;
    }
    result.failures.push(`${label}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** One unmeasured load, to see whether the page can be measured at all. */
export async function runProbe(browser: Browser, server: StaticServer, result: PageResult): Promise<void> {
  await attempt(browser, server, result.def, result, false, 'probe');
}

/**
 * Runs every page its warm-ups and runs, interleaved: round r loads each page once (in an
 * order rotated by r), so that whatever else the machine does at a moment falls on all pages
 * alike and the ratios between them, taken within the run, stay fair. A page that fails its
 * first three loads is given up; a table page whose element is not in the bundle is skipped.
 */
export async function runPages(browser: Browser, server: StaticServer, defs: PageDef[], log: (line: string) => void): Promise<PageResult[]> {
  const results: PageResult[] = defs.map((def) => ({ def, runs: [], failures: [] }));
  const rounds = Math.max(...defs.map((d) => d.warmups + d.runs));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < results.length; k++) {
      const result = results[(k + round) % results.length]!;
      const { def } = result;
      if (result.skipped || round >= def.warmups + def.runs) continue;
      if (result.runs.length === 0 && result.failures.length >= 3) continue;
      await attempt(browser, server, def, result, round >= def.warmups, `load ${round + 1}`);
    }
    log(`  round ${round + 1}/${rounds} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const result of results) {
    const painted = result.runs.map((r) => r.painted).filter((x): x is number => x !== null).sort((a, b) => a - b);
    const median = painted.length ? painted[Math.floor(painted.length / 2)]!.toFixed(0) : '-';
    log(`  ${result.def.id.padEnd(28)} ${result.skipped ?? `${result.runs.length} runs, painted median ${median} ms${result.failures.length ? `, ${result.failures.length} failed` : ''}`}`);
  }
  return results;
}
