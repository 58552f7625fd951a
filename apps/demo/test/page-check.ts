// The check every page gets: no console error, no failed request, nothing axe-core reports
// against WCAG 2.1 A/AA at 1280 and at 320 px, no sideways scrolling at 320 px, headings in
// order, a skip link as the keyboard's first stop, and a full-page screenshot at each width for
// reviewers.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, connect, openPage, screenshot, settle, url } from './browser.js';
import type { Visit } from './visits.js';

/**
 * The visible headings in reading order, through the elements' shadow roots: where the first is
 * not an h1, or a heading skips a level (h2 to h4), one line each (empty: in order).
 */
async function headingJumps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings: [number, string][] = [];
    const walk = (root: Element | ShadowRoot) => {
      for (const element of root.children) {
        const level =
          /^h([1-6])$/.exec(element.localName)?.[1] ??
          (element.getAttribute('role') === 'heading' ? element.getAttribute('aria-level') : null);
        if (level && element.getClientRects().length > 0) headings.push([Number(level), element.textContent?.trim().slice(0, 60) ?? '']);
        if (element.shadowRoot) walk(element.shadowRoot);
        walk(element);
      }
    };
    walk(document.documentElement);
    const problems = headings[0]?.[0] === 1 ? [] : [`first heading is not an h1: ${JSON.stringify(headings[0])}`];
    headings.forEach(([level, text], i) => {
      const previous = headings[i - 1];
      if (previous && level > previous[0] + 1) problems.push(`h${previous[0]} "${previous[1]}" is followed by h${level} "${text}"`);
    });
    return problems;
  });
}

export function checkPages(visits: readonly Visit[]): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(visits)('$path', ({ name, path }) => {
    it('loads cleanly, passes axe at 1280 and 320 px, fits 320 px, has its headings in order and a skip link', async () => {
      const { context, page, problems } = await openPage(browser);
      try {
        await page.goto(url(path));
        await settle(page);
        expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
        expect(await headingJumps(page), 'headings in order').toEqual([]);
        await screenshot(page, name, 1280);
        await screenshot(page, name, 320);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);
        expect(await axeViolations(page), 'axe at 320 px').toEqual([]);
        expect(problems).toEqual([]);

        // The iframe page is part of other sites' pages: it has no skip link of its own.
        if (name !== 'embed') {
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#indhold');
          expect((await page.locator('.skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);
          expect(await page.locator('main#indhold').count()).toBe(1);
        }
      } finally {
        await context.close();
      }
      // Two axe runs and two full-page screenshots of a page with a map and a 64-row table: 13 s
      // alone here, past 30 s while CI runs the elements' browser tests beside it.
    }, 120_000);
  });
}
