// The elements inside pages that do their worst: aggressive global CSS, a strict
// Content-Security-Policy, two copies and two versions of the bundle. Each page loads only the
// CDN bundle, as an editor's page would.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../src/test-support/fixture.js';
import { appearance, deep, ELEMENTS, KEY_PARTS, parkPointer, type ElementCase } from './hostile-support.js';

const frames: HTMLIFrameElement[] = [];
const blobs: string[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  blobs.splice(0).forEach((url) => URL.revokeObjectURL(url));
});

const HOSTILE_CSS = `
  * { all: revert; font-size: 30px !important; line-height: 3 !important; letter-spacing: 4px !important; word-spacing: 12px !important; }
  :root { color-scheme: dark !important; accent-color: hotpink !important; }
  html, body {
    font-family: "Comic Sans MS", cursive !important; color: red !important; text-transform: uppercase !important;
    font-style: italic !important; font-weight: 900 !important; font-variant: small-caps !important; text-shadow: 2px 2px 0 lime !important;
    text-align: center !important; text-indent: 40px !important; word-break: break-all !important; hyphens: auto !important;
    white-space: pre !important; cursor: crosshair !important; list-style: square inside !important; caption-side: bottom !important;
    border-collapse: collapse !important; quotes: "«" "»" !important; -webkit-text-fill-color: red !important; tab-size: 20 !important;
    font-feature-settings: "smcp" !important; font-kerning: none !important;
    fill: red !important; stroke: lime !important; stroke-width: 9px !important;
  }
  svg, svg *, path, rect, circle, line, text { fill: red !important; stroke: lime !important; stroke-width: 9px !important; }
  table, thead, tbody, tr, td, th, caption { display: block !important; }
  button, input, select, summary { appearance: none !important; background: hotpink !important; padding: 40px !important; border-radius: 0 !important; }
  div, p, ul, li, span, section, article, dl, dt, dd, h1, h2, h3, figure, blockquote, fieldset, label, a { margin: 30px !important; padding: 30px !important; border: 5px dashed blue !important; }
  a { color: lime !important; text-decoration: line-through !important; }
  details, summary { display: none !important; }
  :focus { outline: none !important; }
  [hidden] { display: block !important; }
`;

/** A frame's window, with its own constructors (`win.MouseEvent`) and console. */
type FrameWindow = Window & typeof globalThis;

async function page(body: string, head = '', options: { bundle?: boolean; width?: number } = {}): Promise<{ doc: Document; win: FrameWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 1000}px`;
  frame.style.height = '900px';
  frames.push(frame);
  const script = options.bundle === false ? '' : '<script type="module" src="/dist/cdn/kl-elements.js"></script>';
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">${head}${script}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as FrameWindow, frame };
}

const ready = (element: ElementCase, host: Element) => until(() => element.ready(host), 8000);
const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** The look of each key part of an element, by selector (nested shadow roots with ` >>> `). */
function looks(element: ElementCase, host: Element): Record<string, Record<string, string | number>> {
  const result: Record<string, Record<string, string | number>> = {};
  for (const path of KEY_PARTS[element.tag]!) {
    const part = deep(host, path);
    if (!part) throw new Error(`<${element.tag}>: nothing matches ${path}`);
    result[path] = appearance(part);
  }
  return result;
}

describe('hostile host pages: aggressive global CSS', () => {
  it.each(ELEMENTS.map((e) => [e.tag, e] as const))(
    'a page with `* { all: revert }`, `svg path { fill: red }`, `table { display: block }` and !important rules does not change how <%s> looks',
    async (_tag, element) => {
      const body = `<div class="column" style="width:600px">${element.markup}</div>`;
      const [clean, hostile] = await Promise.all([page(body), page(body, `<style>${HOSTILE_CSS}</style>`)]);
      const hosts = [clean, hostile].map(({ doc }) => doc.querySelector(element.tag)!);
      for (const host of hosts) await ready(element, host);
      await parkPointer();
      await settle(50);
      const [before, after] = hosts.map((host) => looks(element, host)) as [ReturnType<typeof looks>, ReturnType<typeof looks>];
      // The host box belongs to the page (its display, margins); everything inside it stays as it was.
      for (const path of Object.keys(before)) expect({ path, ...after[path] }).toEqual({ path, ...before[path] });
    },
  );

  it('the page\'s own focus rule (`:focus { outline: none !important }`) does not remove the elements\' focus ring', async () => {
    const { doc } = await page('<div style="width:600px"><kl-strategy-table></kl-strategy-table></div>', `<style>${HOSTILE_CSS}</style>`);
    const table = doc.querySelector('kl-strategy-table')!;
    await ready(ELEMENTS[1]!, table);
    const button = deep(table, 'tbody th button') as HTMLButtonElement;
    // A keyboard focus (focus-visible) from inside the frame.
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('3px');
  });
});

describe('hostile host pages: right to left', () => {
  it.each(ELEMENTS.map((e) => [e.tag, e] as const))('a page written right to left (dir="rtl") does not mirror <%s>: its content is Danish or English, left to right', async (_tag, element) => {
    const body = (dir: string) => `<div dir="${dir}" style="width:600px">${element.markup}</div>`;
    const [clean, rtl] = await Promise.all([page(body('ltr')), page(body('rtl'))]);
    const hosts = [clean, rtl].map(({ doc }) => doc.querySelector(element.tag)!);
    for (const host of hosts) await ready(element, host);
    await parkPointer();
    await settle(50);
    // Where each part is within the element, and which way its text runs.
    const placed = (host: Element) => {
      const origin = host.getBoundingClientRect();
      return Object.fromEntries(
        KEY_PARTS[element.tag]!.map((path) => {
          const part = deep(host, path)!;
          const box = part.getBoundingClientRect();
          return [path, { x: Math.round(box.left - origin.left), y: Math.round(box.top - origin.top), direction: getComputedStyle(part).direction, ...appearance(part) }];
        }),
      );
    };
    const [before, after] = hosts.map(placed) as [ReturnType<typeof placed>, ReturnType<typeof placed>];
    for (const path of Object.keys(before)) expect({ path, ...after[path] }).toEqual({ path, ...before[path] });
  });
});

describe('hostile host pages: strict Content-Security-Policy', () => {
  const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'"><script src="/test/fixtures/csp-probe.js"></script>`;

  async function strictPage(body: string) {
    const result = await page(body, CSP);
    const violations = (result.win as unknown as { __cspViolations?: string[] }).__cspViolations;
    expect(Array.isArray(violations), 'the CSP probe script did not run').toBe(true);
    return { ...result, violations: violations! };
  }

  it('the probe sees a violation when there is one (an inline style attribute)', async () => {
    const { doc, violations } = await strictPage('<p>tekst</p>');
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
    await until(() => violations.length > 0);
    expect(violations[0]).toContain('style-src');
  });

  it('every element renders on a page with a strict CSP, and no violation is reported', async () => {
    const { doc, violations } = await strictPage(ELEMENTS.map((e) => `<section>${e.markup}</section>`).join(''));
    for (const element of ELEMENTS) await ready(element, doc.querySelector(element.tag)!);
    await settle();
    expect(violations).toEqual([]);
  });

  it('interactions that render new content (map tooltip, legend filter, table search, filter and sort, card details, list filter, explorer selection) report no violation', async () => {
    const { doc, win, violations } = await strictPage(ELEMENTS.map((e) => `<section>${e.markup}</section>`).join(''));
    for (const element of ELEMENTS) await ready(element, doc.querySelector(element.tag)!);
    const click = (el: Element | null) => el!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));

    // Map: tooltip on focus and on hover, a legend filter.
    const map = doc.querySelector('kl-denmark-map')!;
    (deep(map, 'svg[part="map"]') as SVGSVGElement).focus();
    await until(() => deep(map, '[part="tooltip"]'));
    deep(map, 'path[data-code="0461"]')!.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse', clientX: 300, clientY: 300 }));
    click(deep(map, '.legend-item'));
    await until(() => deep(map, '.legend-item')!.getAttribute('aria-pressed') === 'true');

    // Table: search, a category filter, a sort, a selection.
    const table = doc.querySelector('kl-strategy-table')!;
    const search = deep(table, '[part="search"]') as HTMLInputElement;
    search.value = 'sor';
    search.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    (deep(table, 'details[data-filter="category"]') as HTMLDetailsElement).open = true;
    click(deep(table, 'input[name="category"][value="principles"]'));
    click(deep(table, 'button[data-column="period"]'));
    await until(() => table.shadowRoot!.querySelectorAll('tbody tr').length < 65);
    click(deep(table, 'tbody th button'));

    // Cards: their disclosures.
    (deep(doc.querySelector('kl-municipality-card')!, 'details.why') as HTMLDetailsElement).open = true;
    (deep(doc.querySelector('kl-initiative-card')!, 'details.more') as HTMLDetailsElement).open = true;

    // List: a filter button.
    const list = doc.querySelector('kl-initiative-list')!;
    click(deep(list, 'button[data-value="network"]'));
    await until(() => list.shadowRoot!.querySelectorAll('kl-initiative-card').length === 2);

    // Explorer: choose a municipality (the card with its locator map appears), another colouring.
    const explorer = doc.querySelector('kl-strategy-explorer')!;
    click(deep(explorer, 'kl-denmark-map >>> path[data-code="0340"]'));
    await until(() => deep(explorer, 'kl-municipality-card >>> kl-denmark-map >>> path.hl'));
    const status = deep(explorer, 'input[value="status"]') as HTMLInputElement;
    status.checked = true;
    status.dispatchEvent(new win.Event('change', { bubbles: true }));
    await until(() => deep(explorer, 'kl-denmark-map')!.getAttribute('color-by') === 'status');

    await settle(150);
    expect(violations).toEqual([]);
  });
});

describe('hostile host pages: the map\'s downloads under a strict Content-Security-Policy', () => {
  const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'"><script src="/test/fixtures/csp-probe.js"></script>`;

  /** A strict page with a map whose saved files are caught in the frame (each object URL's blob, the anchor's click not followed). */
  async function strictMap() {
    const { doc, win } = await page('<kl-denmark-map></kl-denmark-map>', CSP);
    const violations = (win as unknown as { __cspViolations: string[] }).__cspViolations;
    const map = doc.querySelector('kl-denmark-map')!;
    await ready(ELEMENTS[0]!, map);
    const blobs = new Map<string, Blob>();
    const create = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    const saved: { name: string; blob: Blob }[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    return { doc, win, map, violations, saved };
  }

  it('why the PNG is drawn, not loaded: on such a page an image from a blob: URL is refused (img-src falls back to default-src \'self\')', async () => {
    const { doc, win, violations } = await strictMap();
    const url = win.URL.createObjectURL(new win.Blob(['<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>'], { type: 'image/svg+xml' }));
    const image = doc.createElement('img');
    const loaded = new Promise<string>((resolve) => {
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('refused');
    });
    image.src = url;
    expect(await loaded).toBe('refused');
    await until(() => violations.length > 0);
    expect(violations[0]).toMatch(/^img-src: blob/);
  });

  it('both downloads work there, the code loaded on the first press from the CDN chunks, and no violation is reported', async () => {
    const { win, map, violations, saved } = await strictMap();
    const fetched = () => win.performance.getEntriesByType('resource').some((entry) => /\/chunks\/map-download-[\w-]+\.js$/.test(entry.name));
    expect(fetched()).toBe(false);
    const button = (format: string) => deep(map, `[part="download"][data-format="${format}"]`) as HTMLButtonElement;
    button('svg').click();
    await until(() => saved.length === 1, 10_000);
    button('png').click();
    await until(() => saved.length === 2, 10_000);
    expect(saved.map((file) => [file.name.slice(-4), file.blob.type])).toEqual([['.svg', 'image/svg+xml'], ['.png', 'image/png']]);
    expect(await saved[0]!.blob.text()).toContain('Kort: DAGI');
    expect(saved[1]!.blob.size).toBeGreaterThan(10_000);
    expect(fetched()).toBe(true);
    await settle(150);
    expect(violations).toEqual([]);
  });

  it('the search works there too: suggestions, a choice, the tooltip, and no violation', async () => {
    const { win, map, violations } = await strictMap();
    const input = deep(map, '[part="search-input"]') as HTMLInputElement;
    input.focus();
    input.value = 'soroe';
    input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await until(() => deep(map, '[role="option"]'));
    input.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await until(() => map.getAttribute('selected') === '0340' && deep(map, '[part="tooltip"]'));
    await settle(150);
    expect(violations).toEqual([]);
  });
});

describe('hostile host pages: two copies and two versions of the bundle', () => {
  /**
   * Another release's single-file bundle (kl-elements.all.js with another version), served from a
   * blob: URL. (A copy of the loader could not come from a blob: URL: it loads its chunks from beside itself.)
   */
  async function otherVersion(version: string): Promise<string> {
    const code = await (await fetch('/dist/cdn/kl-elements.all.js')).text();
    // The minifier may quote the VERSION constant with any quote character and inline it.
    const quoted = /(["'`])0\.1\.0\1/g;
    expect(code.match(quoted)?.length, 'the VERSION constant in the bundle').toBeGreaterThan(0);
    const url = URL.createObjectURL(new Blob([code.replace(quoted, `"${version}"`)], { type: 'text/javascript' }));
    blobs.push(url);
    return url;
  }

  async function load(doc: Document, src: string): Promise<void> {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    });
    doc.head.append(script);
    await loaded;
  }

  it('the loader loaded twice and another release loaded third: nothing throws, one warning in all, and the first copy renders every element', async () => {
    const { doc, win } = await page(ELEMENTS.map((e) => e.markup).join(''), '', { bundle: false });
    const warnings: unknown[][] = [];
    const errors: string[] = [];
    const console = win.console;
    const warn = console.warn.bind(console);
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      warn(...args);
    };
    const error = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      error(...args);
    };
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

    await load(doc, '/dist/cdn/kl-elements.js');
    await load(doc, '/dist/cdn/kl-elements.js?copy=2');
    for (const element of ELEMENTS) await ready(element, doc.querySelector(element.tag)!);
    expect(warnings).toEqual([]);
    await load(doc, await otherVersion('0.2.0'));
    await settle();

    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![0])).toMatch(/already registered by @kl-digital\/elements 0\.1\.0; this copy \(0\.2\.0\) is not used/);
    const registered = win.customElements.get('kl-denmark-map') as unknown as Record<symbol, string>;
    expect(registered[Symbol.for('kl-digital.version')]).toBe('0.1.0');
  });

  it('a page that defined its own <kl-denmark-map> first: the card shows without its locator map, the explorer without its map, nothing throws, one warning', async () => {
    const own = '<script>customElements.define("kl-denmark-map", class extends HTMLElement {});</script>';
    const { doc, win } = await page('<kl-municipality-card municipality="Sorø"></kl-municipality-card><kl-strategy-explorer url-state="none"></kl-strategy-explorer>', own, { bundle: false });
    const warnings: string[] = [];
    const errors: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    await load(doc, '/dist/cdn/kl-elements.js');
    const card = doc.querySelector('kl-municipality-card')!;
    const explorer = doc.querySelector('kl-strategy-explorer')!;
    await until(() => card.shadowRoot?.querySelector('[part="heading"]'), 8000);
    await until(() => deep(explorer, 'kl-strategy-table')?.shadowRoot?.querySelector('tbody tr'), 8000);
    await settle();
    expect(errors).toEqual([]);
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.textContent).toContain('Sorø Kommune');
    expect(card.shadowRoot!.querySelector('kl-denmark-map')).toBeNull();
    expect(explorer.shadowRoot!.querySelector('kl-denmark-map')).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('<kl-denmark-map> is already registered by another script');
    expect(warnings[0]).toContain('shown without it');
  });

  it('two different releases, the newer single file first and then the loader: the newer one is used, one warning', async () => {
    const { doc, win } = await page('<kl-denmark-map></kl-denmark-map>', '', { bundle: false });
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    await load(doc, await otherVersion('0.3.0'));
    await load(doc, '/dist/cdn/kl-elements.js');
    await ready(ELEMENTS[0]!, doc.querySelector('kl-denmark-map')!);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('already registered by @kl-digital/elements 0.3.0; this copy (0.1.0) is not used');
  });
});
