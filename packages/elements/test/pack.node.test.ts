// What `npm pack` puts in the package: what a consumer needs (code, types, the manifest, the
// fonts, README, LICENSE, the geodata attribution, the accessibility notes) and nothing else.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  customElements: string;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  dependencies: Record<string, string>;
};
const TAGS = ['kl-denmark-map', 'kl-strategy-table', 'kl-municipality-card', 'kl-initiative-card', 'kl-initiative-list', 'kl-key-figures', 'kl-strategy-explorer', 'kl-strategy-timeline'];

function packedFiles(): string[] {
  expect(existsSync(`${here}dist/index.js`), 'run npm run build -w @kl-digital/elements').toBe(true);
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

const ALLOWED = [
  /^package\.json$/,
  /^(README|LICENSE|ATTRIBUTION|TILGAENGELIGHED)(\.md)?$/,
  /^custom-elements\.json$/,
  /^fonts\.css$/,
  /^dist\/(index|defs|shared\/((attributes|controllers|events)\/)?[a-z-]+(\.styles)?|react\/index|kl-[a-z-]+\/[a-z-]+(\.(component|defs|styles|messages))?)\.(js|d\.ts)$/,
  /^dist\/cdn\/kl-elements(\.all)?\.js$/,
  /^dist\/cdn\/chunks\.json$/,
  // A chunk is named after its first module: d3-array has a digit.
  /^dist\/cdn\/chunks\/[a-z][a-z0-9-]*-[\w-]{8}\.js$/,
  /^dist\/cdn\/kl-fonts\.css$/,
  /^dist\/cdn\/fonts\/ibm-plex-sans-latin(-ext)?-(400|600)-normal\.woff2$/,
];

describe('npm pack @kl-digital/elements', () => {
  const files = packedFiles();

  it('contains README, LICENSE, ATTRIBUTION.md, TILGAENGELIGHED.md, custom-elements.json, fonts and the CDN bundle', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'ATTRIBUTION.md', 'TILGAENGELIGHED.md', 'custom-elements.json', 'package.json', 'fonts.css', 'dist/cdn/kl-elements.js', 'dist/cdn/kl-elements.all.js', 'dist/cdn/chunks.json', 'dist/cdn/kl-fonts.css']));
    expect(files.filter((f) => f.endsWith('.woff2'))).toHaveLength(4);
  });

  it('contains every file the exports map and the customElements field point at', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]));
    for (const target of [...targets, pkg.customElements]) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  it('has an entry point with types for each of the eight elements, the index and the React components', () => {
    for (const key of ['.', './react', ...TAGS.map((t) => `./${t}.js`)]) {
      const target = pkg.exports[key];
      expect(target, key).toEqual({ types: expect.stringMatching(/\.d\.ts$/), default: expect.stringMatching(/\.js$/) });
      // `types` first: TypeScript reads the conditions in order.
      expect(Object.keys(target as object)[0], key).toBe('types');
    }
  });

  it('contains nothing else: no tests, test support, sources, source maps or stray files', () => {
    expect(files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))).toEqual([]);
    expect(files.filter((f) => /\.map$|\.test\.|test-support|^src\/|\.ts$(?<!\.d\.ts)/.test(f))).toEqual([]);
  });

  it('marks exactly the files that register elements (and the CSS and the CDN bundle) as having side effects', () => {
    // A file registers when it calls define() or imports a file that does (the explorer's component
    // imports the map, table and card it renders). Computed from the built code, to a fixed point.
    const modules = files.filter((f) => /^dist\/.*\.js$/.test(f) && !f.startsWith('dist/cdn/'));
    const imports = new Map(
      modules.map((file) => {
        const code = readFileSync(`${here}${file}`, 'utf8');
        const specifiers = [...code.matchAll(/^(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"];?$/gm)].map((m) => join(dirname(file), m[1]!));
        return [file, { defines: /\bdefine\('kl-/.test(code), specifiers }] as const;
      }),
    );
    const registering = new Set([...imports].filter(([, m]) => m.defines).map(([file]) => file));
    for (let grew = true; grew; ) {
      grew = false;
      for (const [file, m] of imports) {
        if (!registering.has(file) && m.specifiers.some((s) => registering.has(s))) registering.add(file), (grew = true);
      }
    }
    expect(registering.size).toBeGreaterThanOrEqual(TAGS.length + 1);
    const declared = pkg.sideEffects.filter((f) => f.startsWith('./dist/') && f.endsWith('.js') && !f.startsWith('./dist/cdn/')).map((f) => f.replace(/^\.\//, ''));
    expect(declared.sort()).toEqual([...registering].sort());
    for (const tag of TAGS) expect(declared).toContain(`dist/${tag}/${tag}.js`);
    // The CDN bundle is built from src/ by Vite, which reads the same field: the same files in TypeScript.
    const sources = pkg.sideEffects.filter((f) => f.startsWith('./src/')).map((f) => f.replace(/^\.\/src\//, 'dist/').replace(/\.ts$/, '.js'));
    expect(sources.sort()).toEqual([...registering].sort());
    for (const file of pkg.sideEffects) {
      expect(file, 'one exact file per entry: a glob like dist/kl-*/kl-*.js also matches the component modules').not.toMatch(/[*?[]/);
      if (file.startsWith('./src/')) expect(existsSync(`${here}${file}`), file).toBe(true);
      else expect(files, file).toContain(file.replace(/^\.\//, ''));
    }
  });

  it('the CDN files register all eight elements (their define() calls survived tree-shaking): each in its chunk, all in the single file', () => {
    const all = readFileSync(`${here}dist/cdn/kl-elements.all.js`, 'utf8');
    const { elements } = JSON.parse(readFileSync(`${here}dist/cdn/chunks.json`, 'utf8')) as { elements: Record<string, string[]> };
    const defines = (tag: string) => new RegExp(`\\w\\(\\s*["'\`]${tag}["'\`]\\s*,`);
    for (const tag of TAGS) {
      expect(all, tag).toMatch(defines(tag));
      expect(readFileSync(`${here}dist/cdn/${elements[tag]![0]}`, 'utf8'), tag).toMatch(defines(tag));
    }
  });

  it('keeps React an optional peer dependency, out of the CDN bundle and out of every entry but ./react', () => {
    expect(pkg.peerDependencies.react).toBeTruthy();
    expect(pkg.peerDependenciesMeta.react?.optional).toBe(true);
    expect(pkg.dependencies).not.toHaveProperty('react');
    const cdn = files.filter((f) => f.startsWith('dist/cdn/') && f.endsWith('.js')).map((f) => readFileSync(`${here}${f}`, 'utf8')).join('\n');
    expect(cdn).not.toMatch(/node_modules\/(react|react-dom|@lit\/react)\/|Symbol\.for\("react\./);
    for (const file of files.filter((f) => /^dist\/.*\.(js|d\.ts)$/.test(f) && !f.startsWith('dist/react/') && !f.startsWith('dist/cdn/'))) {
      expect(readFileSync(`${here}${file}`, 'utf8'), file).not.toMatch(/from ['"](react|react-dom|@lit\/react)['"/]/);
    }
    expect(readFileSync(`${here}dist/react/index.js`, 'utf8')).toMatch(/from '@lit\/react'/);
  });
});
