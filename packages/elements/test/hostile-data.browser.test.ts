// Hostile data: a dataset with HTML and `javascript:` in every string, invalid datasets, names of
// 500 characters, empty lists, and `src` URLs that are slow, fail or answer garbage. Nothing from
// data may execute, every failure must say what is wrong, and the host page must keep working.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { validateDataset, type Dataset } from '@kl-digital/core';
import { dataset as bundled } from '@kl-digital/core/dataset';
import { cleanup, fixture, until } from '../src/test-support/fixture.js';
import '../src/index.js';
import { deep, deepAll, deepText, ELEMENTS, parkPointer, type ElementCase } from './hostile-support.js';

type Pwned = typeof globalThis & { __klPwned?: number };
const XSS = '<img src=x onerror="globalThis.__klPwned=(globalThis.__klPwned||0)+1">';
const JS_URL = 'javascript:globalThis.__klPwned=1//';

// Fields whose value is a code, an id, a date or a choice from a fixed list: poisoning them would
// only make the dataset invalid (that case is tested below); every other string gets the payload.
const STRUCTURAL = new Set(['version', 'code', 'regionCode', 'keys', 'id', 'category', 'categories', 'url', 'published', 'start', 'end', 'date', 'origin', 'section']);

/** The bundled dataset with HTML and a javascript: URL in front of every free-text string. */
function poisoned(): Dataset {
  const visit = (value: unknown, key: string, path: string): unknown => {
    if (typeof value === 'string') {
      const structural = STRUCTURAL.has(key) || (key === 'kind' && !path.startsWith('categories'));
      return structural ? value : `${XSS} ${JS_URL} ${value}`;
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key, path));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k, path ? `${path}.${k}` : k)]));
    return value;
  };
  return visit(structuredClone(bundled), '', '') as Dataset;
}

/** A copy of the bundled dataset, changed by `change`. */
function variant(change: (d: Record<string, any>) => unknown): unknown {
  const copy = structuredClone(bundled) as unknown as Record<string, any>;
  const replaced = change(copy);
  return replaced === undefined ? copy : replaced;
}

let errors: string[];
let consoleError: MockInstance<typeof console.error>;
/** An element whose `dataset` is the data to render (it replaces HTMLElement's DOMStringMap). */
type WithData = HTMLElement & { updateComplete: Promise<unknown> };
const setData = (el: Element, value: unknown) => ((el as unknown as { dataset: unknown }).dataset = value);
const onError = (event: ErrorEvent) => errors.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
let fetches = 0;

beforeEach(() => {
  errors = [];
  delete (globalThis as Pwned).__klPwned;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
});

/** A unique URL, so that no test meets another's cached load. */
const url = (name: string) => `/hostile/${name}-${++fetches}.json`;

/** Answers fetches of `/hostile/*` with `respond`, passing everything else through. */
function mockFetch(respond: (init: RequestInit | undefined) => Promise<Response> | Response) {
  const real = window.fetch.bind(window);
  return vi.spyOn(window, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(href, location.href).pathname.startsWith('/hostile/') ? Promise.resolve().then(() => respond(init)) : real(input, init);
  });
}
const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });

/** Mounts an element (with extra attributes) and sets its dataset before it first renders. */
async function mount(element: ElementCase, options: { attributes?: string; dataset?: unknown; width?: number } = {}): Promise<HTMLElement> {
  const markup = element.markup.replace(`<${element.tag}`, `<${element.tag} ${options.attributes ?? ''}`);
  if (options.dataset === undefined) return fixture<HTMLElement>(markup, { width: options.width ?? 700 });
  // Created in this document (importNode upgrades it at once), so the property exists to be set.
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = document.importNode(template.content.firstElementChild!, true) as WithData;
  setData(el, options.dataset);
  const placed = await fixture<HTMLElement>('<div></div>', { width: options.width ?? 700 });
  placed.append(el);
  await el.updateComplete;
  return el;
}

/** Opens every disclosure and focuses the map(s), so that what renders only on demand renders too. */
async function revealAll(host: Element): Promise<void> {
  await parkPointer();
  for (const details of deepAll(host, 'details')) (details as HTMLDetailsElement).open = true;
  for (const svg of deepAll(host, 'svg[part="map"][tabindex="0"]')) (svg as SVGSVGElement).focus();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** What a reader of a data-poisoned element must never get: markup or script from the data. */
function expectInert(host: Element): void {
  expect(deepAll(host, 'img, script, iframe, object, embed, [onerror], [onload], [onclick]')).toEqual([]);
  for (const link of deepAll(host, '[href]')) {
    const href = link.getAttribute('href')!;
    expect(['https:', 'http:', 'mailto:', 'tel:'], href).toContain(new URL(href, location.href).protocol);
  }
  expect((globalThis as Pwned).__klPwned).toBeUndefined();
}

describe('hostile data: HTML and javascript: in every string field', () => {
  const data = poisoned();

  it('the poisoned dataset is valid (HTML in a name is text like any other)', () => {
    expect(validateDataset(data)).toMatchObject({ ok: true });
  });

  it.each(ELEMENTS.map((e) => [e.tag, e] as const))('<%s> with the poisoned .dataset renders the strings as text: nothing executes, no element is created from them', async (_tag, element) => {
    const host = await mount(element, { dataset: data });
    await until(() => element.ready(host));
    await revealAll(host);
    const text = deepText(host);
    if (element.showsDataText !== false) {
      expect(text).toContain('<img src=x onerror=');
      expect(text).toContain('javascript:globalThis.__klPwned');
    }
    expect(deepAll(host, '[part="error"]')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectInert(host);
    expect(errors).toEqual([]);
  });

  it.each(ELEMENTS.map((e) => [e.tag, e] as const))('<%s> with the poisoned dataset from src renders it as text too', async (_tag, element) => {
    mockFetch(() => json(data));
    const host = await mount(element, { attributes: `src="${url('poisoned')}"` });
    await until(() => element.ready(host));
    await revealAll(host);
    if (element.showsDataText !== false) expect(deepText(host)).toContain('<img src=x onerror=');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectInert(host);
    expect(errors).toEqual([]);
  });

  it('the map\'s tooltip and text alternative show a poisoned name as text', async () => {
    await parkPointer();
    const host = await mount(ELEMENTS[0]!, { dataset: data });
    (deep(host, 'svg[part="map"]') as SVGSVGElement).focus();
    const tooltip = await until(() => deep(host, '[part="tooltip"]'));
    expect(tooltip.textContent).toContain(`${XSS} ${JS_URL} Sorø`);
    expect(deep(host, 'path[data-code="0340"]')!.getAttribute('aria-label')).toContain(XSS);
    expectInert(host);
  });
});

/** Invalid datasets, and the path the error must name. */
const INVALID: [string, () => unknown, string][] = [
  ['a javascript: URL', () => variant((d) => void (d.entries[0].url = JS_URL)), 'entries[0].url'],
  ['a missing field', () => variant((d) => void delete d.municipalities[3].name), 'municipalities[3].name'],
  ['a wrong type (version "1")', () => variant((d) => void (d.version = '1')), 'version'],
  ['a wrong type (entries as an object)', () => variant((d) => void (d.entries = {})), 'entries'],
  ['HTML where a list belongs', () => variant((d) => void (d.initiatives[0].milestones = XSS)), 'initiatives[0].milestones'],
  ['an empty list of municipalities', () => variant((d) => void (d.municipalities = [])), 'municipalities'],
  ['not an object at all', () => XSS, '(dataset)'],
];

describe('hostile data: invalid datasets', () => {
  it.each(ELEMENTS.flatMap((e) => INVALID.map(([name, make, path]) => [e.tag, name, e, make, path] as const)))(
    '<%s> with .dataset set to one with %s shows an error that names the field',
    async (_tag, _name, element, make, path) => {
      const host = await mount(element, { dataset: make() });
      const error = await until(() => host.shadowRoot!.querySelector('[part="error"]'));
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent).toContain('Datasættet er ugyldigt');
      expect(error.textContent).toContain(`${path}:`);
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining(path));
      expectInert(host);
      expect(errors).toEqual([]);
    },
  );

  it.each(ELEMENTS.map((e, i) => [e.tag, INVALID[i % INVALID.length]![0], e, INVALID[i % INVALID.length]!] as const))(
    '<%s> with a src that answers a dataset with %s shows the error, fires kl-data-error and logs it once',
    async (_tag, _name, element, [, make, path]) => {
      mockFetch(() => json(make()));
      const failures: string[] = [];
      document.addEventListener('kl-data-error', (e) => failures.push(e.detail.message), { once: true });
      const host = await mount(element, { attributes: `src="${url('invalid')}"` });
      const error = await until(() => host.shadowRoot!.querySelector('[part="error"]'));
      expect(error.textContent).toContain(`${path}:`);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toContain(path);
      expect(consoleError.mock.calls.filter((c) => String(c[0]).includes(path))).toHaveLength(1);
      expectInert(host);
    },
  );

  it('a broken element leaves the host page and the other elements working', async () => {
    const page = await fixture<HTMLElement>(
      '<div><p id="host-text">Værtssidens egen tekst</p><kl-strategy-table id="broken"></kl-strategy-table><kl-denmark-map id="good"></kl-denmark-map><button id="host-button">Sidens knap</button></div>',
    );
    const broken = page.querySelector('#broken') as WithData;
    setData(broken, XSS);
    await broken.updateComplete;
    expect(broken.shadowRoot!.querySelector('[part="error"]')).not.toBeNull();
    const good = page.querySelector('#good')!;
    await until(() => good.shadowRoot!.querySelectorAll('path[part~="municipality"]').length === 98);
    const legend = good.shadowRoot!.querySelector<HTMLButtonElement>('.legend-item')!;
    legend.click();
    await until(() => legend.getAttribute('aria-pressed') === 'true');
    let clicked = false;
    page.querySelector('#host-button')!.addEventListener('click', () => (clicked = true));
    page.querySelector<HTMLButtonElement>('#host-button')!.click();
    expect(clicked).toBe(true);
    expect(page.querySelector('#host-text')!.textContent).toBe('Værtssidens egen tekst');
    // The broken one recovers when it gets a good dataset.
    setData(broken, bundled);
    await broken.updateComplete;
    expect(broken.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(65);
    expect(errors).toEqual([]);
  });
});

describe('hostile data: valid but extreme', () => {
  /** Empty lists everywhere a dataset may have them. */
  const empty = variant((d) => {
    d.entries = [];
    d.initiatives = [];
    d.sources = [];
    d.categoryRules = [];
    Object.assign(d.mapping, { intro: [], keyFigures: [], examples: [] });
    d.mapping.themes.items = [];
    for (const c of d.categories) c.traits = [];
  }) as Dataset;

  it.each(ELEMENTS.map((e) => [e.tag, e] as const))('<%s> with empty lists (no entries, initiatives, key figures, examples) renders without an error', async (_tag, element) => {
    expect(validateDataset(empty)).toMatchObject({ ok: true });
    const host = await mount(element, { dataset: empty });
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const nested of [host, ...deepAll(host, '*').filter((el) => el.localName.startsWith('kl-'))]) await (nested as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepAll(host, '[part="error"]')).toEqual([]);
    // Rendered content, not a loading state that never ended.
    expect(deepAll(host, '[part="loading"]')).toEqual([]);
    expect(deepText(host).trim().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('the table says no municipality is in an empty mapping, and the list says there are no initiatives', async () => {
    const table = await mount(ELEMENTS[1]!, { dataset: empty });
    expect(deepText(table)).toContain('Ingen kommuner passer');
    const list = await mount(ELEMENTS[4]!, { dataset: empty });
    expect(deepText(list)).toContain('Ingen initiativer matcher');
  });

  /** Names of 500 characters with no space to break at: municipalities, regions, initiatives, categories. */
  const long = (text: string) => (text + 'Digitaliseringsstrategiarbejdsgruppe'.repeat(20)).slice(0, 500);
  const longNames = variant((d) => {
    for (const m of d.municipalities) Object.assign(m, { name: long(m.name), officialName: long(m.officialName) });
    for (const r of d.regions) Object.assign(r, { name: long(r.name), nameEn: long(r.nameEn) });
    for (const e of d.entries) Object.assign(e, { municipality: long(e.municipality), form: long(e.form), linkText: long(e.linkText) });
    for (const i of d.initiatives) Object.assign(i, { title: long(i.title), audience: i.audience && long(i.audience) });
    for (const c of d.categories) Object.assign(c, { kind: long(c.kind), label: { da: long(c.label.da), en: long(c.label.en) } });
    for (const f of d.mapping.keyFigures) f.wording = long(f.wording);
  }) as Dataset;

  /** Everything in a host's shadow trees that is wider than its box (text that does not wrap). */
  function overflowing(host: Element): string[] {
    const found: string[] = [];
    const hostRight = host.getBoundingClientRect().right;
    for (const el of [host, ...deepAll(host, '*')]) {
      if (el.closest('.visually-hidden') || el.closest('[part="tooltip"]') || !(el as HTMLElement).offsetParent && el !== host) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const tooWide = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if (tooWide || box.right > hostRight + 1) found.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}" part="${el.getAttribute('part') ?? ''}"> ${Math.round(box.width)} px, scroll ${el.scrollWidth}/${el.clientWidth}`);
    }
    return found;
  }

  it.each(ELEMENTS.map((e) => [e.tag, e] as const))('<%s> with names of 500 characters fits 320 px without horizontal overflow', async (_tag, element) => {
    expect(validateDataset(longNames)).toMatchObject({ ok: true });
    const host = await mount(element, { dataset: longNames, width: 320 });
    await until(() => element.ready(host));
    await revealAll(host);
    expect(host.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(overflowing(host)).toEqual([]);
  });
});

describe('hostile src: slow, failing, not JSON, cross-origin', () => {
  const hang = (init: RequestInit | undefined) =>
    new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));
  const FAILURES: [string, (init: RequestInit | undefined) => Promise<Response> | Response, RegExp][] = [
    ['is slow (times out)', hang, /Intet svar fra http:\/\/[^ ]+\/hostile\/\S+ efter 0,3 sekunder/],
    ['answers 404', () => new Response('Not here', { status: 404, statusText: 'Not Found' }), /Serveren svarede 404 Not Found for http:\/\/[^ ]+\/hostile\//],
    ['answers 500', () => new Response('Oops', { status: 500, statusText: 'Internal Server Error' }), /Serveren svarede 500 Internal Server Error for/],
    ['answers HTML, not JSON', () => new Response(`<!doctype html><p>${XSS}</p>`, { status: 200, headers: { 'content-type': 'text/html' } }), /Svaret fra http:\/\/[^ ]+ er ikke JSON/],
    ['is another origin without CORS (fetch rejects with a TypeError)', () => Promise.reject(new TypeError('Failed to fetch')), /Kunne ikke hente http:\/\/[^ ]+: netværksfejl, eller serveren tillader ikke hentning fra denne side \(CORS\)/],
  ];

  it.each(ELEMENTS.flatMap((e) => FAILURES.map(([name, respond, message]) => [e.tag, name, e, respond, message] as const)))(
    '<%s> with a src that %s shows a clear error state, and "Prøv igen" loads it again',
    async (_tag, _name, element, respond, message) => {
      let failing = true;
      const fetch = mockFetch((init) => (failing ? respond(init) : json(bundled)));
      const failures: string[] = [];
      const listener = (e: Event) => failures.push((e as CustomEvent<{ message: string }>).detail.message);
      document.addEventListener('kl-data-error', listener);
      const host = await mount(element, { attributes: `src="${url('failing')}" load-timeout="0.3"` });
      const error = await until(() => host.shadowRoot!.querySelector('[part="error"]'));
      document.removeEventListener('kl-data-error', listener);
      expect(error.textContent).toMatch(message);
      expect(error.getAttribute('role')).toBe('alert');
      expect(failures).toHaveLength(1);
      expect(consoleError).toHaveBeenCalledTimes(1);
      expectInert(host);

      failing = false;
      host.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await until(() => element.ready(host), 5000);
      expect(host.shadowRoot!.querySelector('[part="error"]')).toBeNull();
      expect(fetch).toHaveBeenCalledTimes(2);
      expect(errors).toEqual([]);
    },
  );

  it('while a slow src loads, the element says so in a status', async () => {
    mockFetch((init) => hang(init));
    const host = await mount(ELEMENTS[1]!, { attributes: `src="${url('slow')}" load-timeout="1"` });
    const loading = host.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent).toContain('Henter data');
    await until(() => host.shadowRoot!.querySelector('[part="error"]'), 3000);
  });

  it('a real request to an unreachable origin shows the network error', async () => {
    const host = await mount(ELEMENTS[0]!, { attributes: 'src="http://127.0.0.1:9/kl-dataset.json" load-timeout="5"' });
    const error = await until(() => host.shadowRoot!.querySelector('[part="error"]'), 6000);
    expect(error.textContent).toMatch(/Kunne ikke hente http:\/\/127\.0\.0\.1:9\/kl-dataset\.json: netværksfejl|Intet svar fra/);
  });
});
