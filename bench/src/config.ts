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
/** What the CDN serves: the loader kl-elements.js, its chunks, chunks.json, kl-elements.all.js. */
export const CDN_DIR = resolve(ELEMENTS_DIST, 'cdn');
export const DEMO_DIR = resolve(REPO_ROOT, 'apps/demo');
/** The snapshot of apps/demo/dist (its prerendered embed pages and what they load), taken when the bench starts. */
export const DEMO_SNAPSHOT = resolve(BUILD_DIR, 'demo');

const int = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

const DEFAULT_RUNS = 11;
const DEFAULT_WARMUPS = 2;
const DEFAULT_SECONDARY_RUNS = 5;

/** Measured runs per page, each in a fresh browser context. */
export const RUNS = int('BENCH_RUNS', DEFAULT_RUNS);
/** Runs before those, thrown away (JIT, disk cache of the OS, the server's first reads). */
export const WARMUPS = int('BENCH_WARMUPS', DEFAULT_WARMUPS);
/**
 * Runs for the secondary pages (what no target reads: the other elements alone, the 10 maps, the
 * d3 peer on the phone, the prerendered pages on the desktop), after one warm-up: fewer, to keep
 * the whole bench within about 8 minutes on 2 cores.
 */
export const SECONDARY_RUNS = int('BENCH_SECONDARY_RUNS', Math.min(RUNS, DEFAULT_SECONDARY_RUNS));
export const SECONDARY_WARMUPS = Math.min(WARMUPS, 1);
/**
 * Fewer runs than the defaults: a quick look. Its numbers go to results.json and results.md
 * (to read, not to commit), never to the README.
 */
export const QUICK_RUN = RUNS < DEFAULT_RUNS || WARMUPS < DEFAULT_WARMUPS || SECONDARY_RUNS < DEFAULT_SECONDARY_RUNS;

/**
 * The two readers. "phone": a mid-range phone on a slow mobile network, as Lighthouse's mobile
 * profile models it: the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), 150 ms added to every
 * request's round trip, 1.6 Mbit/s down (200,000 B/s) and 750 kbit/s up (CDP
 * Network.emulateNetworkConditions, which throttles the bytes as they come off the wire, i.e.
 * compressed). "desktop": nothing throttled. Both are served with brotli, as a CDN serves.
 */
export type ProfileName = 'desktop' | 'phone';
export interface Profile {
  viewport: { width: number; height: number };
  cpuSlowdown: number;
  network: { latencyMs: number; downloadBytesPerSecond: number; uploadBytesPerSecond: number } | null;
  label: string;
}
export const PROFILES: Record<ProfileName, Profile> = {
  desktop: { viewport: { width: 1280, height: 900 }, cpuSlowdown: 1, network: null, label: '1280×900, nothing throttled' },
  phone: {
    viewport: { width: 360, height: 800 },
    cpuSlowdown: 4,
    network: { latencyMs: 150, downloadBytesPerSecond: 200_000, uploadBytesPerSecond: 93_750 },
    label: '360×800, 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up',
  },
};

/** Map counts of the "how cost grows" page (desktop). */
export const MAP_COUNTS = [1, 10, 50] as const;

/** The municipality hovered on every map (desktop only): large, inland, in view. */
export const HOVER_CODE = '0791';
export const HOVER_NAME = 'Viborg';

/**
 * The keystrokes measured in the table's search, in order: a letter into the empty box (all
 * rows to a subset: 64 -> 21 entries, 98 -> 29, by core's tableView), then Backspace (back
 * to all rows). Each must change the rows: "done" is the first painted frame where they changed.
 */
export const SEARCH_KEYS = ['v', 'Backspace'] as const;

/** The card shown by the card pages: Sorø, as the prerendered `embed/kl-municipality-card/0340/`. */
export const CARD_CODE = '0340';

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
