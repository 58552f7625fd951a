// The news pages' initiative cards give the source's headed parts with their points: the action
// plan's examples of foundations and the leadership network's questions (issue 11, item 17).
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

/** The headings and points of the initiative card's sections on a news page. */
async function sections(path: string): Promise<{ headings: string[]; items: string[] }> {
  const { context, page, problems } = await openPage(browser);
  await page.goto(url(path));
  await settle(page);
  const card = page.locator('aside kl-initiative-card');
  const section = card.locator('[part="section"]');
  const result = { headings: (await section.locator('h3').allTextContents()).map((t) => t.trim()), items: (await section.locator('li').allTextContents()).map((t) => t.trim()) };
  expect(problems).toEqual([]);
  await context.close();
  return result;
}

describe('/nyheder/', () => {
  it("the action plan's card gives its examples of foundations: the programme for it- og datasikkerhed and the joint municipal framework architecture", async () => {
    const { headings, items } = await sections('/nyheder/digital-handleplan-2016-2020.html');
    expect(headings).toEqual(['Fokus på fundamenter for digitalisering']);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('et program for it- og datasikkerhed');
    expect(items[1]).toContain('den fælleskommunale rammearkitektur');
  });

  it("the leadership network's card gives the network's eight questions", async () => {
    const { headings, items } = await sections('/nyheder/netvaerk-ledelse-af-digitalisering-2017.html');
    expect(headings).toEqual(['Mange temaer']);
    expect(items).toHaveLength(8);
    expect(items[0]).toBe('Hvordan lykkes vi med at implementere teknologierne, når de udvikles med så stor hast, som det er tilfældet?');
  });
});
