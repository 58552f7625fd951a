// Writes dist/cdn/kl-fonts.css and its woff2 files from @fontsource/ibm-plex-sans: the latin and
// latin-ext subsets of weights 400 and 600, each with its unicode-range, so a browser fetches
// only what the page's text needs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontsource = dirname(require.resolve('@fontsource/ibm-plex-sans/400.css'));
const out = new URL('../dist/cdn/', import.meta.url).pathname;
mkdirSync(join(out, 'fonts'), { recursive: true });

const blocks = [];
for (const weight of ['400', '600']) {
  const css = readFileSync(join(fontsource, `${weight}.css`), 'utf8');
  for (const [, subset, block] of css.matchAll(/\/\* ibm-plex-sans-(latin(?:-ext)?)-\d+-normal \*\/\s*(@font-face\s*{[^}]*})/g)) {
    const file = `ibm-plex-sans-${subset}-${weight}-normal.woff2`;
    copyFileSync(join(fontsource, 'files', file), join(out, 'fonts', file));
    blocks.push(block.replace(/src:[^;]*;/, `src: url(./fonts/${file}) format('woff2');`));
  }
}
if (blocks.length !== 4) throw new Error(`expected 4 @font-face blocks (latin, latin-ext × 400, 600), found ${blocks.length}`);
writeFileSync(
  join(out, 'kl-fonts.css'),
  `/* IBM Plex Sans (SIL Open Font License 1.1) for @kl-digital/elements: <link rel="stylesheet" href=".../kl-fonts.css"> */\n${blocks.join('\n')}\n`,
);
console.log(`dist/cdn/kl-fonts.css: ${blocks.length} faces`);
