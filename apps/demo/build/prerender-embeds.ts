// Writes the prerendered iframe pages (../src/embed/prerendered-pages.ts) after `vite build`: each
// is the built iframe page, dist/embed/index.html (its fonts, styles and script as built), with
// its element rendered by Lit's server renderer into a declarative shadow root, and its own title.
// The page's two small stylesheets (the fonts' @font-face rules, the iframe page's own) are written
// into it: as links they held the first paint back by a round trip, which on a phone (150 ms) is
// most of what separates the prerendered page from a page of bare paths (the bench's floor).
// All pages are rendered in this one Node process, with the elements registered once.
//
//   dist/embed/kl-denmark-map/index.html              (each element's default view)
//   dist/embed/kl-municipality-card/0340/index.html   (each municipality's card)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@kl-digital/elements';
import { PRERENDERED_PAGES, type PrerenderedPage } from '../src/embed/prerendered-pages.js';
import { escapeAttribute } from '../src/embed/snippet.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TEMPLATE = 'embed/index.html';

/** Replaces what `pattern` matches in the built iframe page, which must be there exactly once. */
function replaceOnce(page: string, pattern: RegExp, replacement: string, what: string): string {
  const count = page.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (count !== 1) throw new Error(`[prerender-embeds] dist/${TEMPLATE}: expected ${what} once, found it ${count} times (see embed/index.html)`);
  return page.replace(pattern, () => replacement);
}

/** The element as markup, rendered on the server: its host with the attributes, and its shadow root. */
async function renderElement({ tag, attributes }: PrerenderedPage): Promise<string> {
  const markup = `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}></${tag}>`;
  // Static markup (nothing bound), so the element is the template: the only markers are the
  // root part's around it, which nothing on the page hydrates, and they are left out.
  const rendered = await collectResult(render(html`${unsafeStatic(markup)}`));
  return rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/**
 * The built page with each stylesheet it links written into a <style>: the file from dist/, its
 * url()s made absolute from the site's root (they were relative to the stylesheet), so that the
 * fonts load from /fonts/ whatever the page's folder.
 */
function inlineStylesheets(page: string): string {
  const links = /<link rel="stylesheet"(?: crossorigin)? href="(\/[^"]+\.css)"\s*\/?>/g;
  const found = page.match(links)?.length ?? 0;
  if (found !== 2) throw new Error(`[prerender-embeds] dist/${TEMPLATE}: expected two stylesheets (the fonts and the page's), found ${found}`);
  return page.replace(links, (_, href: string) => {
    const folder = new URL(href, 'https://site.invalid');
    const absolute = (path: string) => {
      const to = new URL(path, folder);
      return `${to.pathname}${to.search}${to.hash}`;
    };
    const css = readFileSync(`${dist}${href.slice(1)}`, 'utf8')
      .replace(/url\(\s*(['"]?)(?![a-z][a-z\d+.-]*:|\/|#)([^'")]+)\1\s*\)/gi, (_, quote: string, path: string) => `url(${quote}${absolute(path)}${quote})`)
      .replace(/<\/style/gi, '<\\/style');
    // What the rewrite does not read (an @import, a quoted url with a parenthesis) would load from the wrong folder.
    const left = /@import|url\(\s*['"]?(?![a-z][a-z\d+.-]*:|\/|#)/i.exec(css);
    if (left) throw new Error(`[prerender-embeds] ${href}: a relative address the page could not take in ("${css.slice(left.index, left.index + 40)}")`);
    return `<style>/* ${href} */\n${css.trim()}\n</style>`;
  });
}

/** The built iframe page with the prerendered element in it. */
function pageWith(template: string, page: PrerenderedPage, element: string): string {
  const title = escapeAttribute(page.title);
  let out = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${title} (KL)</title>`, 'the <title>');
  // Not a page of its own in search results, but part of the page that frames it.
  out = replaceOnce(out, /<meta name="robots" content="noindex" \/>/, '<meta name="robots" content="noindex, indexifembedded" />', 'the robots meta tag');
  out = replaceOnce(out, /<!-- The iframe page for sites[\s\S]*?-->/, `<!-- Prerendered at build time (apps/demo/build/prerender-embeds.ts): ${page.tag} as /embed/?el= would show it, in a declarative shadow root. -->`, 'the comment on the ?el= page');
  out = replaceOnce(out, /<h1 id="embed-title" class="visually-hidden">[^<]*<\/h1>/, `<h1 id="embed-title" class="visually-hidden">${title}</h1>`, 'the hidden heading');
  return replaceOnce(out, /<div id="embed-root"><\/div>/, `<div id="embed-root">${element}</div>`, 'the empty #embed-root');
}

const started = performance.now();
const template = inlineStylesheets(readFileSync(`${dist}${TEMPLATE}`, 'utf8'));
for (const page of PRERENDERED_PAGES) {
  const file = `${dist}${page.path.replace(/^\//, '')}index.html`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageWith(template, page, await renderElement(page)));
}
console.log(`prerender-embeds: ${PRERENDERED_PAGES.length} pages in dist/embed/ in ${Math.round(performance.now() - started)} ms`);
