// Printing: an article with the key figures, the map, Sorø's card and the 65-row table, as an
// editor pastes them into a page of their own (the fonts and the one script), printed on A4 with
// Chromium's default margins. It took 21 pages, 16 of them the table as cards, four to a page.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hostPage, openPage, settle, url } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/** The pages of a PDF: its page objects (`/Type /Page`, not the tree's `/Type /Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe('print', () => {
  it("an article with the key figures, the map, Sorø's card and the 65-row table (the list's 64, Solrød from its example) prints on at most 8 A4 pages, the table as a table", async () => {
    const { context } = await openPage(browser);
    try {
      const article = `<link rel="stylesheet" href="${url('/kl-fonts.css')}"><script type="module" src="${url('/kl-elements.js')}"></script>
        <p>Kommunernes strategiske arbejde med digitalisering, kortlagt af KL.</p>
        <kl-key-figures></kl-key-figures>
        <kl-denmark-map></kl-denmark-map>
        <kl-municipality-card municipality="Sorø"></kl-municipality-card>
        <kl-strategy-table></kl-strategy-table>`;
      const { page, problems } = await hostPage(context, article);
      await settle(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('kl-strategy-table tbody tr').count()).toBe(65);
      expect(await page.locator('kl-strategy-table tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
      const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' } });
      expect(pageCount(pdf)).toBeGreaterThan(0);
      expect(pageCount(pdf)).toBeLessThanOrEqual(8);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    // Laying out and printing four elements, the table's 65 rows among them: as long as a page check.
  }, 120_000);
});
