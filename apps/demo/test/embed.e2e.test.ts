// The embed builder and the iframe embed: the copied HTML snippet, pasted into a page of another
// site, renders the element the builder showed; the iframe snippet's page reports its height
// and the snippet's helper sizes the iframe to it, accepting messages from that iframe only.
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hostPage, openPage, settle, url } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/** The element in the builder's preview, or the first element in `main` of a host page: tag and attributes. */
const describeElement = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])),
  }));

async function builder(path: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const opened = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await opened.page.goto(url(path));
  await settle(opened.page);
  return opened;
}

describe('/indlejring/', () => {
  it("the copied HTML snippet, pasted into another site's page, renders the same map with its 98 municipalities", async () => {
    const { context, page, problems } = await builder('/indlejring/');
    await page.locator('#element-valg').selectOption('kl-denmark-map');
    await page.locator('#attr-color-by').selectOption('status');
    await page.locator('#attr-highlight').fill('Sorø, Ringsted');
    await page.locator('#attr-zoom-to-highlight').check();
    await page.locator('#attr-heading').fill('Kort "Sjælland" & <omegn>');
    await expect.poll(() => page.locator('#html-kode').inputValue()).toContain('omegn');
    await settle(page);

    await page.getByRole('button', { name: 'Kopiér HTML' }).click();
    await expect.poll(() => page.locator('#kopier-status').textContent()).toBe('HTML-koden er kopieret.');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.locator('#html-kode').inputValue());
    expect(snippet).toContain(`<script type="module" src="${url('/kl-elements.js')}"></script>`);
    expect(snippet).toContain('heading="Kort &quot;Sjælland&quot; &amp; &lt;omegn&gt;"');
    expect(snippet).toMatch(/ zoom-to-highlight[ >]/);

    // The element may reflect more (its defaults), the same on both pages.
    const expected = await describeElement(page, '#preview > kl-denmark-map');
    expect(expected.attributes).toMatchObject({
      'color-by': 'status',
      highlight: 'Sorø, Ringsted',
      'zoom-to-highlight': '',
      heading: 'Kort "Sjælland" & <omegn>',
    });

    const host = await hostPage(context, snippet);
    await settle(host.page);
    expect(await describeElement(host.page, 'main > kl-denmark-map')).toEqual(expected);
    expect(await host.page.locator('kl-denmark-map path[role="option"][data-code]').count()).toBe(98);
    // `heading` is the map's visible title, and it names the map for screen readers.
    expect(await host.page.locator('kl-denmark-map [part="heading"]').textContent()).toBe('Kort "Sjælland" & <omegn>');
    expect(await host.page.getByRole('listbox', { name: 'Kort "Sjælland" & <omegn>', exact: true }).count()).toBe(1);
    expect(host.problems).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a card chosen by address (?el=kl-municipality-card&municipality=Sorø) pastes as the same card', async () => {
    const { context, page, problems } = await builder('/indlejring/?el=kl-municipality-card&municipality=Sor%C3%B8&heading-level=3');
    expect(await page.locator('#attr-municipality').inputValue()).toBe('Sorø');
    const snippet = await page.locator('#html-kode').inputValue();
    const expected = await describeElement(page, '#preview > kl-municipality-card');
    expect(expected.attributes).toMatchObject({ municipality: 'Sorø', 'heading-level': '3' });

    const host = await hostPage(context, snippet);
    await settle(host.page);
    expect(await describeElement(host.page, 'main > kl-municipality-card')).toEqual(expected);
    expect(await host.page.locator('kl-municipality-card h3[part="heading"]').textContent()).toContain('Sorø Kommune');
    expect(host.problems).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('where the Clipboard API is refused, says so and selects the code to copy by hand', async () => {
    const { context, page } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(url('/indlejring/'));
    await settle(page);
    await page.getByRole('button', { name: 'Kopiér iframe' }).click();
    await expect.poll(() => page.locator('#kopier-status').textContent()).toContain('Kopiering virkede ikke');
    const selection = await page.evaluate(() => {
      const active = document.activeElement as HTMLTextAreaElement;
      return { id: active.id, selected: active.value.slice(active.selectionStart, active.selectionEnd) === active.value };
    });
    expect(selection).toEqual({ id: 'iframe-kode', selected: true });
    await context.close();
  });
});

describe('/embed/', () => {
  it("the iframe snippet's iframe takes the height of its content, follows it, and ignores other messages", async () => {
    const { context, page, problems } = await builder('/indlejring/?el=kl-denmark-map&color-by=status');
    const snippet = await page.locator('#iframe-kode').inputValue();
    expect(snippet).toContain(`src="${url('/embed/')}?el=kl-denmark-map&amp;color-by=status"`);
    expect(snippet).toContain('height="900"');

    const host = await hostPage(context, snippet);
    const iframe = host.page.locator('iframe');
    const frame = await (await iframe.elementHandle())!.contentFrame();
    await settle(frame!);

    const heights = async () => ({
      iframe: await iframe.evaluate((element) => element.getBoundingClientRect().height),
      content: await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height),
    });
    const fits = async () => {
      const { iframe: outer, content } = await heights();
      return outer > 300 && Math.abs(outer - content) <= 3;
    };
    await expect.poll(fits, { timeout: 10_000 }).toBe(true);
    expect(await frame!.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

    // Narrower page, other content height: the iframe follows through ResizeObserver.
    const wide = await heights();
    await host.page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await heights()).iframe !== wide.iframe && (await fits()), { timeout: 10_000 }).toBe(true);

    // A message from anywhere but the iframe's own window and origin is ignored.
    const before = (await heights()).iframe;
    await host.page.evaluate(() => window.postMessage({ type: 'kl-embed-height', height: 50 }, '*'));
    await host.page.waitForTimeout(200);
    expect((await heights()).iframe).toBe(before);

    expect(host.problems).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the iframe's card shows a municipality chosen in its inspiration in its place, and takes no card-url from the address", async () => {
    const { context, page, problems } = await openPage(browser);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(url(`/embed/?el=kl-municipality-card&municipality=Sor%C3%B8&card-url=${encodeURIComponent('https://example.com/{code}')}`));
    await settle(page);
    const card = page.locator('kl-municipality-card');
    expect(await card.getAttribute('card-url')).toBeNull();
    expect(warnings.join('\n')).toContain('kl-municipality-card har ingen attribut "card-url" i indlejringen');
    await card.locator('[part="other"][data-code="0329"] button').click();
    await expect.poll(() => card.getAttribute('municipality')).toBe('0329');
    await expect.poll(() => card.locator('[part="heading"]').textContent()).toContain('Ringsted Kommune');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an unknown element gets a message, not a blank page, without repeating what the address says', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(`/embed/?el=${encodeURIComponent('OBS: KL har flyttet kortlægningen til www.example.com')}`));
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Ukendt element. Angiv ?el= med et af: kl-denmark-map');
    expect(alert).not.toContain('example.com');
    await context.close();
  });

  it('with lang=en the page speaks English: its title, its heading and its error', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('/embed/?el=kl-nope&lang=en'));
    expect(await page.getByRole('alert').textContent()).toContain('Unknown element. Set ?el= to one of:');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'KL element (embedded)']);
    await page.goto(url('/embed/?el=kl-denmark-map&lang=en'));
    await settle(page);
    expect(await page.title()).toBe("Map of the municipalities' strategic work with digitalisation (KL)");
    expect(await page.locator('#embed-title').evaluate((h) => [h.textContent, h.closest('[lang]')?.getAttribute('lang')])).toEqual([
      "Map of the municipalities' strategic work with digitalisation",
      'en',
    ]);
    await context.close();
  });
});
