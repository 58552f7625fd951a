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
  ELEMENTS_DIR,
  ELEMENTS_DIST,
  ELEMENTS_SNAPSHOT,
  HOVER_CODE,
  SECONDARY_RUNS,
  SECONDARY_WARMUPS,
  MAP_COUNTS,
  REPO_ROOT,
  RUNS,
  SEARCH_KEYS,
  VIEWPORTS,
  WARMUPS,
  dagiPath,
  type ViewportName,
} from './config.js';
import {
  BUNDLES_DIR,
  GEOJSON_URL,
  buildEntryBundles,
  buildPeers,
  colouring,
  dagiInfo,
  dataset98,
  reactAreas,
  reactCoverage,
  writeOurPages,
} from './build.js';
import { launch, runPages, runProbe, type PageDef, type PageResult } from './browser.js';
import { evaluateBudgets, renderMarkdown, type Results } from './report.js';
import { timeSelectors } from './selectors.js';
import { startServer } from './server.js';
import { shortHash, sizeOf } from './sizes.js';
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

async function main(): Promise<void> {
  if (!existsSync(join(ELEMENTS_DIR, 'dist/cdn/kl-elements.js'))) {
    console.error(`packages/elements/dist/cdn/kl-elements.js is missing: run the build first (npm run bench from the repository root builds it).`);
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
    durationSeconds: 0,
  };
  log(`bench: ${RUNS} runs after ${WARMUPS} warm-ups per page (secondary pages: ${SECONDARY_RUNS} after ${SECONDARY_WARMUPS}); ${meta.cpu}, ${meta.cores} cores, load ${meta.loadAverage.start.join(' ')}`);

  // A snapshot of packages/elements/dist taken now: the bundles are made from it and our pages
  // load it, so that a rebuild of packages/ while the bench runs cannot change the code under
  // test half-way (the SHA-256 of each measured file is in the results).
  rmSync(ELEMENTS_SNAPSHOT, { recursive: true, force: true });
  cpSync(join(ELEMENTS_DIR, 'dist'), ELEMENTS_DIST, { recursive: true });
  cpSync(join(ELEMENTS_DIR, 'package.json'), join(ELEMENTS_SNAPSHOT, 'package.json'));

  // ---- Node: core's selectors (before the browser starts, so nothing else runs) --------------
  log(`core selectors in Node (${elapsed()})`);
  const selectors = timeSelectors(RUNS, WARMUPS);

  // ---- builds ------------------------------------------------------------------------------
  log(`building bundles and peer pages with Vite into bench/.build (${elapsed()})`);
  const bundles = await buildEntryBundles();
  const colours = await colouring();
  const peers = await buildPeers(colours);
  const pages = writeOurPages();
  const areas = reactAreas();
  const dagi = dagiPath();
  const dagiData = dagi ? dagiInfo(dagi) : null;
  const sizes = bundles.map((b) => ({ id: b.id, label: b.label, how: b.how, file: b.file.replace(REPO_ROOT + '/', ''), sha256: shortHash(b.file), size: sizeOf(b.file) }));

  // ---- browser -----------------------------------------------------------------------------
  const mounts: Record<string, string> = { '/elements/dist/': ELEMENTS_DIST, '/build/': BUILD_DIR };
  if (dagi) mounts[GEOJSON_URL] = dagi;
  const server = await startServer(mounts);
  const browser = await launch();
  meta.chromium = browser.version();
  meta.chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
  log(`Chromium ${meta.chromium}, server ${server.origin} (${elapsed()})`);

  const ids: Record<string, string> = Object.fromEntries(areas.map((a) => [a.code, a.id]));
  const defs: PageDef[] = [];
  const base = { runs: RUNS, warmups: WARMUPS };
  const secondary = { runs: SECONDARY_RUNS, warmups: SECONDARY_WARMUPS };
  // The baseline for CPU time: a page with nothing in it, served and loaded the same way.
  defs.push({ ...base, id: 'blank@desktop', who: 'blank', label: 'a blank page (baseline)', url: pages.blank, viewport: 'desktop', kind: 'blank', spec: { maxMs: 5000 }, hover: false });
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    // Hover is measured at 1280×900 only: at 360×800 the reader has a touch screen.
    const hover = viewport === 'desktop';
    defs.push({ ...base, id: `ours@${viewport}`, who: 'ours', label: '<kl-denmark-map>, CDN bundle', url: pages.map, viewport, kind: 'kl-map', spec: { count: 1, maxMs: 15000 }, hover });
    if (pages.mapElement && viewport === 'desktop') {
      defs.push({ ...secondary, id: `ours-element@${viewport}`, who: 'ours-element', label: '<kl-denmark-map>, its own entry bundled', url: pages.mapElement, viewport, kind: 'kl-map', spec: { count: 1, maxMs: 15000 }, hover });
    }
    defs.push({ ...base, id: `react-denmark-map@${viewport}`, who: 'react-denmark-map', label: 'react-denmark-map 1.0.0, React 18', url: peers.react, viewport, kind: 'react-map', spec: { count: areas.length, ids, maxMs: 15000 }, hover });
    if (dagiData) {
      defs.push({ ...base, id: `d3-dagi@${viewport}`, who: 'd3-dagi', label: 'd3-geo + DAGI GeoJSON', url: peers.d3, viewport, kind: 'd3-map', spec: { count: dagiData.features, maxMs: 20000 }, hover });
    }
  }
  for (const n of MAP_COUNTS.filter((n) => n > 1)) {
    defs.push({ ...secondary, id: `ours-maps-${n}@desktop`, who: `ours×${n}`, label: `${n} × <kl-denmark-map> on one page`, url: pages.maps[n]!, viewport: 'desktop', kind: 'kl-map', spec: { count: n, maxMs: 30000 }, hover: false });
  }
  const tableDefs: PageDef[] = [
    { ...base, id: 'table-64@desktop', who: 'table-64', label: '<kl-strategy-table>, bundled dataset: 64 entries', url: pages.table, viewport: 'desktop', kind: 'kl-table', spec: { expectedRows: dataset.entries.length, maxMs: 10000 }, hover: false },
    { ...secondary, id: 'table-all@desktop', who: 'table-all', label: '<kl-strategy-table scope="all">: 64 entries + 34 not registered', url: pages.tableAll, viewport: 'desktop', kind: 'kl-table', spec: { expectedRows: dataset.municipalities.length, maxMs: 10000 }, hover: false },
    { ...secondary, id: 'table-98@desktop', who: 'table-98', label: '<kl-strategy-table>, a valid dataset with 98 entries (synthetic) set as .dataset', url: pages.table98, viewport: 'desktop', kind: 'kl-table', spec: { expectedRows: dataset98().entries.length, maxMs: 10000 }, hover: false },
  ];

  let results: PageResult[] = [];
  log(`pages, interleaved round by round (${elapsed()}):`);
  try {
    // Is there a table to measure? One load tells; without it the table pages are skipped.
    const probe: PageResult = { def: { ...tableDefs[0]!, runs: 1, warmups: 0 }, runs: [], failures: [] };
    await runProbe(browser, server, probe);
    const skipTables = probe.skipped;
    if (skipTables) log(`  ${skipTables}: the table pages are skipped`);
    results = await runPages(browser, server, skipTables ? defs : [...defs, ...tableDefs], log);
    if (skipTables) results.push(...tableDefs.map((def) => ({ def, runs: [], failures: [], skipped: skipTables })));
  } finally {
    await browser.close();
    await server.close();
  }

  meta.loadAverage.end = os.loadavg().map((x) => Math.round(x * 100) / 100);
  meta.durationSeconds = Math.round((performance.now() - started) / 1000);
  const budgets = JSON.parse(readFileSync(join(BENCH_DIR, 'budgets.json'), 'utf8'));
  const previousFile = join(BENCH_DIR, 'results.json');
  let previous: Results | null = null;
  try {
    previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Results) : null;
  } catch {
    previous = null;
  }
  const out: Results = {
    meta,
    method: {
      hoverCode: HOVER_CODE,
      searchKeys: SEARCH_KEYS,
      viewports: VIEWPORTS,
      server: 'node:http on 127.0.0.1, uncompressed, Cache-Control: no-store; a new browser context per run',
    },
    sizes,
    pages: results.map(summarizePage),
    selectors,
    peers: {
      'react-denmark-map': { areas: areas.length, coverage: reactCoverage(areas) },
      'd3-dagi': dagiData ? { file: dagi, features: dagiData.features, points: dagiData.points, coverage: dagiData.coverage } : null,
    },
    budgets: [],
  };
  out.budgets = evaluateBudgets(budgets, out);
  writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(out, null, 2) + '\n');
  const md = renderMarkdown(out, previous);
  writeFileSync(join(BENCH_DIR, 'results.md'), md);
  console.log('\n' + md);
  log(`bench: done in ${meta.durationSeconds} s; wrote bench/results.json and bench/results.md (bundles in ${BUNDLES_DIR.replace(REPO_ROOT + '/', '')})`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
