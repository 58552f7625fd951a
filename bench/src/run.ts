// npm run bench: builds what the bench needs, runs every page in headless Chromium, times
// core's selectors in Node, and writes bench/results.json and bench/results.md. A benchmark,
// not a test: it asserts nothing and exits 0 whatever the numbers (budgets are only reported).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { dataset } from '@kl-digital/core/dataset';
import {
  BENCH_DIR,
  BUILD_DIR,
  CARD_CODE,
  CDN_DIR,
  DEMO_DIR,
  DEMO_SNAPSHOT,
  ELEMENTS_DIR,
  ELEMENTS_DIST,
  ELEMENTS_SNAPSHOT,
  HOVER_CODE,
  PROFILES,
  QUICK_RUN,
  SECONDARY_RUNS,
  SECONDARY_WARMUPS,
  REPO_ROOT,
  RUNS,
  SEARCH_KEYS,
  WARMUPS,
  dagiPath,
  type ProfileName,
} from './config.js';
import {
  CALIBRATION_BYTES,
  CDN_URL,
  DATA_DIR,
  GEOJSON_URL,
  PAGES_DIR,
  PEERS_DIR,
  buildPeers,
  colouring,
  dagiInfo,
  dataset98,
  reactAreas,
  reactCoverage,
  readChunks,
  writeOurPages,
  type Chunks,
  type Readiness,
} from './build.js';
import { checkProfile, launch, runPages, type PageDef } from './browser.js';
import { checkWarning, describeCheck, evaluateTargets, previousOf, renderTargets, runsOf, type Results } from './report.js';
import { RESULTS_JSON, readResults, writeReports } from './reports.js';
import { timeSelectors } from './selectors.js';
import { startServer } from './server.js';
import { shortHash, sizeOf, addSizes } from './sizes.js';
import { summarizePage } from './summary.js';

const started = performance.now();
const log = (line: string) => console.log(line);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The prerendered embed pages of apps/demo (issue 10): measured when they are built, "not built" until then. */
const PRERENDERED = [
  { who: 'ssr-map', tag: 'kl-denmark-map', path: 'embed/kl-denmark-map/index.html', label: 'prerendered map page (`embed/kl-denmark-map/`)', readiness: { kind: 'kl-map', count: 1 } },
  {
    who: 'ssr-card',
    tag: 'kl-municipality-card',
    path: `embed/kl-municipality-card/${CARD_CODE}/index.html`,
    label: `prerendered card page (\`embed/kl-municipality-card/${CARD_CODE}/\`)`,
    readiness: { kind: 'kl-element', ready: [{ chain: ['kl-municipality-card', '[part~="base"]'], min: 1 }] },
  },
] as const satisfies readonly { who: string; tag: string; path: string; label: string; readiness: Readiness }[];

/** What a page with only `tag` downloads through the one script tag, by chunks.json: the loader and the closure, each file compressed on its own. */
function closureSizes(chunks: Chunks): Results['closures'] {
  return Object.entries(chunks.elements).map(([tag, files]) => {
    const all = [chunks.loader, ...files];
    return { tag, files: all, size: addSizes(all.map((f) => sizeOf(join(CDN_DIR, f)))) };
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(ELEMENTS_DIR, 'dist/cdn/chunks.json'))) {
    console.error(`packages/elements/dist/cdn/chunks.json is missing: run the build first (npm run bench from the repository root builds it).`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(BUILD_DIR, { recursive: true });
  const cpus = os.cpus();
  const meta: Results['meta'] = {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    dirty: (git('status', '--porcelain') ?? '') !== '',
    node: process.version,
    chromium: '',
    chromiumPath: '',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: { start: os.loadavg().map((x) => Math.round(x * 100) / 100), end: [] },
    runs: RUNS,
    warmups: WARMUPS,
    secondaryRuns: SECONDARY_RUNS,
    secondaryWarmups: SECONDARY_WARMUPS,
    phoneCheck: null,
    durationSeconds: 0,
  };
  log(`bench: ${runsOf(meta)}${QUICK_RUN ? ', a quick run' : ''}; ${meta.cpu}, ${meta.cores} cores, load ${meta.loadAverage.start.join(' ')}`);

  // Snapshots of packages/elements/dist and apps/demo/dist taken now: our pages load them, so
  // that a rebuild while the bench runs cannot change the code under test half-way (the SHA-256
  // of each measured file is in the results). Source maps are left out: no page loads them.
  rmSync(ELEMENTS_SNAPSHOT, { recursive: true, force: true });
  cpSync(join(ELEMENTS_DIR, 'dist'), ELEMENTS_DIST, { recursive: true });
  cpSync(join(ELEMENTS_DIR, 'package.json'), join(ELEMENTS_SNAPSHOT, 'package.json'));
  rmSync(DEMO_SNAPSHOT, { recursive: true, force: true });
  if (existsSync(join(DEMO_DIR, 'dist'))) cpSync(join(DEMO_DIR, 'dist'), DEMO_SNAPSHOT, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const chunks = readChunks()!;
  const prerendered = PRERENDERED.map((p) => ({ ...p, built: existsSync(join(DEMO_SNAPSHOT, p.path)) }));

  // ---- Node: core's selectors (before the browser starts, so nothing else runs) --------------
  log(`core selectors in Node (${elapsed()})`);
  const selectors = timeSelectors(RUNS, WARMUPS);

  // ---- builds ------------------------------------------------------------------------------
  log(`building the peer pages with Vite and our pages into bench/.build (${elapsed()})`);
  const colours = await colouring();
  const peers = await buildPeers(colours);
  const pages = writeOurPages(chunks, colours);
  const areas = reactAreas();
  const dagi = dagiPath();
  const dagiData = dagi ? dagiInfo(dagi) : null;

  // ---- browser -----------------------------------------------------------------------------
  const mounts: Record<string, string> = { [CDN_URL]: CDN_DIR, '/build/pages/': PAGES_DIR, '/build/peers/': PEERS_DIR, '/build/data/': DATA_DIR };
  if (existsSync(DEMO_SNAPSHOT)) mounts['/'] = DEMO_SNAPSHOT;
  if (dagi) mounts[GEOJSON_URL] = dagi;
  log(`compressing what is served with brotli, quality 11 (cached in bench/.build/brotli) (${elapsed()})`);
  const server = await startServer(mounts);
  const measured = [join(CDN_DIR, 'kl-elements.js'), join(CDN_DIR, 'kl-elements.all.js'), ...new Set(Object.values(chunks.elements).flat().map((f) => join(CDN_DIR, f)))];
  const files = measured.filter(existsSync).map((file) => ({ file: file.replace(REPO_ROOT + '/', ''), sha256: shortHash(file), size: sizeOf(file) }));
  const browser = await launch();
  meta.chromium = browser.version();
  meta.chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
  log(`Chromium ${meta.chromium}, server ${server.origin} (${elapsed()})`);

  const ids: Record<string, string> = Object.fromEntries(areas.map((a) => [a.code, a.id]));
  const defs: PageDef[] = [];
  const skipped: { def: PageDef; why: string }[] = [];
  const primary = { runs: RUNS, warmups: WARMUPS };
  const secondary = { runs: SECONDARY_RUNS, warmups: SECONDARY_WARMUPS };
  const specOf = (r: Readiness, tag: string): { kind: PageDef['kind']; spec: Record<string, unknown> } =>
    r.kind === 'kl-table'
      ? { kind: 'kl-table', spec: { tag, expectedRows: dataset.entries.length, maxMs: 15000 } }
      : r.kind === 'kl-map'
        ? { kind: 'kl-map', spec: { tag, count: r.count, maxMs: 15000 } }
        : { kind: 'kl-element', spec: { tag, ready: r.ready, maxMs: 15000 } };

  for (const profile of ['phone', 'desktop'] as ProfileName[]) {
    const desktop = profile === 'desktop';
    const at = (who: string) => `${who}@${profile}`;
    // The baseline for CPU time (desktop): a page with nothing in it, served and loaded the same way.
    if (desktop) defs.push({ ...primary, id: at('blank'), who: 'blank', label: 'a blank page (baseline)', url: pages.blank, profile, kind: 'blank', spec: { maxMs: 5000 }, hover: false });
    defs.push({ ...(desktop ? secondary : primary), id: at('floor'), who: 'floor', label: 'the floor: 98 paths inline, no script', url: pages.floor, profile, kind: 'floor', spec: { maxMs: 5000 }, hover: false });
    for (const el of pages.elements) {
      // The map and the table are what the targets read, in both profiles; the other elements
      // are reported, on the phone only (where a reader waits for them).
      const main = el.tag === 'kl-denmark-map' || el.tag === 'kl-strategy-table';
      if (desktop && !main) continue;
      // Hover at 1280×900 only: at 360×800 the reader has a touch screen.
      const hover = desktop && el.tag === 'kl-denmark-map';
      defs.push({ ...(main ? primary : secondary), id: at(el.tag), who: el.tag, label: `\`${el.markup.replace(/<\/[a-z-]+>$/, '')}\` alone, loader`, url: el.url, profile, hover, ...specOf(el.readiness, el.tag) });
    }
    defs.push({ ...primary, id: at('react-denmark-map'), who: 'react-denmark-map', label: 'react-denmark-map 1.0.0, React 18', url: peers.react, profile, kind: 'react-map', spec: { count: areas.length, ids, maxMs: 15000 }, hover: desktop });
    if (dagiData) {
      defs.push({ ...secondary, id: at('d3-dagi'), who: 'd3-dagi', label: 'd3-geo + DAGI GeoJSON', url: peers.d3, profile, kind: 'd3-map', spec: { count: dagiData.features, maxMs: 20000 }, hover: desktop });
    }
    // The prerendered pages, with JavaScript on and off: on the phone, where the targets are.
    for (const p of desktop ? [] : prerendered) {
      for (const noScript of [false, true]) {
        const who = noScript ? `${p.who}-nojs` : p.who;
        const runs = !noScript && p.who === 'ssr-map' ? primary : secondary;
        const def: PageDef = { ...runs, id: at(who), who, label: `${p.label}, JavaScript ${noScript ? 'off' : 'on'}`, url: `/${p.path.replace(/index\.html$/, '')}`, profile, hover: false, noScript, ...specOf(p.readiness, p.tag) };
        if (p.built) defs.push(def);
        else skipped.push({ def, why: 'not built' });
      }
    }
    if (desktop) {
      for (const [n, url] of Object.entries(pages.maps)) {
        defs.push({ ...secondary, id: at(`maps-${n}`), who: `maps-${n}`, label: `${n} × \`<kl-denmark-map>\` on one page`, url, profile, kind: 'kl-map', spec: { tag: 'kl-denmark-map', count: Number(n), maxMs: 30000 }, hover: false });
      }
      defs.push({ ...primary, id: at('table-98'), who: 'table-98', label: '`<kl-strategy-table src="dataset-98.json">`: a valid dataset with all 98 registered (synthetic)', url: pages.table98, profile, kind: 'kl-table', spec: { tag: 'kl-strategy-table', expectedRows: dataset98().entries.length, maxMs: 10000 }, hover: false });
    }
  }
  // A table page also times a sort click and keys in its search box: on the desktop only.
  for (const def of defs) if (def.kind === 'kl-table') def.typing = def.profile === 'desktop';

  let results: Awaited<ReturnType<typeof runPages>> = [];
  const runner = { browser, server, blank: pages.blank };
  try {
    // Does the phone profile take? (The CPU slowdown is set per renderer process: see emulate().)
    const check = (meta.phoneCheck = await checkProfile(runner, pages.calibrate, CALIBRATION_BYTES, 'phone', 3));
    log(`phone profile as measured: ${describeCheck(check, PROFILES.phone)} (${elapsed()})`);
    const warning = checkWarning(check, PROFILES.phone);
    if (warning) log(`WARNING: ${warning}`);
    log(`${defs.length} pages, interleaved round by round (${elapsed()}):`);
    results = await runPages(runner, defs, log);
  } finally {
    await browser.close();
    await server.close();
  }
  results.push(...skipped.map(({ def, why }) => ({ def, runs: [], failures: [], skipped: why })));

  meta.loadAverage.end = os.loadavg().map((x) => Math.round(x * 100) / 100);
  meta.durationSeconds = Math.round((performance.now() - started) / 1000);
  const budgets = JSON.parse(readFileSync(join(BENCH_DIR, 'budgets.json'), 'utf8'));
  const out: Results = {
    meta,
    method: {
      hoverCode: HOVER_CODE,
      searchKeys: SEARCH_KEYS,
      profiles: PROFILES,
      server: 'node:http on 127.0.0.1, Cache-Control: no-store, text served with Content-Encoding: br (quality 11, compressed once at start); a new browser context per run',
    },
    files,
    closures: closureSizes(chunks),
    pages: results.map(summarizePage),
    selectors,
    peers: {
      'react-denmark-map': { areas: areas.length, coverage: reactCoverage(areas) },
      'd3-dagi': dagiData ? { file: dagi, features: dagiData.features, points: dagiData.points, coverage: dagiData.coverage } : null,
    },
    targets: [],
    budgets: [],
    previous: previousOf(readResults()),
  };
  out.targets = evaluateTargets(budgets.targets ?? [], out);
  out.budgets = evaluateTargets(budgets.budgets ?? [], out);
  writeFileSync(RESULTS_JSON, JSON.stringify(out, null, 2) + '\n');
  // A quick run's numbers (fewer runs than the defaults) are for a look, not for the README.
  const { written, markdown } = writeReports(out, !QUICK_RUN);
  console.log('\n' + markdown);
  log(`bench: done in ${meta.durationSeconds} s; wrote bench/results.json and ${written.join(' and ')}`);
  if (QUICK_RUN) log('A quick run (fewer runs than the defaults): README.md not written; `npm run report -w @kl-digital/bench` writes its bench section from results.json.');
  log('');
  log(renderTargets(out));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
