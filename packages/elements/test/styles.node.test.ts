// Rules every element's styles keep, so that host pages cannot reach inside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;
const styleFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.styles.ts'))
  .map((f) => join(src, f));

describe('element styles', () => {
  it.each(styleFiles.map((f) => [f.slice(src.length), f]))('%s uses no rem (a page\'s html font-size must not resize the elements)', (_name, file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(css.match(/[\d.]+rem\b/g) ?? []).toEqual([]);
  });

  it('no element binds a style attribute (strict CSP pages refuse them)', () => {
    const components = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.component.ts'));
    for (const file of components) {
      const code = readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\bstyle=\$\{|\bstyleMap\(|\bunsafeHTML\(|\bunsafeSVG\(|\.innerHTML\s*=/);
    }
  });
});
