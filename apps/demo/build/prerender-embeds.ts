// Writes the prerendered iframe pages (../src/embed/prerendered-pages.ts) after `vite build`: each
// is the built iframe page, dist/embed/index.html (its styles, fonts and script as built), with
// its element rendered by Lit's server renderer into a declarative shadow root, and its own title.
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
const template = readFileSync(`${dist}${TEMPLATE}`, 'utf8');
for (const page of PRERENDERED_PAGES) {
  const file = `${dist}${page.path.replace(/^\//, '')}index.html`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageWith(template, page, await renderElement(page)));
}
console.log(`prerender-embeds: ${PRERENDERED_PAGES.length} pages in dist/embed/ in ${Math.round(performance.now() - started)} ms`);
