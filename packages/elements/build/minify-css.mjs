// Minifies the CSS in the compiled modules' css`` templates (dist/**/*.js), after tsc: the
// elements' styles are written to be read, and every page would otherwise download their
// comments and indentation. Only the text between `${...}` is touched; the expressions stay.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist', import.meta.url).pathname;

/** Whitespace and comments out; a space kept only where it may separate selectors or values. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** Each css`...` template of `code` with its static text minified. */
export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  for (;;) {
    // tsc writes a tagged template as css `...`.
    const match = /\bcss\s*`/g;
    match.lastIndex = i;
    const found = match.exec(code);
    if (!found) return out + code.slice(i);
    const start = found.index;
    out += code.slice(i, start + found[0].length);
    let j = start + found[0].length;
    let text = '';
    let depth = 0;
    for (; j < code.length; j++) {
      const c = code[j];
      if (depth === 0 && c === '\\') {
        text += c + code[++j];
        continue;
      }
      if (depth === 0 && c === '`') break;
      if (depth === 0 && c === '$' && code[j + 1] === '{') {
        out += minifyCss(text);
        text = '';
        depth = 1;
        out += '${';
        j++;
        continue;
      }
      if (depth > 0) {
        if (c === '{') depth++;
        if (c === '}') depth--;
        out += c;
        continue;
      }
      text += c;
    }
    out += `${minifyCss(text)}\``;
    i = j + 1;
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let saved = 0;
  for (const file of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('cdn'))) {
    const path = join(dist, file);
    const code = readFileSync(path, 'utf8');
    if (!/\bcss\s*`/.test(code)) continue;
    const minified = minifyTemplates(code);
    saved += code.length - minified.length;
    writeFileSync(path, minified);
  }
  console.log(`minify-css: ${saved} bytes of CSS whitespace and comments removed`);
}
