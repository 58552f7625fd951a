// The parts several pages share, as HTML: the demo's navigation, and KL's header and footer on
// the kl.dk-style pages; and the article's link collection for readers without JavaScript, from
// the dataset. Written into the pages at build time (see build/partials.ts).
import { basisLabel, httpUrl, isFromText } from '@kl-digital/core';
import { entries } from '@kl-digital/core/data/entries';
import { PAGES, type DemoPage } from './pages.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** aria-current for a link to `target` on `page`: "page" on itself, "true" on its section. */
function current(page: DemoPage | undefined, target: string): string {
  if (!page) return '';
  if (page.id === target) return ' aria-current="page"';
  return page.section === target ? ' aria-current="true"' : '';
}

/** The skip link and the navigation between the demo's pages. */
function siteNav(page: DemoPage | undefined): string {
  const items = PAGES.filter((p) => p.nav)
    .map((p) => `<li><a href="${escapeHtml(p.url)}"${current(page, p.id)}>${escapeHtml(p.nav!)}</a></li>`)
    .join('');
  return (
    '<a class="skip-link" href="#indhold">Gå til indholdet</a>\n' +
    '<nav class="demo-nav" aria-label="Demoens sider">' +
    '<p class="demo-nav__brand"><span class="demo-nav__logo" aria-hidden="true">KL</span> Elementer <span class="demo-nav__tag">Demo</span></p>' +
    `<ul>${items}</ul>` +
    '</nav>'
  );
}

/** KL's header (a kl.dk-style wordmark and menu) on the article, news and explorer pages. */
function klHeader(page: DemoPage | undefined): string {
  const menu = [
    ['artikel', '/artikel/', 'Kortlægningen'],
    ['nyheder', '/nyheder/', 'Nyheder og netværk'],
    ['udforsk', '/udforsk/', 'Udforsk data'],
  ]
    .map(([id, url, label]) => `<li><a href="${url}"${current(page, id!)}>${label}</a></li>`)
    .join('');
  return (
    '<header class="kl-header"><div class="kl-header__inner">' +
    '<a class="kl-logo" href="/nyheder/"><span class="kl-logo__mark" aria-hidden="true">KL</span>' +
    '<span>Kommunernes<br />Landsforening</span></a>' +
    `<nav class="kl-menu" aria-label="KL's menu"><ul>${menu}</ul></nav>` +
    '</div></header>'
  );
}

/** KL's footer, with the accessibility statement every Danish public site links to. */
function klFooter(): string {
  return (
    '<footer class="kl-footer"><div class="kl-footer__inner">' +
    '<div><p><strong>KL – Kommunernes Landsforening</strong></p><p>Weidekampsgade 10, 2300 København S</p></div>' +
    '<ul><li><a href="/#tilgaengelighed">Tilgængelighedserklæring</a></li>' +
    '<li><a href="/">Om denne demo</a></li></ul>' +
    '</div></footer>'
  );
}

/**
 * What a kl.dk-style page's head links, as an editor pastes it once: the site's styles, and the
 * fonts and the bundle with every element.
 */
function klHead(): string {
  return (
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />\n' +
    '<link rel="stylesheet" href="/src/styles/site.css" />\n' +
    '<link rel="stylesheet" href="/src/styles/kl.css" />\n' +
    '<link rel="stylesheet" href="/kl-fonts.css" />\n' +
    '<script type="module" src="/kl-elements.js"></script>'
  );
}

/** The breadcrumb of a kl.dk-style page, from "Forside" to the page itself (site/pages.ts `crumbs`). */
function breadcrumb(page: DemoPage | undefined): string {
  const crumbs = page?.crumbs ?? [];
  const items = crumbs.map(([label, url], i) =>
    i === crumbs.length - 1 ? `<li><span aria-current="page">${escapeHtml(label)}</span></li>` : url ? `<li><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></li>` : `<li>${escapeHtml(label)}</li>`,
  );
  return `<nav class="breadcrumb" aria-label="Brødkrumme"><ol><li><a href="/nyheder/">Forside</a></li>${items.join('')}</ol></nav>`;
}

/**
 * The mapping's link collection as a plain table, for the article's `<noscript>`: one row per
 * entry of the dataset, in its order, each cell as the mapping writes it (the link text a link
 * where the source gives its address). What `<kl-strategy-table>` shows, from the same data: an
 * entry from the mapping's text (Solrød) says in the form column what it rests on, as the table does.
 */
function strategyLinks(): string {
  const rows = entries.entries.map((entry) => {
    const url = httpUrl(entry.url);
    const link = url ? `<a href="${escapeHtml(url)}">${escapeHtml(entry.linkText || url)}</a>` : escapeHtml(entry.linkText);
    return `<tr><th scope="row">${escapeHtml(entry.municipality)}</th><td>${escapeHtml(isFromText(entry) ? basisLabel(entry, 'da') : entry.form)}</td><td>${link}</td><td>${escapeHtml(entry.period.text)}</td></tr>`;
  });
  return (
    '<table><caption>Linksamling over offentligt tilgængelige digitaliseringsstrategier</caption>' +
    '<thead><tr><th scope="col">Kommune</th><th scope="col">Form</th><th scope="col">Link til hjemmeside</th><th scope="col">Perioden</th></tr></thead>' +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

export const PARTIALS: Record<string, (page: DemoPage | undefined) => string> = {
  'site-nav': siteNav,
  'kl-header': klHeader,
  'kl-footer': klFooter,
  'kl-head': klHead,
  breadcrumb,
  'strategy-links': strategyLinks,
};
