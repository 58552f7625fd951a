// The prerendered iframe pages (src/embed/prerendered-pages.ts, written by
// build/prerender-embeds.ts): their content without JavaScript, in a declarative shadow root;
// hydration that keeps the server's nodes, box and dates honest; the builder's snippets that
// point at them; and the article's noscript table from the same data.
import { readFileSync } from 'node:fs';
import { basisLabel, isFromText, municipalityCardView, resolveMunicipality } from '@kl-digital/core';
import { categories } from '@kl-digital/core/data/categories';
import { entries } from '@kl-digital/core/data/entries';
import { mapping } from '@kl-digital/core/data/mapping';
import { places } from '@kl-digital/core/data/places';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRERENDERED_PAGES, prerenderedPath } from '../src/embed/prerendered-pages.js';
import { axeViolations, connect, hostPage, openPage, settle, url } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

const DATA = { ...places, ...categories, ...entries, ...mapping };
const dist = new URL('../dist/', import.meta.url);
const code = (name: string) => {
  const found = resolveMunicipality(places, name);
  if (!found.found) throw new Error(`no municipality ${name}`);
  return found.municipality.code;
};
const SORO = code('Sorø');
const soro = entries.entries.find((entry) => entry.code === SORO)!;

/** The element the page shows, the first child of #embed-root. */
const ELEMENT = '#embed-root > *';

/** A page with JavaScript turned off: what a reader without it, a crawler or a printer gets. */
async function withoutJs(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(url(path));
  return { context, page };
}

/**
 * A page as the server sent it, with its scripts refused: the DOM of a page without JavaScript,
 * in which axe-core can still run (with JavaScript off, a page runs no timer, and axe needs them).
 */
async function asServed(path: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const page = await context.newPage();
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(url(path));
  return { context, page };
}

/** Counts, in the element's shadow root and those inside it, what matches `selector`. */
const countInShadows = (page: Page, selector: string) =>
  page.locator(ELEMENT).evaluate((host, selector) => {
    let count = 0;
    const walk = (root: ShadowRoot) => {
      count += root.querySelectorAll(selector).length;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(host.shadowRoot!);
    return count;
  }, selector);

/** The text the element shows, through its shadow roots and those inside them (what prints). */
const shownText = (page: Page) =>
  page.locator(ELEMENT).evaluate((host) => {
    const texts: string[] = [];
    const walk = (root: ShadowRoot) => {
      for (const child of root.children) if (child instanceof HTMLElement && child.localName !== 'style') texts.push(child.innerText);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(host.shadowRoot!);
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  });

/** Lit's hydrate support, as the CDN loader imports it. */
const HYDRATE_CHUNK = /\/chunks\/hydrate-[\w-]+\.js$/;

/** True once the element is defined, has hydrated (the server's mark is gone) and has settled. */
const HYDRATED = `(() => {
  const el = document.querySelector('${ELEMENT}');
  return Boolean(el && customElements.get(el.localName) && el.hasUpdated && !el.hasAttribute('data-kl-prerendered'));
})()`;

/**
 * What a reader sees of the element (runs in the browser): every element of its shadow trees with
 * its box (to the tenth of a pixel) and, where it is rendered, its text, in document order, one
 * line each. (A text not rendered, as an SVG <title>'s tooltip, may come with the script.)
 */
const LAYOUT = `(() => {
  const lines = [];
  const walk = (root, depth) => {
    for (const element of root.querySelectorAll(':not(style)')) {
      const box = element.getBoundingClientRect();
      const shown = element.getClientRects().length > 0;
      const own = shown ? [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.data.trim()).join(' ').trim() : '';
      lines.push([depth, element.localName, element.getAttribute('part') ?? '', ...[box.x, box.y, box.width, box.height].map((n) => n.toFixed(1)), own].join(' '));
      if (element.shadowRoot) walk(element.shadowRoot, depth + 1);
    }
  };
  const host = document.querySelector('${ELEMENT}');
  const box = host.getBoundingClientRect();
  lines.push(['host', ...[box.x, box.y, box.width, box.height].map((n) => n.toFixed(1))].join(' '));
  walk(host.shadowRoot, 0);
  return lines;
})()`;

/** Opens a prerendered page whose scripts wait for `release()`: the page as painted before hydration. */
async function beforeHydration(path: string): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[]; release: () => void }> {
  const opened = await openPage(browser);
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await opened.page.route(/\/kl-elements\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await opened.page.goto(url(path), { waitUntil: 'commit' });
  await opened.page.waitForFunction(`document.querySelector('${ELEMENT}')?.shadowRoot && document.fonts.status === 'loaded'`);
  await opened.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { ...opened, requests, release };
}

const TAG_PAGES = PRERENDERED_PAGES.filter((page) => page.path.split('/').length === 4);
// The card's default view is Sorø's card (the builder's default): its page is checked as 0340's,
// which shows the same shadow root (see the test of the 98 card pages).
const CHECKED = [...TAG_PAGES.map((page) => page.path).filter((path) => path !== '/embed/kl-municipality-card/'), `/embed/kl-municipality-card/${SORO}/`];

/** The shadow root the server rendered into a page's element: its declarative template. */
const shadowMarkup = (file: string) => /<template shadowroot="open"[\s\S]*<\/template>/.exec(readFileSync(new URL(file, dist), 'utf8'))![0];

describe('prerendered pages without JavaScript', () => {
  it('/embed/kl-denmark-map/ shows the 98 municipalities, the legend and the text alternative', async () => {
    const { context, page } = await withoutJs('/embed/kl-denmark-map/');
    expect(await countInShadows(page, 'path[part~="municipality"]')).toBe(98);
    await expect.poll(() => page.locator('kl-denmark-map [part="map"]').isVisible()).toBe(true);
    expect((await page.locator('kl-denmark-map [part="map"]').boundingBox())!.height).toBeGreaterThan(300);
    expect(await page.locator('kl-denmark-map [part="legend-item"]').count()).toBeGreaterThan(2);
    expect(await page.locator('kl-denmark-map [part="legend"]').isVisible()).toBe(true);
    // The text alternative counts the municipalities by kind of document: 98 in all.
    const description = (await page.locator('kl-denmark-map #description').textContent())!;
    const counts = [...description.matchAll(/: (\d+) kommuner?\b/g)].map((match) => Number(match[1]));
    expect(counts.length, description).toBeGreaterThan(2);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(98);
    // The list opens without a script, and lists every municipality.
    await page.locator('kl-denmark-map [part="list"] summary').click();
    expect(await page.locator('kl-denmark-map [part="list"] li').count()).toBe(98);
    expect(await page.locator('kl-denmark-map [part="attribution"]').isVisible()).toBe(true);
    await context.close();
  });

  it(`/embed/kl-municipality-card/${SORO}/ shows Sorø's entry: form, category, document and period`, async () => {
    const { context, page } = await withoutJs(`/embed/kl-municipality-card/${SORO}/`);
    const view = municipalityCardView(DATA, SORO, { asOf: new Date(), lang: 'da' })!;
    const card = page.locator('kl-municipality-card');
    expect(await card.locator('[part="heading"]').textContent()).toBe('Sorø Kommune');
    for (const text of [soro.form, view.entry!.categoryLabel, soro.linkText, view.entry!.period.text]) {
      await expect.poll(() => card.getByText(text, { exact: true }).first().isVisible(), { message: text }).toBe(true);
    }
    // The locator map is prerendered inside it.
    expect(await countInShadows(page, 'path[part~="municipality"]')).toBe(98);
    await context.close();
  });

  it('all 98 card pages exist, each with its municipality in its title and its card', () => {
    for (const municipality of places.municipalities) {
      const html = readFileSync(new URL(`embed/kl-municipality-card/${municipality.code}/index.html`, dist), 'utf8');
      expect(html, municipality.code).toContain(`<title>${municipality.officialName}:`);
      expect(html, municipality.code).toMatch(new RegExp(`<kl-municipality-card\\s+municipality="${municipality.code}"`));
      expect(html, municipality.code).toMatch(new RegExp(`<h2 id="heading" part="heading"[^>]*><!--lit-part-->${municipality.officialName}<!--/lit-part--></h2>`));
    }
    // The card's default view (municipality="Sorø") is the same card.
    expect(shadowMarkup('embed/kl-municipality-card/index.html')).toBe(shadowMarkup(`embed/kl-municipality-card/${SORO}/index.html`));
  });

  // axe-core at 320 px here, and at 1280 px on the hydrated page, whose boxes and texts are these.
  it.each(CHECKED)('%s: Danish, with a real title and the fonts, fits 320 px where axe-core finds nothing, and prints its content', { timeout: 120_000 }, async (path) => {
    const { context, page } = await asServed(path, { width: 320, height: 720 });
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.title()).toMatch(/\S.* \(KL\)$/);
    expect(await page.title()).not.toContain('KL-element');
    // The fonts' rules and the page's styles are in the page, not links that hold its first paint
    // back by a round trip; the fonts they name load from the site's root.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('head style').evaluateAll((styles) => styles.map((style) => style.textContent!.includes("font-family: 'IBM Plex Sans'")))).toContain(true);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        loaded: [...document.fonts].filter((font) => font.family.includes('IBM Plex Sans') && font.status === 'loaded').length,
        from: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.woff2')),
      };
    });
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.from.length).toBeGreaterThan(0);
    for (const path of fonts.from) expect(path).toMatch(/^\/fonts\/ibm-plex-sans-[\w-]+\.woff2$/);
    // The iframe page's own styles are in it too (its hidden heading is hidden by them).
    expect(await page.locator('#embed-title').evaluate((h) => getComputedStyle(h).position)).toBe('absolute');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const base = page.locator(`${ELEMENT} >> [part~="base"]`).first();
    expect(await base.isVisible()).toBe(true);
    expect((await base.boundingBox())!.height).toBeGreaterThan(100);
    expect((await shownText(page)).length).toBeGreaterThan(20);
    await context.close();
  });
});

describe('prerendered pages with JavaScript', () => {
  it.each(CHECKED)('%s hydrates (with the hydrate support): the same nodes, every box and text as painted, no error, and axe-core finds nothing at 1280 px', { timeout: 120_000 }, async (path) => {
    const { context, page, problems, requests, release } = await beforeHydration(path);
    const before = await page.locator(ELEMENT).evaluate((host) => {
      const marks = window as unknown as { kl: Node[] };
      // A node of the element's shadow root, and of each element inside it.
      marks.kl = [host, ...[...host.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot)].map((e) => e.shadowRoot!.querySelector('[part~="base"]')!);
      return { defined: Boolean(customElements.get(host.localName)), marks: marks.kl.length };
    });
    expect(before.defined).toBe(false);
    const painted = (await page.evaluate(LAYOUT)) as string[];
    release();
    await page.waitForFunction(HYDRATED, undefined, { timeout: 30_000 });
    await settle(page);
    const after = await page.locator(ELEMENT).evaluate((host) => {
      const marks = (window as unknown as { kl: Node[] }).kl;
      const now = [host, ...[...host.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot)].map((e) => e.shadowRoot!.querySelector('[part~="base"]')!);
      return now.length === marks.length && now.every((node, i) => node !== null && node === marks[i] && node.isConnected);
    });
    expect(after, 'the server\'s nodes kept').toBe(true);
    // Nothing moved, grew, appeared, vanished or changed its words.
    expect(await page.evaluate(LAYOUT)).toEqual(painted);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests.filter((address) => HYDRATE_CHUNK.test(address))).toHaveLength(1);
    await context.close();
  });

  it('the hydrated map is interactive: a click on Sorø selects it and fires kl-municipality-select', async () => {
    const { context, page, problems, release } = await beforeHydration('/embed/kl-denmark-map/');
    release();
    await page.waitForFunction(HYDRATED);
    await settle(page);
    const event = page.locator('kl-denmark-map').evaluate(
      (map) => new Promise((resolve) => map.addEventListener('kl-municipality-select', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await page.locator(`kl-denmark-map path[role="option"][data-code="${SORO}"]`).click();
    expect(await event).toEqual({ code: SORO, name: 'Sorø' });
    expect(await page.locator('kl-denmark-map').getAttribute('selected')).toBe(SORO);
    expect(await page.locator(`kl-denmark-map path[role="option"][data-code="${SORO}"]`).getAttribute('aria-selected')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a page rendered on an earlier day shows its statuses at today\'s date once hydrated: Hørsholm (2020-2032) in 2033', async () => {
    const horsholm = code('Hørsholm');
    const built = readFileSync(new URL(`embed/kl-municipality-card/${horsholm}/index.html`, dist), 'utf8');
    const builtOn = /data-kl-prerendered="(\d{4}-\d{2}-\d{2})"/.exec(built)![1]!;
    const then = municipalityCardView(DATA, horsholm, { asOf: builtOn, lang: 'da' })!.entry!.statusLabel;
    const later = municipalityCardView(DATA, horsholm, { asOf: '2033-06-01', lang: 'da' })!.entry!.statusLabel;
    expect(later).not.toBe(then);

    const { context, page, problems } = await openPage(browser);
    await page.clock.setFixedTime(new Date('2033-06-01T12:00:00'));
    await page.goto(url(`/embed/kl-municipality-card/${horsholm}/`));
    await page.waitForFunction(HYDRATED);
    await settle(page);
    const badge = page.locator('kl-municipality-card [part="badge"]');
    await expect.poll(() => badge.textContent()).toBe(later);
    expect(await page.locator('kl-municipality-card .as-of').textContent()).toBe('pr. 1. juni 2033');
    // The locator map inside it, given the card's date, follows too: nothing says the build's day.
    expect(await page.locator(`kl-municipality-card kl-denmark-map`).getAttribute('as-of')).toBe('2033-06-01');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the ?el= page, with nothing prerendered, never downloads the hydrate support', async () => {
    const { context, page, problems } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url('/embed/?el=kl-denmark-map'));
    await settle(page);
    expect(requests.filter((address) => HYDRATE_CHUNK.test(address))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the builder's iframe snippet", () => {
  const snippetFor = async (path: string, change?: (page: Page) => Promise<void>) => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(path));
    await settle(page);
    await change?.(page);
    const snippet = await page.locator('#iframe-kode').inputValue();
    expect(problems).toEqual([]);
    return { context, snippet, link: await page.locator('#iframe-link').getAttribute('href') };
  };

  it('points at the prerendered page for a default map, and at ?el= once an option is set', async () => {
    const map = await snippetFor('/indlejring/');
    expect(map.snippet).toContain(`src="${url('/embed/kl-denmark-map/')}"`);
    expect(map.link).toBe(url('/embed/kl-denmark-map/'));
    await map.context.close();
    const status = await snippetFor('/indlejring/?el=kl-denmark-map&color-by=status');
    expect(status.snippet).toContain(`src="${url('/embed/')}?el=kl-denmark-map&amp;color-by=status"`);
    await status.context.close();
  });

  it('prerenderedPath: a card by any name of its municipality, an element in its defaults; null with another option or an unknown name', () => {
    for (const name of ['Sorø', 'Sorø Kommune', 'soroe', SORO]) expect(prerenderedPath('kl-municipality-card', [['municipality', name]]), name).toBe(`/embed/kl-municipality-card/${SORO}/`);
    expect(prerenderedPath('kl-municipality-card', [['municipality', 'Sorrø']])).toBeNull();
    expect(prerenderedPath('kl-municipality-card', [['municipality', 'Sorø'], ['heading-level', '3']])).toBeNull();
    expect(prerenderedPath('kl-denmark-map', [])).toBe('/embed/kl-denmark-map/');
    expect(prerenderedPath('kl-denmark-map', [['color-by', 'status']])).toBeNull();
    expect(prerenderedPath('kl-initiative-card', [['initiative', 'netvaerk-digitale-politikker-2021']])).toBe('/embed/kl-initiative-card/');
  });

  it("the card's snippet (\"Sorø Kommune\") points at 0340's page, and pasted into another site's page shows Sorø's card in an iframe that takes its height", async () => {
    const { context, snippet } = await snippetFor('/indlejring/?el=kl-municipality-card&municipality=Sor%C3%B8%20Kommune');
    expect(snippet).toContain(`src="${url(`/embed/kl-municipality-card/${SORO}/`)}"`);
    const host = await hostPage(context, snippet);
    const iframe = host.page.locator('iframe');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(HYDRATED, undefined, { timeout: 30_000 });
    await settle(frame);
    expect(await frame.locator('kl-municipality-card [part="heading"]').textContent()).toBe('Sorø Kommune');
    const fits = async () => {
      const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return outer > 300 && Math.abs(outer - content) <= 3;
    };
    await expect.poll(fits, { timeout: 10_000 }).toBe(true);
    expect(host.problems).toEqual([]);
    await context.close();
  });
});

describe("the article's noscript table", () => {
  it(`has one row per entry of the mapping (${entries.entries.length}), in the data's order, each cell as the data has it`, async () => {
    const { context, page } = await withoutJs('/artikel/');
    const rows = await page.locator('#linksamling noscript table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
    );
    expect(rows).toEqual(entries.entries.map((entry) => [entry.municipality, isFromText(entry) ? basisLabel(entry, 'da') : entry.form, entry.linkText || entry.url || '', entry.period.text]));
    // Solrød, from the mapping's example, says so where a row of the list has its form (as <kl-strategy-table> does).
    expect(rows.find(([name]) => name === 'Solrød')).toEqual(['Solrød', 'Et eksempel i kortlægningen, ikke dens liste', '', '']);
    // A link where the source gives the address.
    const withUrl = entries.entries.find((entry) => entry.url)!;
    expect(await page.locator(`#linksamling noscript a[href="${new URL(withUrl.url!).href}"]`).count()).toBe(1);
    await context.close();
  });
});
