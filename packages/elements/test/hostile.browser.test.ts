// The elements inside pages that do their worst: aggressive global CSS, a strict
// Content-Security-Policy. Each page loads only the CDN bundle, as an editor's page would.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../src/test-support/fixture.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

const HOSTILE_CSS = `
  * { all: revert; font-size: 30px !important; line-height: 3 !important; letter-spacing: 4px !important; }
  html, body { font-family: "Comic Sans MS", cursive !important; color: red !important; text-transform: uppercase !important; }
  svg path { fill: red !important; stroke: lime !important; stroke-width: 9px !important; }
  table { display: block !important; }
  button { background: hotpink !important; padding: 40px !important; border-radius: 0 !important; }
  div, p, ul, li, span { margin: 30px !important; padding: 30px !important; border: 5px dashed blue !important; }
  details, summary { display: none !important; }
  :focus { outline: none !important; }
`;

async function page(body: string, head = ''): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">${head}<script type="module" src="/dist/cdn/kl-elements.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument!, frame };
}

/** What a reader sees of a map, in numbers that must not move when the page is hostile. */
function appearance(map: Element) {
  const root = map.shadowRoot!;
  const svg = root.querySelector('svg[part="map"]')!;
  const sorø = root.querySelector('path[data-code="0340"]')!;
  const rect = root.querySelector('#p-strategy rect')!;
  const legend = root.querySelector<HTMLElement>('.legend-item')!;
  const style = (el: Element) => getComputedStyle(el);
  return {
    svgWidth: Math.round(svg.getBoundingClientRect().width),
    svgHeight: Math.round(svg.getBoundingClientRect().height),
    shapeFill: sorø.getAttribute('fill'),
    shapeStroke: style(sorø).stroke,
    patternFill: style(rect).fill,
    legendFont: style(legend).fontSize,
    legendFamily: style(legend).fontFamily,
    legendHeight: Math.round(legend.getBoundingClientRect().height),
    legendBackground: style(legend).backgroundColor,
    textTransform: style(root.querySelector('.legend-title')!).textTransform,
    textColour: style(root.querySelector('.root')!).color,
  };
}

describe('hostile host pages', () => {
  it('a page with aggressive global CSS (`* { all: revert }`, `svg path { fill: red }`, !important) does not change how the map looks', async () => {
    const clean = await page('<div style="width:640px"><kl-denmark-map></kl-denmark-map></div>');
    const hostile = await page('<div style="width:640px"><kl-denmark-map></kl-denmark-map></div>', `<style>${HOSTILE_CSS}</style>`);
    const maps = [clean, hostile].map(({ doc }) => doc.querySelector('kl-denmark-map')!);
    for (const map of maps) await until(() => map.shadowRoot?.querySelectorAll('path[part~="municipality"]').length === 98);
    const [before, after] = maps.map(appearance) as [ReturnType<typeof appearance>, ReturnType<typeof appearance>];
    // The host box itself belongs to the page (its margins and width may change); inside, nothing does.
    expect({ ...after, svgWidth: 0, svgHeight: 0 }).toEqual({ ...before, svgWidth: 0, svgHeight: 0 });
    expect(after.svgHeight / after.svgWidth).toBeCloseTo(before.svgHeight / before.svgWidth, 2);
  });

  it('a page with a strict Content-Security-Policy renders the map and reports no violation', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:">`;
    const violations: string[] = [];
    const { doc } = await page('<kl-denmark-map selected="Sorø" highlight="Odense"></kl-denmark-map>', csp);
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
    const map = doc.querySelector('kl-denmark-map')!;
    await until(() => map.shadowRoot?.querySelectorAll('path[part~="municipality"]').length === 98);
    // Hover and focus so the tooltip, which is positioned through the CSSOM, renders too.
    const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg[part="map"]')!;
    svg.focus();
    await until(() => map.shadowRoot!.querySelector('[part="tooltip"]'));
    expect(getComputedStyle(map.shadowRoot!.querySelector('[part="tooltip"]')!).position).toBe('absolute');
    expect(getComputedStyle(map.shadowRoot!.querySelector('#p-strategy rect')!).fill).not.toBe('rgb(0, 0, 0)');
    await new Promise((r) => setTimeout(r, 100));
    expect(violations).toEqual([]);
  });
});
