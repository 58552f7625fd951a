// The single-file bundle, as an editor uses it: one script tag and one element, nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../src/test-support/fixture.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

function page(body: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8"><script type="module" src="/dist/cdn/kl-elements.js"></script>${head}</head><body>${body}</body></html>`;
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
    ['<kl-strategy-table></kl-strategy-table>', 'tbody tr', 64],
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
});
