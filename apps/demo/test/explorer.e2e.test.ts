// The explorer page: the timeline under the explorer follows the year of the explorer's year
// control, from a shared link, by keyboard and through Back (src/pages/explorer.ts).
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openPage, settle, url } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

describe('/udforsk/', () => {
  it('a link with #kommune=0340&aar=2018 shows 2018 on the slider and the timeline; ArrowRight and End move both; Back returns both to 2018', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('/udforsk/#kommune=0340&aar=2018'));
    await settle(page);
    const timeline = page.locator('#tidslinje');
    const map = page.locator('kl-strategy-explorer kl-denmark-map[part="map"]');
    const slider = page.getByRole('slider', { name: 'Vis status for året' });
    const selected = () => timeline.locator('g.year.selected').getAttribute('data-year');

    expect(await slider.inputValue()).toBe('2018');
    await expect.poll(() => timeline.getAttribute('as-of')).toBe('2018-12-31');
    expect(await selected()).toBe('2018');

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => timeline.getAttribute('as-of')).toBe('2019-12-31');
    expect(new URL(page.url()).hash).toBe('#kommune=0340&aar=2019');
    expect(await map.getAttribute('as-of')).toBe('2019-12-31');
    expect(await selected()).toBe('2019');

    await page.keyboard.press('End');
    await expect.poll(() => selected()).toBe('2032');
    expect(await timeline.getAttribute('as-of')).toBe('2032-12-31');

    // ArrowRight and End were one slide: one history entry.
    await page.goBack();
    await expect.poll(() => timeline.getAttribute('as-of')).toBe('2018-12-31');
    expect(await slider.inputValue()).toBe('2018');
    expect(problems).toEqual([]);
    await context.close();
  });
});
