// What the bench runs and how often. Override with environment variables for a quick look
// (BENCH_RUNS=3 BENCH_WARMUPS=1 npm run bench -w @kl-digital/bench); the committed numbers use
// the defaults.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(BENCH_DIR, '..');
export const BUILD_DIR = resolve(BENCH_DIR, '.build');
export const ELEMENTS_DIR = resolve(REPO_ROOT, 'packages/elements');
/**
 * The snapshot of packages/elements the bench measures (package.json and dist/, taken when it
 * starts; package.json for its `sideEffects`, which decide what a bundler may drop).
 */
export const ELEMENTS_SNAPSHOT = resolve(BUILD_DIR, 'elements');
export const ELEMENTS_DIST = resolve(ELEMENTS_SNAPSHOT, 'dist');
export const CDN_BUNDLE = resolve(ELEMENTS_DIST, 'cdn/kl-elements.js');

const int = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

/** Measured runs per page, each in a fresh browser context. */
export const RUNS = int('BENCH_RUNS', 15);
/** Runs before those, thrown away (JIT, disk cache of the OS, the server's first reads). */
export const WARMUPS = int('BENCH_WARMUPS', 2);
/**
 * Runs for the secondary pages (the map from its own entry, the pages with 10 and 50 maps, the
 * table with 98 rows), after one warm-up: fewer, to keep the whole bench near 3 minutes on 2 cores.
 */
export const SECONDARY_RUNS = int('BENCH_SECONDARY_RUNS', Math.min(RUNS, 9));
export const SECONDARY_WARMUPS = Math.min(WARMUPS, 1);

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Map counts of the "how cost grows" page. */
export const MAP_COUNTS = [1, 10, 50] as const;

/** The municipality hovered on every map: large, inland, in view at both viewports. */
export const HOVER_CODE = '0791';
export const HOVER_NAME = 'Viborg';

/**
 * The keystrokes measured in the table's search, in order: a letter into the empty box (all
 * rows to a subset: 64 -> 21 entries, 98 -> 29, by core's tableView), then Backspace (back
 * to all rows). Each must change the rows: "done" is the first painted frame where they changed.
 */
export const SEARCH_KEYS = ['v', 'Backspace'] as const;

/** Synthetic entries for core's selectors in Node. */
export const SELECTOR_ENTRIES = 10_000;

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (Debian: apt-get install -y chromium) or set CHROME_PATH. The bench never downloads a browser.`);
  }
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // gc() for the heap measurements, and unrounded performance.memory.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/** The full-resolution DAGI boundaries, served to the d3 page (never copied into the repo). */
export function dagiPath(): string | null {
  const candidates = [process.env.KL_DAGI_GEOJSON, resolve(REPO_ROOT, '../shared/geo/dagi-kommuner-2014.geojson')].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}
