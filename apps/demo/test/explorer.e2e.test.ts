// The explorer page: the timeline under the explorer marks the year of the explorer's year
// control, and a click on one of its years chooses it in the explorer (src/pages/explorer.ts).
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect, openPage, settle, url } from './browser.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  ({ context, page, problems } = await openPage(browser));
});
afterEach(async () => {
  expect(problems).toEqual([]);
  await context.close();
});

describe('/udforsk/', () => {
  it('a link with #kommune=0340&aar=2018 shows 2018 on the slider and the timeline; ArrowRight moves both to 2019; a click on 2024 in the timeline chooses it in the explorer', async () => {
    await page.goto(url('/udforsk/#kommune=0340&aar=2018'));
    await settle(page);
    const timeline = page.locator('#tidslinje');
    const map = page.locator('kl-strategy-explorer kl-denmark-map[part="map"]');
    const slider = page.getByRole('slider', { name: 'Vis status for året' });

    expect(await slider.inputValue()).toBe('2018');
    await expect.poll(() => timeline.getAttribute('as-of')).toBe('2018-12-31');
    expect(await timeline.locator('g.year.selected').getAttribute('data-year')).toBe('2018');

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => timeline.getAttribute('as-of')).toBe('2019-12-31');
    expect(new URL(page.url()).hash).toBe('#kommune=0340&aar=2019');
    expect(await timeline.locator('g.year.selected').getAttribute('data-year')).toBe('2019');

    await timeline.locator('g.year[data-year="2024"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#kommune=0340&aar=2024');
    await expect.poll(() => slider.inputValue()).toBe('2024');
    await expect.poll(() => map.getAttribute('as-of')).toBe('2024-12-31');
    expect(await timeline.getAttribute('as-of')).toBe('2024-12-31');
  });
});
