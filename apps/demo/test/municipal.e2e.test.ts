// The municipal page: every choice in its selector shows the right card, the page reads
// ?kommune= with a few lines of script, and the selector is a plain GET form.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openPage, settle, url } from './browser.js';

/** What the card says for each option of the selector. */
const EXPECTED: Record<string, { heading: string; text?: string[] }> = {
  Esbjerg: { heading: 'Esbjerg Kommune' },
  'Sorø Kommune': { heading: 'Sorø Kommune' },
  Vallensbæk: { heading: 'Vallensbæk Kommune' },
  // Not in the mapping's list, but "Ingen strategi" by its example, and the card says where that comes from.
  Solrød: { heading: 'Solrød Kommune', text: ['Ingen strategi', 'Et eksempel i kortlægningen, ikke dens liste'] },
  Aarhus: { heading: 'Aarhus Kommune' },
  '0101': { heading: 'Københavns Kommune' },
  Ballerup: { heading: 'Ballerup Kommune', text: ["Kommunen er ikke registreret i KL's kortlægning"] },
  Sorrø: { heading: '', text: ['Ukendt kommune', 'Ingen kommune hedder "Sorrø"', 'Mente du', 'Sorø'] },
};

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

describe('/kommune/', () => {
  it('offers exactly the municipalities this test checks, including one not in the mapping and one misspelled', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('/kommune/'));
    const values = await page.locator('#kommune-valg option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(Object.keys(EXPECTED));
    await context.close();
  });

  it.each(Object.entries(EXPECTED))('?kommune=%s shows the right card', async (written, expected) => {
    const { context, page, problems } = await openPage(browser);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(url(`/kommune/?kommune=${encodeURIComponent(written)}`));
    await settle(page);

    const card = page.locator('#kommune-kort');
    expect(await card.getAttribute('municipality')).toBe(written);
    expect(await page.locator('#kommune-valg').inputValue()).toBe(written);
    if (expected.heading) expect(await card.locator('[part="heading"]').textContent()).toContain(expected.heading);
    const text = (await card.locator('[part="base"]').first().innerText()).replace(/\s+/g, ' ');
    for (const phrase of expected.text ?? []) expect(text).toContain(phrase);
    if (written === 'Sorrø') expect(warnings.join('\n')).toContain('Sorrø');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("Sorø's page shows, under its entry, its neighbours and others with the same kind of document, each a link to that municipality's page", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(`/kommune/?kommune=${encodeURIComponent('Sorø Kommune')}`));
    await settle(page);
    const card = page.locator('#kommune-kort');
    expect(await card.getByRole('heading', { name: 'Inspiration fra andre kommuner' }).count()).toBe(1);
    const neighbours = card.locator('.group').first();
    expect(await neighbours.locator('.group-title').textContent()).toBe('Nabokommuner');
    expect(await neighbours.locator('[part="other-link"]').allTextContents()).toEqual(['Holbæk Kommune', 'Kalundborg Kommune', 'Næstved Kommune', 'Ringsted Kommune', 'Slagelse Kommune']);
    expect(await card.locator('[part="other"][data-code="0329"] a').getAttribute('href')).toBe('/kommune/?kommune=0329');
    expect(await card.locator('.group').nth(1).locator('.group-title').textContent()).toBe('Samme slags dokument: Digitaliseringsprincipper');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("following Ringsted's link (by keyboard) opens Ringsted's page: its card, its name in the frame and in the demo's choices", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(`/kommune/?kommune=${encodeURIComponent('Sorø Kommune')}`));
    await settle(page);
    await page.locator('#kommune-kort [part="other"][data-code="0329"] a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/kommune=0329/);
    await settle(page);
    expect(await page.locator('#kommune-kort [part="heading"]').textContent()).toContain('Ringsted Kommune');
    expect(await page.locator('#kommune-navn').textContent()).toBe('Ringsted');
    expect(await page.locator('#kommune-valg').inputValue()).toBe('0329');
    expect(await page.title()).toBe('Digitalisering – Ringsted Kommune (demo)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an island\'s page (Samsø, 0741) says it has no land border and shows the nearest municipalities', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('/kommune/?kommune=0741'));
    await settle(page);
    const card = page.locator('#kommune-kort');
    expect(await card.locator('.group-title').first().textContent()).toBe('Nærmeste kommuner');
    expect(await card.locator('.nearest-note').textContent()).toContain('Samsø Kommune har ingen landgrænse');
    expect(await card.locator('[part="other-link"]').allTextContents()).toEqual(['Odder Kommune', 'Syddjurs Kommune', 'Horsens Kommune']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Foreslå en rettelse" on the page is a mailto: link to the mapping\'s contact, about this municipality', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('/kommune/?kommune=Esbjerg'));
    await settle(page);
    const href = (await page.locator('#kommune-kort [part="correction"]').getAttribute('href'))!;
    const mail = new URL(href);
    expect(`${mail.protocol}${mail.pathname}`).toBe('mailto:stho@kl.dk');
    expect(mail.searchParams.get('subject')).toBe("Rettelse til KL's kortlægning: Esbjerg Kommune (0561)");
    await context.close();
  });

  it('a code that is no municipality (?kommune=9999) is not quoted and names no page', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('/kommune/?kommune=9999'));
    await settle(page);
    expect(await page.locator('#kommune-kort').getAttribute('municipality')).toBeNull();
    expect(await page.locator('#kommune-navn').textContent()).toBe('Din');
    await context.close();
  });

  it('the selector is a form: choosing Ballerup and pressing "Vis siden" loads ?kommune=Ballerup', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('/kommune/'));
    await page.locator('#kommune-valg').selectOption('Ballerup');
    await page.getByRole('button', { name: 'Vis siden' }).click();
    await page.waitForURL(/kommune=Ballerup/);
    await settle(page);
    expect(await page.locator('#kommune-kort [part="heading"]').textContent()).toContain('Ballerup Kommune');
    expect(await page.locator('#kommune-navn').textContent()).toBe('Ballerup');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a crafted address puts no text of its own on the page: ?kommune=<a sentence> is not quoted by the card', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(`/kommune/?kommune=${encodeURIComponent('OBS: KL har flyttet kortlægningen til www.example.com')}`));
    await settle(page);
    const text = await page.locator('body').evaluate((body) => {
      const walk = (node: Node): string =>
        node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(walk).join('');
      return walk(body);
    });
    expect(text).not.toContain('example.com');
    expect(await page.locator('#kommune-navn').textContent()).toBe('Din');
    await context.close();
  });

  it('text from the address is never parsed as HTML', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(`/kommune/?kommune=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`));
    await settle(page);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#kommune-navn').textContent()).toBe('Din');
    await context.close();
  });
});
