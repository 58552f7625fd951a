// Builds dist/cdn/ for pages that load the elements from a CDN:
// - kl-elements.js: the loader (src/cdn/loader.ts), the one script tag an editor pastes;
// - chunks/: one chunk per element, and the chunks they share (Lit and the base element, the
//   dataset's parts, the geometry, the schema), from the same base URL;
// - chunks/hydrate-*.js: Lit's hydrate support (src/cdn/hydrate.ts), which the loader imports first
//   on a page with prerendered elements, and only there;
// - chunks.json: tag -> the files a page with only that element downloads (for the size test and the bench);
// - kl-elements.all.js: every element in one file, for those who want one file.
import { writeFileSync } from 'node:fs';
import { build } from 'vite';

const here = new URL('..', import.meta.url).pathname;
const out = `${here}dist/cdn`;
const pkg = (await import(`${here}package.json`, { with: { type: 'json' } })).default;
const TAGS = ['kl-denmark-map', 'kl-strategy-table', 'kl-municipality-card', 'kl-initiative-card', 'kl-initiative-list', 'kl-key-figures', 'kl-strategy-explorer', 'kl-strategy-timeline'];

/**
 * One pass of Vite into dist/cdn/: minified ES2022 with source maps, for the browser, in
 * production. `options` are what the pass adds to Vite's build options (its input or library
 * entry, whether it empties the folder), `define` the constants it writes in. The output asks
 * for minification itself: Vite leaves an ES library unminified otherwise.
 */
const pass = ({ define = {}, rolldownOptions = {}, ...options }) =>
  build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      ...options,
      rolldownOptions: { ...rolldownOptions, output: { format: 'es', minify: true, ...rolldownOptions.output } },
    },
  });

/**
 * The chunks shared by elements, grouped so that a page makes few requests and loads nothing it
 * does not show: Lit and the base element with what it uses (every element needs it), each part
 * of the dataset (an initiative card needs none of the map's), the geometry, and core's views.
 * What one element alone uses stays in its own chunk.
 *
 * Lit's hydrate support wants to be evaluated before lit-element.js, which would mean lit-html in a
 * chunk of its own: measured, that costs every page about 800 bytes brotli (two files compress
 * worse than one), for the sake of the few pages that are prerendered. So lit-html, reactive-element
 * and lit-element stay together, and the hydrate chunk applies the support to LitElement itself
 * before any element is defined (see src/cdn/hydrate.ts).
 *
 * The card's address pattern (its `card-url` kind and core's url-pattern) stays out of the base:
 * in it, every page paid about 280 bytes for what only the card reads.
 *
 * Core's name lookup (a municipality or a region by any spelling, with the Danish collation and
 * the edit distance of its suggestions) and the attribute kinds that use it go with the places
 * they look up, in the data chunk: every element that names a municipality loads that chunk
 * anyway, and the initiative card and list, which load no places, no longer download about 2.1 KB
 * of lookup. The key figures and the timeline load the places but look none up: they pay about
 * 0.4 KB for it (the lookup compresses worse beside the data than beside Lit; measured, a chunk of
 * its own costs every page that needs it more again).
 */
const groups = [
  {
    name: 'base',
    test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!directives|private-ssr-support)|elements[\\/]dist[\\/]shared[\\/](kl-element|base-attributes|messages|tokens\.styles|value-styles|palette|define|warn|version|lang|heading)\.js|elements[\\/]dist[\\/]shared[\\/](attributes(?![\\/](url-pattern|place-kinds))|events)[\\/]|dataset-controller\.js|core[\\/]dist[\\/](model(?![\\/]entry-columns)|period|lookup[\\/](by-code|resolve-initiative)\.js|text[\\/](?!url-pattern|danish-collator|edit-distance|fold-name))|core[\\/]dist[\\/]views[\\/]labels\.js/,
    priority: 30,
  },
  // The parts of the dataset every view of the 98 shows (the map shows nothing else), in one file
  // (it compresses better than three), with the name lookup over them; the entries' links (the table) and notes (the card) each
  // with the module that joins them to the facts; the mapping's texts and the initiatives apart.
  {
    name: 'data',
    test: /core[\\/]dist[\\/]generated[\\/]data[\\/](places|categories|entry-facts)\.js$|core[\\/]dist[\\/](lookup|text[\\/](danish-collator|edit-distance|fold-name))|elements[\\/]dist[\\/]shared[\\/]attributes[\\/]place-kinds\.js$/,
    priority: 20,
  },
  { name: 'links', test: /core[\\/]dist[\\/]generated[\\/]data[\\/](entry-links|listed-entries)\.js$/, priority: 20 },
  { name: 'notes', test: /core[\\/]dist[\\/]generated[\\/]data[\\/](entry-notes|entries)\.js$/, priority: 20 },
  { name: (id) => /core[\\/]dist[\\/]generated[\\/]data[\\/]([a-z-]+)\.js$/.exec(id)?.[1] ?? null, debugName: 'dataset parts', priority: 19 },
  { name: 'geo', test: /core[\\/]dist[\\/](generated[\\/]geo|geo[\\/])/, priority: 20 },
  // Saving a file: the CSV of the table and the timeline (with the live directive they share), and
  // the helper the map's download code, loaded on a press, imports too: one chunk, not a second
  // one on every table and timeline page for the helper alone.
  {
    name: 'download',
    test: /elements[\\/]dist[\\/]shared[\\/]download-file\.js$|core[\\/]dist[\\/]export[\\/]to-csv\.js$|node_modules[\\/]lit(-html)?[\\/](development[\\/])?directives[\\/]live\.js$/,
    priority: 20,
  },
];

// 1. The elements, each its own entry, split into chunks.
const chunked = await pass({
  emptyOutDir: true,
  rolldownOptions: {
    input: { ...Object.fromEntries(TAGS.map((tag) => [tag, `${here}dist/${tag}/${tag}.js`])), hydrate: `${here}src/cdn/hydrate.ts` },
    preserveEntrySignatures: 'allow-extension',
    output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { groups } },
  },
});
const output = (Array.isArray(chunked) ? chunked[0] : chunked).output.filter((item) => item.type === 'chunk');
const byFile = new Map(output.map((chunk) => [chunk.fileName, chunk]));
/** A chunk and every chunk it imports statically, transitively: what loading it downloads at once. */
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of byFile.get(file).imports) closure(dep, seen);
  return seen;
};
/** An entry's chunk and what it imports. */
const entryClosure = (name) => [...closure(output.find((chunk) => chunk.isEntry && chunk.name === name).fileName)];
const chunks = Object.fromEntries(TAGS.map((tag) => [tag, entryClosure(tag)]));
const hydrate = entryClosure('hydrate');

// 2. The loader, with the chunk map written in.
await pass({
  define: { __KL_CHUNKS__: JSON.stringify(chunks), __KL_HYDRATE__: JSON.stringify(hydrate[0]), __KL_VERSION__: JSON.stringify(pkg.version) },
  lib: { entry: `${here}src/cdn/loader.ts`, formats: ['es'], fileName: () => 'kl-elements.js' },
});
writeFileSync(`${out}/chunks.json`, `${JSON.stringify({ loader: 'kl-elements.js', elements: chunks, hydrate }, null, 2)}\n`);

// 3. Everything in one file.
await pass({
  lib: { entry: `${here}dist/index.js`, formats: ['es'], fileName: () => 'kl-elements.all.js' },
  rolldownOptions: { output: { codeSplitting: false } },
});
console.log(`dist/cdn: kl-elements.js (loader), ${output.length} chunks, kl-elements.all.js`);
