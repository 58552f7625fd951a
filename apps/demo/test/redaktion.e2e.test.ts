// The editors' workbench, as the "done when" has it: Furesø's period mistyped gives the
// build's own message beside the field and in the summary, put right it goes; the downloaded
// strategies.csv is data/strategies.csv with that one edit, the downloaded dataset passes core's
// schema, and a map on another site given it through `src` shows the new period. The work
// survives a reload, "Start forfra" clears it, and without storage the page says so and works on.
import { readFileSync } from 'node:fs';
import { validateDataset } from '@kl-digital/core';
import { buildDatasetFromFiles, DATA_FILES, type DataFiles } from '@kl-digital/core/build';
import type { Browser, Download, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, connect, hostPage, openPage, settle, url } from './browser.js';

const data = (file: string) => readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
const STRATEGIES = data('strategies.csv');
const FURESØ_LINE = STRATEGIES.split('\n').find((line) => line.startsWith('0190,'))!;

/** What `npm run data` says about data/ with Furesø's period mistyped. */
function buildMessages(): string[] {
  const files: DataFiles = Object.fromEntries(Object.values(DATA_FILES).map((file) => [file, data(file)]));
  const result = buildDatasetFromFiles({ ...files, 'strategies.csv': STRATEGIES.replace(FURESØ_LINE, FURESØ_LINE.replace('Godkendt 2019', 'Godkent 2019')) });
  return result.ok ? [] : result.errors.map((error) => error.message);
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/** The text of the file a button downloads (read as a stream: the browser runs on the test's other side). */
async function downloaded(page: Page, button: string): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function openFuresø(page: Page) {
  await page.getByRole('searchbox', { name: 'Find kommune' }).fill('Furesø');
  await page.getByRole('button', { name: /^Furesø/ }).click();
  await expect.poll(() => page.locator('#panel-titel').textContent()).toBe('Furesø Kommune');
  return page.getByRole('textbox', { name: 'Periode' });
}

describe('/redaktion/', () => {
  it("Furesø's period mistyped gives the build's message; put right, the CSV, the dataset and a map with src= show the edit; reload keeps it, start over clears it", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('/redaktion/'));
    await settle(page);

    const period = await openFuresø(page);
    expect(await period.inputValue()).toBe('Godkendt 2019');

    // The build's own message, beside the field (aria-describedby, aria-invalid) and in the summary.
    const [message] = buildMessages();
    expect(message).toBe('data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period');
    await period.fill('Godkent 2019');
    const error = page.locator('#r12-period-fejl');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain(message);
    expect((await period.getAttribute('aria-describedby'))?.split(' ')).toContain('r12-period-fejl');
    expect(await period.getAttribute('aria-invalid')).toBe('true');
    const summary = page.getByRole('region', { name: 'Der er 1 fejl' });
    const link = summary.getByRole('link', { name: message });
    expect(await link.getAttribute('href')).toBe('#r12-period');
    await link.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('r12-period');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Der er 1 fejl');
    // One axe run, on the page at its narrowest with the error shown (the page tests check it as loaded).
    await page.setViewportSize({ width: 320, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page), 'axe at 320 px with an error shown').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // No JSON while there are errors: the button says why.
    expect(await page.getByRole('button', { name: 'Hent kommunernes-strategier.json' }).getAttribute('aria-disabled')).toBe('true');

    await period.fill('2019-2023');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await period.getAttribute('aria-invalid')).toBeNull();
    expect(await summary.count()).toBe(0);
    expect(await page.locator('#aendringer tbody tr').allTextContents()).toEqual(['12FuresøPeriode (period)Godkendt 20192019-2023']);

    // strategies.csv: the committed file with Furesø's one edit, header and all.
    const csv = await downloaded(page, 'Hent strategies.csv');
    expect(csv.split('\n')[0]).toBe(STRATEGIES.split('\n')[0]);
    expect(csv).toBe(STRATEGIES.replace(FURESØ_LINE, FURESØ_LINE.replace('Godkendt 2019', '2019-2023')));

    // The dataset: valid by core's schema, with the edit.
    const json = await downloaded(page, 'Hent kommunernes-strategier.json');
    const checked = validateDataset(JSON.parse(json));
    expect(checked.ok).toBe(true);
    const furesø = checked.ok ? checked.dataset.entries.find((e) => e.code === '0190') : undefined;
    expect(furesø?.period).toEqual({ text: '2019-2023', kind: 'range', from: 2019, to: 2023, openEnded: false });

    // Published on a static host with the CORS header, a map on another site takes it through src.
    const published = 'https://data.kl-digital.invalid/kommunernes-strategier.json';
    await context.route(published, (route) =>
      route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: json })
    );
    await page.getByRole('textbox', { name: 'Adressen, hvor JSON-filen bliver lagt' }).fill(published);
    await page.getByRole('combobox', { name: 'Scriptet hentes fra' }).selectOption('demo');
    const snippet = await page.locator('#kode').inputValue();
    expect(snippet).toContain(`<kl-denmark-map src="${published}"></kl-denmark-map>`);
    const host = await hostPage(context, snippet);
    await settle(host.page);
    const furesøOnTheMap = await host.page.locator('kl-denmark-map path[role="option"][data-code="0190"]').getAttribute('aria-label');
    expect(furesøOnTheMap).toContain('2019-2023');
    expect(furesøOnTheMap).not.toContain('Godkendt 2019');
    expect(host.problems).toEqual([]);

    // A reload keeps the work; "Start forfra", confirmed, clears it.
    await page.reload();
    await settle(page);
    expect(await page.locator('#panel-titel').textContent()).toBe('Furesø Kommune');
    expect(await period.inputValue()).toBe('2019-2023');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Dit arbejde fra');
    await page.getByRole('button', { name: 'Start forfra' }).click();
    await page.getByRole('dialog', { name: 'Start forfra?' }).getByRole('button', { name: 'Ja, start forfra' }).click();
    await expect.poll(() => period.inputValue()).toBe('Godkendt 2019');
    expect(await page.locator('#aendringer-antal').textContent()).toBe('Ingen ændringer i forhold til den indlæste version.');
    expect(await page.evaluate(() => localStorage.getItem('kl-digital:redaktion:v1'))).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("Solrød, outside the mapping's list, is registered by its text as »Ingen strategi«: the panel says so, not \"ikke med i kortlægningen\", and still offers a row", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('/redaktion/'));
    await settle(page);
    await page.getByRole('searchbox', { name: 'Find kommune' }).fill('Solrød');
    await page.getByRole('button', { name: /^Solrød/ }).click();
    await expect.poll(() => page.locator('#panel-titel').textContent()).toBe('Solrød Kommune');
    const panel = page.locator('#panel-indhold');
    expect(await panel.locator('p', { hasText: 'kortlægningens liste' }).textContent()).toBe(
      'Solrød står ikke i kortlægningens liste, men dens tekst registrerer kommunen som »Ingen strategi« (data/text-mentions.csv). Tilføj et opslag, hvis kommunen har sendt en strategi, principper eller en politik.',
    );
    expect(await panel.textContent()).not.toContain('ikke med i kortlægningen');
    expect(await page.getByRole('button', { name: 'Tilføj et opslag for Solrød' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without storage (private mode) says so, and the editing works on', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.goto(url('/redaktion/'));
    await settle(page);
    expect(await page.locator('#lager-advarsel').isVisible()).toBe(true);
    expect(await page.locator('#lager-advarsel').textContent()).toContain('Browseren vil ikke gemme');
    const period = await openFuresø(page);
    await period.fill('Godkent 2019');
    await expect.poll(() => page.locator('#r12-period-fejl').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
