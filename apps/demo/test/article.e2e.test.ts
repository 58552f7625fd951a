// The article page: the map, the link table and the card beside the map stay in step through
// the elements' attributes and kl-municipality-select events (src/pages/article.ts); the
// timeline's year control works by keyboard.
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, connect, openPage, settle, url } from './browser.js';

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
  await page.goto(url('/artikel/'));
  await settle(page);
});
afterEach(async () => {
  expect(problems).toEqual([]);
  await context.close();
});

describe('/artikel/', () => {
  it('selecting Sorø on the map selects its row in the table and shows its card beside the map', async () => {
    const card = page.locator('#valgt-kort');
    expect(await card.count()).toBe(0);
    expect(await page.locator('#valgt-hint').isVisible()).toBe(true);

    await page.locator('kl-denmark-map#kort path[data-code="0340"]').click();

    await expect.poll(() => page.locator('#kort').getAttribute('selected')).toBe('0340');
    expect(await page.locator('#tabel').getAttribute('selected')).toBe('0340');
    await expect.poll(() => page.locator('#tabel tr[part~="selected"] [part="municipality"]').textContent()).toContain('Sorø');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute('municipality')).toBe('0340');
    await expect.poll(() => card.locator('[part="heading"]').textContent()).toContain('Sorø Kommune');
    expect(await page.locator('#valgt-hint').isHidden()).toBe(true);

    await settle(page);
    await page.locator('#kortet').screenshot({ path: `${ARTIFACTS}artikel-kort-valgt-1280.png` });
  });

  it('finding "soroe" with the map\'s search selects Sorø on the map and in the table, and shows its card', async () => {
    const search = page.locator('#kort [part="search-input"]');
    await search.fill('soroe');
    await expect.poll(() => page.locator('#kort [part="search-list"] [role="option"]').first().textContent()).toBe('Sorø');
    await search.press('Enter');

    await expect.poll(() => page.locator('#kort').getAttribute('selected')).toBe('0340');
    expect(await page.locator('#tabel').getAttribute('selected')).toBe('0340');
    await expect.poll(() => page.locator('#valgt-kort [part="heading"]').textContent()).toContain('Sorø Kommune');
    expect(await page.locator('#kort [part="tooltip"]').textContent()).toContain('Sorø');
  });

  it('the map downloads as SVG and as PNG (real downloads), with the attribution in the SVG', async () => {
    const read = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#kort [part="download"][data-format="${format}"]`).click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const svg = await read('svg');
    expect(svg.name).toMatch(/^kort-kommunernes-digitale-strategier-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('Kort: DAGI, Styrelsen for Dataforsyning og Infrastruktur (frie geodata)');
    const png = await read('png');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2000);
  });

  it('selecting Esbjerg in the table selects it on the map and shows its card', async () => {
    await page.locator('#tabel [part="municipality"]', { hasText: 'Esbjerg' }).click();

    await expect.poll(() => page.locator('#kort').getAttribute('selected')).toBe('0561');
    await expect.poll(() => page.locator('#valgt-kort [part="heading"]').textContent()).toContain('Esbjerg Kommune');
    expect(await page.locator('kl-denmark-map#kort path[data-code="0561"]').getAttribute('aria-selected')).toBe('true');
  });

  it('the table\'s search box finds "Sorø" and shows only its row; the timeline\'s year slider moves a year with the keyboard', async () => {
    await page.locator('#tabel input[part="search"]').fill('Sorø');

    const visibleRows = page.locator('#tabel tr[part~="row"]').filter({ visible: true });
    await expect.poll(() => visibleRows.count()).toBe(1);
    expect(await visibleRows.first().locator('[part="municipality"]').textContent()).toContain('Sorø');
    expect(await page.locator('#tabel [part="count"]').textContent()).toMatch(/1 af 65/);

    // The timeline, on the same page load: its slider is found by role and name, and ArrowLeft sets as-of to the end of the year before.
    const slider = page.getByRole('slider', { name: 'Vis status for året' });
    const year = Math.min(2032, new Date().getFullYear());
    expect(await slider.inputValue()).toBe(String(year));
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('kl-strategy-timeline').getAttribute('as-of')).toBe(`${year - 1}-12-31`);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${year - 1}: \\d+ gældende, \\d+ udløbet`));
  });

  it("the Solrød example's card says »Ingen strategi« and that it rests on the example; the key figures give the mapping's paragraphs and count the published 8 of other strategies", async () => {
    const solrød = page.locator('aside.example-card kl-municipality-card[municipality="Solrød"]');
    expect(await solrød.locator('.category').textContent()).toBe('Ingen strategi');
    expect(await solrød.locator('.basis dd').textContent()).toMatch(/^Et eksempel i kortlægningen, ikke dens liste: I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi/);
    expect(await solrød.locator('.not-registered').count()).toBe(0);

    const figures = page.locator('#de-korte-tal kl-key-figures');
    const paragraphs = await figures.locator('[part="paragraph"] q').allTextContents();
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Alle 98 kommuner arbejder strategisk med digitalisering/);
    expect(paragraphs[1]).toMatch(/^Den mest gængse type af dokument/);
    expect(paragraphs[1]).toContain('35 kommuner har en "digitaliseringsstrategi", hvoraf størstedelen fortsat er gældende og nogle enten er udløbet i 2020 eller er ved at blive revideret');
    const partOfOther = figures.locator('[part="counted-figure"][data-id="part-of-other"]');
    expect(await partOfOther.locator('.number').textContent()).toBe('8');
    expect(await partOfOther.locator('.published-value').textContent()).toBe('Offentliggjort: 8');
  });
});
