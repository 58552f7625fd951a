// What `npm pack` puts in @kl-digital/core: compiled code and types, the dataset JSON, README,
// LICENSE and the geodata attribution; no tests, sources, source maps or build scripts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as { exports: Record<string, string | { types: string; default: string }>; sideEffects: boolean };

function packedFiles(): string[] {
  expect(existsSync(`${here}dist/index.js`), 'run npm run build -w @kl-digital/core').toBe(true);
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

describe('npm pack @kl-digital/core', () => {
  const files = packedFiles();

  it('contains README, LICENSE, ATTRIBUTION.md, the dataset JSON and every file the exports map points at', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'ATTRIBUTION.md', 'package.json', 'dist/dataset.json']));
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]));
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      // A pattern (`./dist/generated/data/*.js`) must match at least one file: each dataset part.
      if (path.includes('*')) expect(files.filter((f) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[a-z-]+')}$`).test(f)).length, target).toBeGreaterThan(0);
      else expect(files, target).toContain(path);
    }
  });

  it('gives each entry point (., ./dataset, ./data/*, ./geo, ./neighbours, ./schema, ./build) types first', () => {
    for (const key of ['.', './dataset', './data/*', './geo', './neighbours', './schema', './build']) {
      expect(Object.keys(pkg.exports[key] as object), key).toEqual(['types', 'default']);
    }
    expect(pkg.sideEffects).toBe(false);
  });

  it('contains nothing else: no tests, sources, build scripts or source maps', () => {
    const allowed = [/^package\.json$/, /^(README|LICENSE|ATTRIBUTION)(\.md)?$/, /^dist\/dataset\.json$/, /^dist\/([a-z-]+\/)?[a-z-]+\.(js|d\.ts)$/, /^dist\/generated\/data\/[a-z-]+\.(js|d\.ts)$/];
    expect(files.filter((f) => !allowed.some((pattern) => pattern.test(f)))).toEqual([]);
    expect(files.filter((f) => /\.map$|\.test\.|^src\/|^build\/|^test\//.test(f))).toEqual([]);
  });
});
