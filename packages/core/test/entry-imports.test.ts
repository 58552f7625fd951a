// What each entry point pulls in, read from the import statements of src/: the build runs in
// the editors' browser, so it may import nothing from Node; the main entry, which every element
// carries, must not pull in the build's CSV parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);

/** The packages (bare specifiers) that `entry` and every module it imports from src/ import. */
function packagesOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      if (specifier.startsWith('.')) visit(new URL(specifier.replace(/\.js$/, '.ts'), file));
      else packages.add(specifier);
    }
  };
  visit(new URL(entry, src));
  return packages;
}

describe('entry points', () => {
  it('@kl-digital/core/build imports only d3-dsv and valibot: nothing from Node, so it runs in a browser', () => {
    expect([...packagesOf('build/index.ts')].sort()).toEqual(['d3-dsv', 'valibot']);
  });

  it('@kl-digital/core imports only valibot: the elements do not carry the CSV parser', () => {
    expect([...packagesOf('index.ts')]).toEqual(['valibot']);
  });
});
