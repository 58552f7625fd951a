// Everything the bench builds at bench time, into bench/.build/ (gitignored): bundles of each
// entry point (so their sizes include Lit, core and the data), the two peer pages, and the
// HTML of our own pages. Nothing in packages/ is touched; packages are read from their dist/.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { municipalityValues, resolveMunicipality, NOT_REGISTERED, type Dataset } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import { BENCH_DIR, BUILD_DIR, CDN_BUNDLE, ELEMENTS_DIST, MAP_COUNTS } from './config.js';

export const BUNDLES_DIR = join(BUILD_DIR, 'bundles');
export const PAGES_DIR = join(BUILD_DIR, 'pages');
export const PEERS_DIR = join(BUILD_DIR, 'peers');
export const GEOJSON_URL = '/geo/dagi-kommuner-2014.geojson';

export interface EntryBundle {
  id: string;
  label: string;
  file: string;
  /** How it was made. */
  how: string;
}

/** The element entries that exist now: packages/elements/dist/<tag>/<tag>.js. */
export function elementTags(): string[] {
  const dist = ELEMENTS_DIST;
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^kl-[a-z-]+$/.test(d.name) && existsSync(join(dist, d.name, `${d.name}.js`)))
    .map((d) => d.name)
    .sort();
}

const quiet: Pick<InlineConfig, 'configFile' | 'logLevel' | 'clearScreen' | 'envDir'> = { configFile: false, logLevel: 'warn', clearScreen: false, envDir: false };

/**
 * One entry bundled alone as the CDN bundle is (Vite library mode, ES module, es2022): every
 * import inlined, nothing external. `fullyMinified` also strips whitespace and comments,
 * which Vite's library mode keeps for ES output.
 */
async function bundleEntry(id: string, source: string, fullyMinified = false): Promise<string> {
  const entries = join(BUILD_DIR, 'entries');
  mkdirSync(entries, { recursive: true });
  const entry = join(entries, `${id}.js`);
  writeFileSync(entry, source);
  await build({
    ...quiet,
    root: BENCH_DIR,
    build: {
      outDir: BUNDLES_DIR,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => `${id}.js` },
      ...(fullyMinified ? { rolldownOptions: { output: { minify: true, comments: false } } } : {}),
    },
  });
  return join(BUNDLES_DIR, `${id}.js`);
}

export async function buildEntryBundles(): Promise<EntryBundle[]> {
  rmSync(BUNDLES_DIR, { recursive: true, force: true });
  const bundles: EntryBundle[] = [
    { id: 'cdn', label: '`dist/cdn/kl-elements.js` (CDN bundle, all elements)', file: CDN_BUNDLE, how: 'as built by packages/elements' },
  ];
  const fromFile = (file: string) => JSON.stringify(pathToFileURL(file).pathname);
  bundles.push({
    id: 'cdn-minified',
    label: 'the same, fully minified (bench build)',
    file: await bundleEntry('cdn-minified', `export * from ${fromFile(join(ELEMENTS_DIST, 'index.js'))};\n`, true),
    how: 'packages/elements/dist/index.js bundled with whitespace and comments removed, to show what the CDN bundle would weigh minified',
  });
  for (const tag of elementTags()) {
    bundles.push({
      id: tag,
      label: `\`${tag}\` alone (\`dist/${tag}/${tag}.js\` bundled)`,
      file: await bundleEntry(tag, `export * from ${fromFile(join(ELEMENTS_DIST, tag, `${tag}.js`))};\n`),
      how: `packages/elements/dist/${tag}/${tag}.js bundled with Lit, core and data`,
    });
  }
  bundles.push({
    id: 'core',
    label: '`@kl-digital/core` alone',
    file: await bundleEntry('core', "export * from '@kl-digital/core';\n"),
    how: 'every export of @kl-digital/core (schema, selectors; no dataset, no geometry)',
  });
  bundles.push({
    id: 'core-dataset',
    label: '`@kl-digital/core/dataset` alone',
    file: await bundleEntry('core-dataset', "export * from '@kl-digital/core/dataset';\n"),
    how: 'the bundled dataset module',
  });
  bundles.push({
    id: 'core-geo',
    label: '`@kl-digital/core/geo` alone',
    file: await bundleEntry('core-geo', "export * from '@kl-digital/core/geo';\n"),
    how: 'the pre-projected geometry and its helpers',
  });
  return bundles;
}

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

function page(title: string, script: string | null, body: string, head = ''): string {
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
    </style>
    ${script ? `<script type="module" src="${script}"></script>` : ''}${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

export const CDN_URL = '/elements/dist/cdn/kl-elements.js';

export interface OurPages {
  blank: string;
  map: string;
  mapElement: string | null;
  maps: Record<number, string>;
  table: string;
  tableAll: string;
  table98: string;
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

function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function writeOurPages(): OurPages {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
  const write = (name: string, html: string) => {
    writeFileSync(join(PAGES_DIR, name), html);
    return `/build/pages/${name}`;
  };
  const maps: Record<number, string> = {};
  for (const n of MAP_COUNTS) {
    const body = n === 1 ? '    <main><kl-denmark-map></kl-denmark-map></main>' : `    <main class="grid">\n${'      <kl-denmark-map></kl-denmark-map>\n'.repeat(n)}    </main>`;
    maps[n] = write(`maps-${n}.html`, page(`${n} × <kl-denmark-map>`, CDN_URL, body));
  }
  const mapElementBundle = join(BUNDLES_DIR, 'kl-denmark-map.js');
  const setData = (json: unknown) =>
    `<script type="application/json" id="data">${inlineJson(json)}</script>
    <script type="module">
      // After the bundle (module scripts run in order): the table is defined by now.
      document.querySelector('kl-strategy-table').dataset = JSON.parse(document.getElementById('data').textContent);
    </script>`;
  return {
    blank: write('blank.html', page('blank', null, '    <main></main>')),
    map: maps[1]!,
    mapElement: existsSync(mapElementBundle)
      ? write('map-element.html', page('<kl-denmark-map> from its own entry', '/build/bundles/kl-denmark-map.js', '    <main><kl-denmark-map></kl-denmark-map></main>'))
      : null,
    maps,
    table: write('table.html', page('<kl-strategy-table>', CDN_URL, '    <main><kl-strategy-table></kl-strategy-table></main>')),
    tableAll: write('table-all.html', page('<kl-strategy-table scope="all">', CDN_URL, '    <main><kl-strategy-table scope="all"></kl-strategy-table></main>')),
    table98: write('table-98.html', page('<kl-strategy-table> with 98 entries', CDN_URL, `    <main><kl-strategy-table></kl-strategy-table></main>\n    ${setData(dataset98())}`)),
  };
}
