// Everything the bench builds at bench time, into bench/.build/ (gitignored): the two peer
// pages (Vite), our pages' HTML (each element alone through the loader, the floor, many maps, the
// 98-row table) and the dataset they load. Nothing in packages/ is touched; packages are read
// from the snapshot of their dist/ (config.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { municipalityValues, resolveMunicipality, NOT_REGISTERED, type Dataset } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import { geometry } from '@kl-digital/core/geo';
import { BENCH_DIR, BUILD_DIR, CARD_CODE, CDN_DIR, ELEMENTS_DIST, MAP_COUNTS } from './config.js';

export const PAGES_DIR = join(BUILD_DIR, 'pages');
export const PEERS_DIR = join(BUILD_DIR, 'peers');
export const DATA_DIR = join(BUILD_DIR, 'data');
export const GEOJSON_URL = '/geo/dagi-kommuner-2014.geojson';
/**
 * The profile check's downloads (served from DATA_DIR, random bytes, which do not compress): one
 * byte, whose time from fetch to last byte is the round trip the page saw, then CALIBRATION_BYTES,
 * whose time beyond that is the throughput. (Chromium's emulated latency holds back a response's
 * body, not its headers: Resource Timing's responseStart does not show it, responseEnd does.)
 */
const CALIBRATION_URLS = ['/build/data/calibrate-1.bin', '/build/data/calibrate-100000.bin'] as const;
export const CALIBRATION_BYTES = 100_000;
/** Where the CDN folder of the elements (dist/cdn/) is served: the loader is `${CDN_URL}kl-elements.js`. */
export const CDN_URL = '/elements/cdn/';

/** dist/cdn/chunks.json: the loader, and per tag the files a page with only that element downloads (its chunk first). */
export interface Chunks {
  loader: string;
  elements: Record<string, string[]>;
}

export function readChunks(): Chunks | null {
  const file = join(CDN_DIR, 'chunks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Chunks) : null;
}

const quiet: Pick<InlineConfig, 'configFile' | 'logLevel' | 'clearScreen' | 'envDir'> = { configFile: false, logLevel: 'warn', clearScreen: false, envDir: false };

// ---- colours and names shared by the three maps ------------------------------------------------

export interface Colouring {
  /** Four-digit code to fill colour: our palette (light theme) for the municipality's category. */
  colors: Record<string, string>;
  fallback: string;
}

export async function colouring(): Promise<Colouring> {
  // The palette is internal to packages/elements (not exported): read its built module by path.
  const palette = (await import(pathToFileURL(join(ELEMENTS_DIST, 'shared/palette.js')).href)) as {
    PALETTE: { light: { values: Record<string, string> } };
  };
  const values = palette.PALETTE.light.values;
  const { values: byCode } = municipalityValues(dataset as Dataset, { colorBy: 'category' });
  const colors: Record<string, string> = {};
  for (const [code, value] of byCode) colors[code] = values[value] ?? values[NOT_REGISTERED]!;
  return { colors, fallback: values[NOT_REGISTERED]! };
}

export interface ReactArea {
  id: string;
  code: string;
  displayName: string;
}

export interface PeerCoverage {
  /** Our municipalities the peer cannot show (no area with that code). */
  missing: { code: string; name: string }[];
  /** Areas of the peer whose code we do not know. */
  unknown: { code: string; name: string }[];
  /** Areas whose name resolves to another municipality than their code (a naming or code mix-up). */
  nameMismatch: { code: string; name: string; resolvesTo: string | null }[];
  /** Names written differently from ours, matched by code. */
  renamed: { code: string; ours: string; theirs: string }[];
  count: number;
}

/** The 98 areas of react-denmark-map's <Municipalities>, read by rendering it once in Node. */
export function reactAreas(): ReactArea[] {
  const require = createRequire(join(BENCH_DIR, 'package.json'));
  const React = require('react') as typeof import('react');
  const { renderToStaticMarkup } = require('react-dom/server') as { renderToStaticMarkup: (el: unknown) => string };
  const { Municipalities } = require('react-denmark-map') as { Municipalities: (props: object) => unknown };
  const areas: ReactArea[] = [];
  const warn = console.error;
  console.error = () => {}; // its defaultProps deprecation warning
  try {
    renderToStaticMarkup(
      React.createElement(Municipalities as never, {
        customizeAreas: (a: { id: string; code: string; display_name: string }) => {
          areas.push({ id: a.id, code: String(a.code).padStart(4, '0'), displayName: a.display_name });
          return undefined;
        },
      }),
    );
  } finally {
    console.error = warn;
  }
  return areas;
}

function coverage(theirs: { code: string; name: string }[]): PeerCoverage {
  const ds = dataset as Dataset;
  const ours = new Map(ds.municipalities.map((m) => [m.code, m.name]));
  const codes = new Set(theirs.map((t) => t.code));
  const seen = new Set<string>();
  const result: PeerCoverage = { missing: [], unknown: [], nameMismatch: [], renamed: [], count: codes.size };
  for (const [code, name] of ours) if (!codes.has(code)) result.missing.push({ code, name });
  for (const { code, name } of theirs) {
    if (seen.has(code)) continue;
    seen.add(code);
    if (!ours.has(code)) {
      result.unknown.push({ code, name });
      continue;
    }
    const resolved = resolveMunicipality(ds, name);
    const to = resolved.found ? resolved.municipality.code : null;
    if (to !== code) result.nameMismatch.push({ code, name, resolvesTo: to });
    if (name !== ours.get(code)) result.renamed.push({ code, ours: ours.get(code)!, theirs: name });
  }
  return result;
}

export function reactCoverage(areas: ReactArea[]): PeerCoverage {
  return coverage(areas.map((a) => ({ code: a.code, name: a.displayName })));
}

export interface DagiInfo {
  features: number;
  points: number;
  coverage: PeerCoverage;
}

export function dagiInfo(file: string): DagiInfo {
  const geojson = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: { KOMKODE: string; KOMNAVN: string }; geometry: { coordinates: number[][][] } }[];
  };
  let points = 0;
  for (const f of geojson.features) for (const ring of f.geometry.coordinates) points += ring.length;
  // Christiansø (0411) is no municipality: land, not a 99th municipality.
  const theirs = geojson.features.map((f) => ({ code: f.properties.KOMKODE, name: f.properties.KOMNAVN })).filter((t) => t.code !== '0411');
  return { features: geojson.features.length, points, coverage: coverage(theirs) };
}

// ---- the peer pages ---------------------------------------------------------------------------

export async function buildPeers(colours: Colouring): Promise<{ react: string; d3: string }> {
  const define = {
    __KL_COLORS__: JSON.stringify(colours.colors),
    __KL_FALLBACK__: JSON.stringify(colours.fallback),
    __KL_GEOJSON_URL__: JSON.stringify(GEOJSON_URL),
  };
  const out: Record<string, string> = {};
  // Page folder per peer (the d3 page projects the DAGI GeoJSON served from ../shared).
  const folders: Record<string, string> = { 'react-denmark-map': 'react-denmark-map', 'd3-dagi': 'd3-geojson' };
  for (const name of ['react-denmark-map', 'd3-dagi']) {
    await build({
      ...quiet,
      root: join(BENCH_DIR, 'pages', folders[name]!),
      base: `/build/peers/${name}/`,
      define,
      build: {
        outDir: join(PEERS_DIR, name),
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: false,
        copyPublicDir: false,
        modulePreload: { polyfill: false },
      },
    });
    out[name] = `/build/peers/${name}/index.html`;
  }
  return { react: out['react-denmark-map']!, d3: out['d3-dagi']! };
}

// ---- our pages ----------------------------------------------------------------------------------

function page(title: string, script: string | null, body: string): string {
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <style>
      body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }
      main { max-width: 1180px; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px; max-width: none; }
      #floor { display: block; width: 100%; height: auto; }
    </style>
    ${script ? `<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/** What a page of one of our elements must show to count as painted (the instrument's spec). */
export type Readiness = { kind: 'kl-map'; count: number } | { kind: 'kl-table' } | { kind: 'kl-element'; ready: { chain: string[]; min: number }[] };

export interface ElementPage {
  tag: string;
  url: string;
  /** The element as it is on the page, attributes and all. */
  markup: string;
  readiness: Readiness;
}

export interface OurPages {
  blank: string;
  /**
   * The profile check: times a fixed loop while it loads (window.__work, ms), then downloads one
   * byte and then CALIBRATION_BYTES, and resolves window.__net to their times from fetch to last
   * byte (`roundTrip`, `big`, ms; Resource Timing).
   */
  calibrate: string;
  floor: string;
  /** Each element of chunks.json alone through the loader, in chunks.json's order. */
  elements: ElementPage[];
  maps: Record<number, string>;
  table98: string;
}

const MUNICIPALITY_PATH = 'path[part~="municipality"]';

/** The element with what it needs to show something (a card its municipality or initiative), and what painted means for it. */
function elementOnPage(tag: string): Omit<ElementPage, 'url'> {
  const content = (...chains: [string[], number][]): Readiness => ({ kind: 'kl-element', ready: chains.map(([chain, min]) => ({ chain, min })) });
  switch (tag) {
    case 'kl-denmark-map':
      return { tag, markup: '<kl-denmark-map></kl-denmark-map>', readiness: { kind: 'kl-map', count: 1 } };
    case 'kl-strategy-table':
      return { tag, markup: '<kl-strategy-table></kl-strategy-table>', readiness: { kind: 'kl-table' } };
    case 'kl-municipality-card':
      return { tag, markup: `<kl-municipality-card municipality="${CARD_CODE}"></kl-municipality-card>`, readiness: content([[tag, '[part~="base"]'], 1]) };
    case 'kl-initiative-card':
      return { tag, markup: `<kl-initiative-card initiative="${dataset.initiatives[0]!.id}"></kl-initiative-card>`, readiness: content([[tag, '[part~="base"]'], 1]) };
    case 'kl-initiative-list':
      // Its content is its cards' content.
      return { tag, markup: '<kl-initiative-list></kl-initiative-list>', readiness: content([[tag, 'kl-initiative-card', '[part~="base"]'], 1]) };
    case 'kl-key-figures':
      return { tag, markup: '<kl-key-figures></kl-key-figures>', readiness: content([[tag, '[part~="figure"]'], 1]) };
    case 'kl-strategy-explorer':
      // Its map drawn and its table's first rows.
      return {
        tag,
        markup: '<kl-strategy-explorer></kl-strategy-explorer>',
        readiness: content([[tag, 'kl-denmark-map', MUNICIPALITY_PATH], 98], [[tag, 'kl-strategy-table', 'tbody tr'], 1]),
      };
    case 'kl-strategy-timeline':
      // Its chart drawn.
      return { tag, markup: '<kl-strategy-timeline></kl-strategy-timeline>', readiness: content([[tag, '[part~="chart"]'], 1]) };
    default:
      // An element the bench does not know yet: its base part.
      return { tag, markup: `<${tag}></${tag}>`, readiness: content([[tag, '[part~="base"]'], 1]) };
  }
}

/**
 * A dataset with all 98 municipalities registered: the 64 real entries plus one for each of
 * the 34 others, copied from an entry whose form has a category rule. It passes the schema; a
 * bigger one cannot (one entry per municipality, 98 municipalities).
 */
export function dataset98(): Dataset {
  const ds = dataset as Dataset;
  const entered = new Set(ds.entries.map((e) => e.code));
  const template = ds.entries.find((e) => e.category === 'strategy') ?? ds.entries[0]!;
  const extra = ds.municipalities
    .filter((m) => !entered.has(m.code))
    .map((m) => ({ ...template, code: m.code, municipality: m.name, url: null, linkText: `Digitaliseringsstrategi (${m.name})` }));
  return { ...ds, entries: [...ds.entries, ...extra] };
}

/**
 * The floor: the 98 municipality paths our map draws (core's pre-projected geometry), coloured
 * the same, as static SVG in the HTML. No script, no shadow DOM, no legend: the best any map can
 * do on the same network, one request.
 */
function floorSvg(colours: Colouring): string {
  const paths = geometry.municipalities.map((m) => `<path fill="${colours.colors[m.code] ?? colours.fallback}" stroke="#fff" stroke-width="0.5" d="${m.d}"></path>`);
  return `<svg id="floor" viewBox="0 0 ${geometry.width} ${geometry.height}" role="img" aria-label="Kort over kommunerne">\n${paths.join('\n')}\n</svg>`;
}

export function writeOurPages(chunks: Chunks, colours: Colouring): OurPages {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const write = (name: string, html: string) => {
    writeFileSync(join(PAGES_DIR, name), html);
    return `/build/pages/${name}`;
  };
  const loader = `${CDN_URL}${chunks.loader}`;
  const elements = Object.keys(chunks.elements).map((tag) => {
    const el = elementOnPage(tag);
    return { ...el, url: write(`${tag}.html`, page(`<${tag}> alone`, loader, `    <main>${el.markup}</main>`)) };
  });
  const maps: Record<number, string> = {};
  for (const n of MAP_COUNTS.filter((n) => n > 1)) {
    maps[n] = write(`maps-${n}.html`, page(`${n} × <kl-denmark-map>`, loader, `    <main class="grid">\n${'      <kl-denmark-map></kl-denmark-map>\n'.repeat(n)}    </main>`));
  }
  writeFileSync(join(DATA_DIR, 'dataset-98.json'), JSON.stringify(dataset98()));
  // Random bytes do not compress (and .bin is sent as it is): what arrives is what the network carried.
  CALIBRATION_URLS.forEach((url, i) => writeFileSync(join(DATA_DIR, url.split('/').pop()!), randomBytes(i === 0 ? 1 : CALIBRATION_BYTES)));
  return {
    blank: write('blank.html', page('blank', null, '    <main></main>')),
    calibrate: write(
      'calibrate.html',
      page(
        'calibrate',
        null,
        `    <script>{ const t = performance.now(); let x = 0; for (let i = 0; i < 1.2e7; i++) x += i % 7; window.__work = performance.now() - t; window.__sink = x; }
      const time = (url) => fetch(url).then((r) => r.arrayBuffer()).then(() => { const e = performance.getEntriesByName(new URL(url, location.href).href)[0]; return e.responseEnd - e.startTime; });
      window.__net = time('${CALIBRATION_URLS[0]}').then((roundTrip) => time('${CALIBRATION_URLS[1]}').then((big) => ({ roundTrip, big })));</script>`,
      ),
    ),
    floor: write('floor.html', page('the floor: 98 paths inline', null, `    <main>${floorSvg(colours)}</main>`)),
    elements,
    maps,
    table98: write('table-98.html', page('<kl-strategy-table> with 98 entries', loader, '    <main><kl-strategy-table src="/build/data/dataset-98.json"></kl-strategy-table></main>')),
  };
}
