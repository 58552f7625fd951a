// The CDN loader, as an editor uses it: one script tag and the elements, nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../src/test-support/fixture.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A CDN that lost its chunks: the loader is there, nothing beside it (see vitest.config.ts). */
const BROKEN = '/dist/cdn-broken/kl-elements.js';

function page(body: string, head = '', loader = '/dist/cdn/kl-elements.js'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frames.push(frame);
  // What the page logs and throws, recorded before the loader runs (a module script runs after this one).
  const probe =
    '<script>window.__errors=[];window.__thrown=[];const e=console.error.bind(console);console.error=(...a)=>{__errors.push(a);e(...a)};' +
    'addEventListener("error",(x)=>__thrown.push(x.message));addEventListener("unhandledrejection",(x)=>__thrown.push(String(x.reason)));</script>';
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">${probe}<script type="module" src="${loader}"></script>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true }));
}

describe('dist/cdn/kl-elements.js', () => {
  it('a page with only the script tag and <kl-denmark-map> shows the whole map', async () => {
    const doc = await page('<kl-denmark-map></kl-denmark-map>');
    const map = doc.querySelector('kl-denmark-map')!;
    await until(() => map.shadowRoot?.querySelectorAll('path[part~="municipality"]').length === 98);
    expect(map.shadowRoot!.querySelectorAll('.legend-item')).toHaveLength(6);
    expect(map.shadowRoot!.querySelector('[part="attribution"]')!.textContent).toContain('DAGI');
  });

  it.each([
    ['<kl-strategy-table></kl-strategy-table>', 'tbody tr', 65],
    ['<kl-municipality-card municipality="Sorø Kommune"></kl-municipality-card>', '[part="heading"]', 1],
    ['<kl-initiative-card initiative="digital-handleplan-2016-2020"></kl-initiative-card>', '[part="heading"]', 1],
    ['<kl-initiative-list></kl-initiative-list>', 'kl-initiative-card', 5],
    ['<kl-key-figures></kl-key-figures>', '[part="figure"]', 5],
    ['<kl-strategy-explorer url-state="none"></kl-strategy-explorer>', 'kl-denmark-map, kl-strategy-table', 2],
    ['<kl-strategy-timeline></kl-strategy-timeline>', 'input[type="range"]', 1],
  ])('a page with only the script tag and %s renders it', async (markup, selector, count) => {
    const doc = await page(markup);
    const element = doc.body.firstElementChild!;
    await until(() => element.shadowRoot?.querySelectorAll(selector).length === count);
    expect(element.shadowRoot!.querySelector('[part="error"], [part="notice"]')).toBeNull();
  });

  it('kl-fonts.css beside the bundle gives the elements IBM Plex Sans', async () => {
    const doc = await page('<kl-denmark-map></kl-denmark-map>', '<link rel="stylesheet" href="/dist/cdn/kl-fonts.css">');
    const map = doc.querySelector('kl-denmark-map')!;
    await until(() => map.shadowRoot?.querySelector('.legend-item'));
    await doc.fonts.ready;
    await until(() => doc.fonts.check('16px "IBM Plex Sans"', 'Sorø') && [...doc.fonts].some((f) => f.family.includes('IBM Plex Sans') && f.status === 'loaded'));
    expect(getComputedStyle(map.shadowRoot!.querySelector('.root')!).fontFamily).toContain('IBM Plex Sans');
  });

  it('the bundle loaded twice on one page throws nothing', async () => {
    const errors: string[] = [];
    const doc = await page('<kl-denmark-map></kl-denmark-map><script type="module" src="/dist/cdn/kl-elements.js?copy=2"></script>');
    doc.defaultView!.addEventListener('error', (e) => errors.push(e.message));
    const map = doc.querySelector('kl-denmark-map')!;
    await until(() => map.shadowRoot?.querySelectorAll('path[part~="municipality"]').length === 98);
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).toEqual([]);
  });

  it('all eight elements on one page, each defined and rendered, each chunk fetched once', async () => {
    const doc = await page(
      '<kl-denmark-map></kl-denmark-map><kl-strategy-table></kl-strategy-table><kl-municipality-card municipality="0340"></kl-municipality-card>' +
        '<kl-initiative-card initiative="digital-handleplan-2016-2020"></kl-initiative-card><kl-initiative-list></kl-initiative-list>' +
        '<kl-key-figures></kl-key-figures><kl-strategy-explorer url-state="none"></kl-strategy-explorer><kl-strategy-timeline></kl-strategy-timeline>',
    );
    const win = doc.defaultView!;
    const tags = [...doc.body.children].map((e) => e.localName);
    await until(() => tags.every((tag) => win.customElements.get(tag)) && [...doc.body.children].every((e) => e.shadowRoot?.querySelector('[part="base"], [part="heading"]')));
    const chunks = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.includes('/chunks/'));
    expect(chunks.length).toBeGreaterThan(7);
    expect(new Set(chunks).size).toBe(chunks.length);
  });

  it('a page with only a table fetches no geometry and no schema, a map no mapping texts or initiatives, a timeline only the places and the facts', async () => {
    const chunksOf = async (markup: string, ready: (e: Element) => boolean) => {
      const doc = await page(markup);
      const element = doc.body.firstElementChild!;
      await until(() => ready(element));
      return doc.defaultView!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    };
    const table = await chunksOf('<kl-strategy-table></kl-strategy-table>', (e) => e.shadowRoot?.querySelectorAll('tbody tr').length === 65); // the list's 64 rows and Solrød from its example
    expect(table).toContain('kl-strategy-table');
    expect(table.filter((c) => ['geo', 'schema', 'source-loader', 'mapping', 'initiatives', 'rules'].includes(c))).toEqual([]);
    const map = await chunksOf('<kl-denmark-map></kl-denmark-map>', (e) => e.shadowRoot?.querySelectorAll('path[part~="municipality"]').length === 98);
    expect(map).toContain('geo');
    expect(map.filter((c) => ['schema', 'mapping', 'initiatives', 'rules', 'notes', 'links'].includes(c))).toEqual([]);
    const timeline = await chunksOf('<kl-strategy-timeline></kl-strategy-timeline>', (e) => e.shadowRoot?.querySelectorAll('g.year').length === 18);
    expect(timeline).toContain('data');
    expect(timeline.filter((c) => ['geo', 'schema', 'source-loader', 'mapping', 'initiatives', 'rules', 'notes', 'links'].includes(c))).toEqual([]);
  });

  it('an element added to the page later (as a CMS or a framework adds it) is defined and rendered then', async () => {
    const doc = await page('<main></main>');
    const win = doc.defaultView!;
    await until(() => (win as unknown as Record<symbol, unknown>)[Symbol.for('kl-digital.loader')]);
    expect(win.customElements.get('kl-strategy-table')).toBeUndefined();
    const holder = doc.createElement('section');
    holder.innerHTML = '<kl-strategy-table></kl-strategy-table>';
    doc.querySelector('main')!.append(holder);
    const table = holder.firstElementChild!;
    await until(() => table.shadowRoot?.querySelectorAll('tbody tr').length === 65);
    expect(win.customElements.get('kl-denmark-map')).toBeUndefined();
  });

  it('an element not yet defined takes its place but is invisible (no flash of its fallback content); defined, it shows', async () => {
    // From a CDN that lost its chunks the card is never defined: what a reader sees until it is.
    const broken = await page('<kl-municipality-card municipality="0340"><p>fallback</p></kl-municipality-card>', '', BROKEN);
    await until(() => (broken.defaultView as unknown as { __errors: unknown[] }).__errors.length > 0);
    const waiting = broken.querySelector('kl-municipality-card')!;
    expect(broken.defaultView!.getComputedStyle(waiting).visibility).toBe('hidden');
    expect(broken.defaultView!.getComputedStyle(waiting).display).toBe('block');
    const doc = await page('<kl-municipality-card municipality="0340"><p>fallback</p></kl-municipality-card>');
    const card = doc.querySelector('kl-municipality-card')!;
    await until(() => card.shadowRoot?.querySelector('[part="heading"]'));
    expect(doc.defaultView!.getComputedStyle(card).visibility).toBe('visible');
  });

  it('a chunk that cannot be loaded is said on the console with its URL, nothing throws, and the tag is tried again when it appears again', async () => {
    const doc = await page('<kl-key-figures></kl-key-figures>', '', BROKEN);
    const win = doc.defaultView as unknown as Window & { __errors: unknown[][]; __thrown: string[] };
    await until(() => win.__errors.length > 0);
    expect(String(win.__errors[0]![0])).toMatch(/^\[kl-digital\] <kl-key-figures> could not be loaded from http:\/\/[^ ]+\/dist\/cdn-broken\/chunks\/kl-key-figures-[\w-]{8}\.js:$/);
    expect(win.customElements.get('kl-key-figures')).toBeUndefined();
    doc.body.append(doc.createElement('kl-key-figures'));
    await until(() => win.__errors.length > 1);
    expect(win.__thrown).toEqual([]);
  });
});
