// The elements render on the server (Lit's server renderer, into declarative shadow roots), as the
// demo prerenders its iframe pages (apps/demo/build/prerender-embeds.ts): every element in its
// default view without an exception and with its content, the host marked with the date it was
// rendered at, the states of its controls written as the browser would show them. Hydration in
// the browser is tested on those pages (apps/demo/test/prerendered.e2e.test.ts).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import '../dist/index.js';

/** Each element in its default view (the cards need the one they show, as the demo's builder sets). */
const ELEMENTS: [tag: string, attributes: string][] = [
  ['kl-denmark-map', ''],
  ['kl-strategy-table', ''],
  ['kl-municipality-card', ' municipality="Sorø"'],
  ['kl-initiative-card', ' initiative="netvaerk-digitale-politikker-2021"'],
  ['kl-initiative-list', ''],
  ['kl-key-figures', ''],
  ['kl-strategy-explorer', ''],
  ['kl-strategy-timeline', ''],
];

const renderOnServer = (markup: string) => collectResult(render(html`${unsafeStatic(markup)}`));
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('rendered on the server', () => {
  it.each(ELEMENTS)('<%s%s> renders its content into a declarative shadow root, its host marked with the date', async (tag, attributes) => {
    const out = await renderOnServer(`<${tag}${attributes}></${tag}>`);
    const host = new RegExp(`^<!--lit-part[^>]*--><${tag}\\s[^>]*>`).exec(out)![0];
    expect(host).toContain(attributes.trim());
    expect(host).toMatch(/ data-kl-prerendered="\d{4}-\d{2}-\d{2}"/);
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(out).toMatch(/part="base"/);
    expect(out).not.toMatch(/part="(loading|error|notice)/);
  });

  it('<kl-denmark-map> draws the 98 municipalities and lists them for a reader without JavaScript', async () => {
    const out = await renderOnServer('<kl-denmark-map></kl-denmark-map>');
    expect(count(out, /<path[^>]*part="municipality/)).toBe(98);
    const list = /<details class="list[^"]*" part="list"[\s\S]*?<\/details>/.exec(out)![0];
    expect(count(list, /<li>/)).toBe(98);
  });

  it('<kl-municipality-card municipality="0340"> shows Sorø Kommune, with its locator map rendered inside', async () => {
    const out = await renderOnServer('<kl-municipality-card municipality="0340"></kl-municipality-card>');
    expect(out).toMatch(/part="heading"[^>]*>(<!--[^>]*-->)*Sorø Kommune/);
    expect(count(out, /<path[^>]*part="municipality/)).toBe(98);
  });

  it('<kl-strategy-timeline as-of="2021-06-01"> draws the 18 years with 2021 chosen, its slider at 2021 with the counts said', async () => {
    const out = await renderOnServer('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    expect(count(out, /<g class="year[ "]/)).toBe(18);
    expect(out).toMatch(/<g class="year selected"[^>]*data-year="2021"/);
    const slider = /<input[^>]*type="range"[^>]*>/.exec(out)![0];
    expect(slider).toMatch(/\smin="2015"/);
    expect(slider).toMatch(/\smax="2032"/);
    expect(slider).toMatch(/\svalue="2021"/);
    expect(slider).toMatch(/aria-valuetext="2021: \d+ gældende/);
  });

  it('checkboxes and radio buttons are checked only where chosen: none of the table\'s filters, the explorer\'s first mode', async () => {
    const table = await renderOnServer('<kl-strategy-table></kl-strategy-table>');
    expect(count(table, /type="checkbox"/)).toBeGreaterThan(5);
    expect(table).not.toMatch(/\schecked[\s=>]/);
    const explorer = await renderOnServer('<kl-strategy-explorer></kl-strategy-explorer>');
    const radios = explorer.match(/<input type="radio"[^>]*>/g)!;
    expect(radios.map((radio) => /\schecked[\s=>]/.test(radio))).toEqual([true, false, false]);
    expect(radios[0]).toContain('value="category"');
  });
});
