// What the e2e tests share: the Chromium to use, a page that records what went wrong, waiting
// for the elements, axe-core, and the screenshots for reviewers.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright';
import { inject } from 'vitest';

/** The shared browser (started in global-setup). */
export const connect = (): Promise<Browser> => chromium.connect(inject('wsEndpoint'));

/** An absolute URL on the preview. */
export const url = (path: string): string => new URL(path, inject('baseURL')).href;

/** Screenshots for reviewers: artifacts/demo/ at the repository's root. */
export const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/demo/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

/** Records on `problems` what goes wrong on a page: console errors, uncaught errors, failed requests. */
export function watch(page: Page, problems: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** A new context (own storage, own viewport) with a page that records what goes wrong. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {}
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', ...options });
  const page = await context.newPage();
  return { context, page, problems: watch(page) };
}

/**
 * A page of another site (another origin than the demo's: localhost instead of 127.0.0.1), made
 * of `body`, as a CMS would serve an editor's page with a pasted snippet.
 */
export async function hostPage(context: BrowserContext, body: string): Promise<{ page: Page; problems: string[] }> {
  const origin = new URL(inject('baseURL')).origin.replace('127.0.0.1', 'localhost');
  const address = `${origin}/cms/side-${Math.random().toString(36).slice(2)}.html`;
  // A routed page has no address, so Chromium's Local Network Access counts it as a public site,
  // which may reach the preview on the loopback address only with this permission. (A page of a
  // real site and a real CDN are both public: editors' pages never need it.)
  await context.grantPermissions(['local-network-access'], { origin });
  await context.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>En side i et CMS</title></head><body><main><h1>En side i et CMS</h1>${body}</main></body></html>`,
    })
  );
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(address);
  return { page, problems };
}

/** Every kl-* element on the page, inside shadow roots too (runs in the browser). */
const KL_ELEMENTS = `(() => {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('kl-')) all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return all;
})()`;

/** Waits until every kl-* element (and those inside them) has rendered, and the fonts have loaded. */
export async function settle(page: Page | Frame): Promise<void> {
  try {
    await page.waitForFunction(
      `${KL_ELEMENTS}.every((el) => customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]'))`,
      undefined,
      { timeout: 20_000 }
    );
  } catch (error) {
    const undefinedTags = await page.evaluate(
      `[...new Set(${KL_ELEMENTS}.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))]`
    );
    throw new Error(
      `The elements did not render within 20 s; not defined: ${JSON.stringify(undefinedTags)}. Is /kl-elements.js the current bundle?`,
      { cause: error }
    );
  }
  await page.evaluate(`(async () => {
    await Promise.all(${KL_ELEMENTS}.map((el) => el.updateComplete));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  })()`);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.1 A/AA violations on the page, one line each (empty: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 5)
          .join(', ')})`
    );
  });
  return violations;
}

/** A full-page screenshot at a width, for reviewers (artifacts/demo/<name>-<width>.png). */
export async function screenshot(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 720 : 900 });
  await settle(page);
  await page.screenshot({ path: `${ARTIFACTS}${name}-${width}.png`, fullPage: true });
}
