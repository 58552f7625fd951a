import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { fitViewBox, geometry } from '@kl-digital/core/geo';
import { dataset } from '@kl-digital/core/dataset';
import { PALETTE } from '../shared/palette.js';
import { accessibilityTree, axeViolations, fixture, printMedia, shadow, shadowAll, until, useElementFixtures, failLoads, errorState } from '../test-support/fixture.js';
import './kl-denmark-map.js';
import type { KlDenmarkMap } from './kl-denmark-map.component.js';

const shape = (code: string) => geometry.municipalities.find((m) => m.code === code)!;
const path = (map: Element, code: string) => shadow<SVGPathElement>(map, `path[part~="municipality"][data-code="${code}"]`);
const svgOf = (map: Element) => shadow<SVGSVGElement>(map, 'svg[part="map"]');
const activeCode = (map: Element) => svgOf(map).getAttribute('aria-activedescendant')?.slice(2) ?? null;
const tooltipText = (map: Element) =>
  map.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')?.innerText.replace(/\s+/g, ' ').trim() ?? null;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const patternFill = (map: Element, value: string) => getComputedStyle(shadow(map, `#p-${value} rect`)).fill;

const { warned } = useElementFixtures();

/** Tabs from the page into the map: the search ("Find kommune") is the first stop, the map the next. */
async function tabToMap(map: Element): Promise<void> {
  await userEvent.tab();
  expect(map.shadowRoot!.activeElement?.getAttribute('role')).toBe('combobox');
  await userEvent.tab();
}

describe('<kl-denmark-map> rendering', () => {
  it('renders the 98 municipalities as shapes with part="municipality" and a four-digit data-code', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const shapes = shadowAll(map, 'path[part~="municipality"]');
    expect(shapes).toHaveLength(98);
    const codes = new Set(shapes.map((s) => s.getAttribute('data-code')));
    expect(codes.size).toBe(98);
    expect([...codes].every((c) => /^\d{4}$/.test(c!))).toBe(true);
    expect(codes.has('0411')).toBe(false);
  });

  it('colours by category by default, with not-registered municipalities in their own style', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    expect(path(map, '0340').getAttribute('fill')).toBe('url(#p-principles)');
    expect(path(map, '0157').getAttribute('fill')).toBe('url(#p-model-policy)'); // Gentofte, the one model
    expect(path(map, '0561').getAttribute('fill')).toBe('url(#p-strategy)'); // Esbjerg's policy, a strategy since the review
    expect(path(map, '0269').getAttribute('fill')).toBe('url(#p-none)'); // Solrød, by the mapping's example
    expect(path(map, '0151').getAttribute('fill')).toBe('url(#p-not-registered)');
    expect(patternFill(map, 'strategy')).toBe(rgb(PALETTE.light.values.strategy));
    expect(patternFill(map, 'not-registered')).toBe(rgb(PALETTE.light.values['not-registered']));
  });

  it('colours by status at as-of with color-by="status"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by="status" as-of="2021-06-01"></kl-denmark-map>');
    expect(path(map, '0155').getAttribute('data-value')).toBe('expired'); // Dragør 2016-2020
    expect(path(map, '0223').getAttribute('data-value')).toBe('current'); // Hørsholm 2020-2032
    expect(path(map, '0340').getAttribute('data-value')).toBe('unknown'); // Sorø, no period
    map.asOf = '2015-01-01';
    await map.updateComplete;
    expect(path(map, '0223').getAttribute('data-value')).toBe('upcoming');
  });

  it('colours by region with color-by="region"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by="region"></kl-denmark-map>');
    expect(path(map, '0340').getAttribute('data-value')).toBe('1085');
    expect(path(map, '0851').getAttribute('data-value')).toBe('1081');
    expect(shadowAll(map, '.legend-item').map((b) => b.getAttribute('data-value'))).toEqual(['1081', '1082', '1083', '1084', '1085']);
  });

  it('color-by, variant and filter are read in any case and with spaces around them', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by=" Status " filter="CURRENT" as-of="2021-06-01"></kl-denmark-map>');
    expect(map.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(path(map, '0223').getAttribute('data-value')).toBe('current');
    expect(path(map, '0155').classList.contains('dim')).toBe(true);
  });

  it('an invalid dataset set as a property fires kl-data-error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const errors: CustomEvent[] = [];
    map.addEventListener('kl-data-error', (e) => errors.push(e));
    map.dataset = { version: 1 } as never;
    await map.updateComplete;
    expect(errors[0]?.detail.message).toContain('regions');
  });

  it('an unknown color-by shows a notice, warns, and colours by category', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by="size"></kl-denmark-map>');
    expect(shadow(map, '[part="notice"]').textContent).toContain('Den ukendte værdi "size" bruges ikke.');
    expect(path(map, '0340').getAttribute('data-value')).toBe('principles');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('color-by'));
  });

  it('draws Bornholm in its inset, the Copenhagen enlargement, region borders and the attribution', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const bornholm = path(map, '0400').getBBox();
    const frame = geometry.bornholm.frame;
    expect(bornholm.x).toBeGreaterThanOrEqual(frame.x);
    expect(bornholm.x + bornholm.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(shadowAll(map, '.enlargement path[data-code="0147"]')).toHaveLength(1);
    expect(shadowAll(map, 'path.region-borders')).toHaveLength(2);
    expect(shadow(map, '[part="attribution"]').textContent).toBe('Kort: DAGI, Styrelsen for Dataforsyning og Infrastruktur (frie geodata)');
  });
});

describe('<kl-denmark-map> legend', () => {
  it('lists each category with its count and the not-registered municipalities', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const items = shadowAll(map, '.legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    // 64 rows of the list by the reviewed rules, and Solrød ("Ingen strategi") from the mapping's example.
    expect(items).toEqual([
      'Digitaliseringsstrategi 45',
      'Digitaliseringsprincipper 9',
      'Digitaliseringsmodel 1',
      'Del af andre strategier 8',
      'Ingen strategi 2',
      'Ikke registreret i kortlægningen 33',
    ]);
  });

  it('clicking a legend item filters: the others are dimmed, the item is pressed, kl-filter-change fires', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const events: CustomEvent[] = [];
    map.addEventListener('kl-filter-change', (e) => events.push(e));
    await userEvent.click(shadow(map, '.legend-item[data-value="principles"]'));
    await map.updateComplete;
    expect(shadow(map, '.legend-item[data-value="principles"]').getAttribute('aria-pressed')).toBe('true');
    expect(path(map, '0340').classList.contains('dim')).toBe(false);
    expect(path(map, '0561').classList.contains('dim')).toBe(true);
    expect(path(map, '0561').getAttribute('part')).toContain('dimmed');
    expect(map.getAttribute('filter')).toBe('principles');
    expect(events.at(-1)!.detail).toEqual({ query: '', categories: ['principles'], statuses: [], regions: [], kinds: [], sort: null, count: 9 });
  });

  it('a legend item works from the keyboard, and "Vis alle" clears the filter', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    shadow(map, '.legend-item[data-value="none"]').focus();
    await userEvent.keyboard('{Enter}');
    await map.updateComplete;
    expect(path(map, '0510').classList.contains('dim')).toBe(false); // Haderslev, "none" in the list
    expect(path(map, '0269').classList.contains('dim')).toBe(false); // Solrød, "none" by the mapping's example
    expect(path(map, '0340').classList.contains('dim')).toBe(true);
    await userEvent.click(shadow(map, '.legend-item.reset'));
    await map.updateComplete;
    expect(shadowAll(map, 'path.dim')).toHaveLength(0);
    expect(map.hasAttribute('filter')).toBe(false);
  });

  it('the filter attribute sets the filter, and an unknown value gets a notice', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map filter="strategy vision"></kl-denmark-map>');
    expect(path(map, '0340').classList.contains('dim')).toBe(true);
    expect(path(map, '0201').classList.contains('dim')).toBe(false);
    expect(shadow(map, '[part="notice"]').textContent).toContain('"vision"');
  });

  it('the legend group is named "Signaturforklaring" and described by its help, without a stray " ." (Chromium\'s accessibility tree)', async () => {
    await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const groups = (await accessibilityTree()).filter((n) => n.role === 'group' && n.name.includes('Signaturforklaring'));
    expect(groups.map(({ name, description }) => ({ name, description }))).toEqual([
      { name: 'Signaturforklaring', description: 'Vælg en eller flere for at fremhæve dem på kortet.' },
    ]);
  });

  it('each category has a pattern, the second cue besides colour, that differs between categories', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const marks = ['strategy', 'principles', 'model-policy', 'part-of-other', 'none'].map(
      (value) => shadow(map, `#p-${value}`).innerHTML.replace(/<rect[^>]*><\/rect>/, '').replace(/<!--[^>]*-->/g, '').trim(),
    );
    expect(new Set(marks).size).toBe(5);
  });
});

describe('<kl-denmark-map> tooltip', () => {
  it('shows name, form, period and status when hovering a municipality', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map as-of="2021-06-01"></kl-denmark-map>', { width: 900 });
    await userEvent.hover(path(map, '0461'));
    await map.updateComplete;
    expect(tooltipText(map)).toBe('Odense Kategori Digitaliseringsprincipper Form Digitale styrings-principper Periode Fra 2020 Status Gældende');
    await userEvent.unhover(path(map, '0461'));
    await userEvent.hover(shadow(map, '.legend'));
    await map.updateComplete;
    expect(tooltipText(map)).toBeNull();
  });

  it('a hover keeps the notices of bad attributes (interaction alone derives nothing again)', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="Odensee"></kl-denmark-map>', { width: 900 });
    await userEvent.hover(path(map, '0461'));
    await map.updateComplete;
    expect(tooltipText(map)).toContain('Odense');
    expect(shadow(map, '[part="notice"]').textContent).toContain('Odensee');
  });

  it('shows "Ikke registreret i kortlægningen" for a municipality without an entry', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 900 });
    await userEvent.hover(path(map, '0580'));
    await map.updateComplete;
    expect(tooltipText(map)).toBe('Aabenraa Ikke registreret i kortlægningen');
  });

  it('shows Solrød as "Ingen strategi" and says it comes from an example in the mapping, not its list', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 900 });
    await userEvent.hover(path(map, '0269'));
    await map.updateComplete;
    expect(tooltipText(map)).toBe('Solrød Kategori Ingen strategi Grundlag Et eksempel i kortlægningen, ikke dens liste Periode Ikke angivet Status Status ukendt');
    expect(path(map, '0269').getAttribute('aria-label')).toBe('Solrød: Ingen strategi, Et eksempel i kortlægningen, ikke dens liste, status ukendt');
  });

  it('shows the tooltip on keyboard focus and hides it on blur', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    // The pointer of an earlier test may rest where this map now is; a hover would win.
    await userEvent.hover(shadow(map, '[part="attribution"]'));
    await tabToMap(map);
    expect(map.shadowRoot!.activeElement).toBe(svgOf(map));
    await map.updateComplete;
    expect(activeCode(map)).toBe('0165'); // Albertslund, first in Danish order
    expect(tooltipText(map)).toContain('Albertslund');
    svgOf(map).blur();
    await map.updateComplete;
    expect(tooltipText(map)).toBeNull();
  });
});

describe('<kl-denmark-map> selection and keyboard', () => {
  it('a click selects: selected reflects the code, aria-selected is set, kl-municipality-select fires', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 900 });
    const events: CustomEvent[] = [];
    map.addEventListener('kl-municipality-select', (e) => events.push(e));
    await userEvent.click(path(map, '0461'));
    await map.updateComplete;
    expect(map.getAttribute('selected')).toBe('0461');
    expect(path(map, '0461').getAttribute('aria-selected')).toBe('true');
    expect(path(map, '0461').getAttribute('part')).toContain('selected');
    expect(events.map((e) => e.detail)).toEqual([{ code: '0461', name: 'Odense' }]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  });

  it.each([1280, 320])('at %i px, hovering Vejle and clicking it selects Vejle and the tooltip still says Vejle (not the first option)', async (width) => {
    await page.viewport(width, 900);
    try {
      const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width });
      await userEvent.hover(path(map, '0630'));
      await map.updateComplete;
      expect(tooltipText(map)).toMatch(/^Vejle /);
      await userEvent.click(path(map, '0630'));
      await map.updateComplete;
      expect(map.getAttribute('selected')).toBe('0630');
      expect(tooltipText(map)).toMatch(/^Vejle /);
      expect(activeCode(map)).toBe('0630');
    } finally {
      await page.viewport(1024, 800);
    }
  });

  it('on touch, the first tap shows the tooltip and the second selects', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 600 });
    const events: CustomEvent[] = [];
    map.addEventListener('kl-municipality-select', (e) => events.push(e));
    const tap = async (code: string) => {
      const target = path(map, code);
      target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      target.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'touch', bubbles: true, composed: true }));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await map.updateComplete;
    };
    await tap('0461');
    expect(tooltipText(map)).toContain('Odense');
    expect(tooltipText(map)).toContain('Tryk igen for at vælge');
    expect(events).toHaveLength(0);
    await tap('0340');
    expect(tooltipText(map)).toContain('Sorø');
    expect(map.selected).toBeNull();
    await tap('0340');
    expect(map.selected).toBe('0340');
    expect(events.map((e) => e.detail)).toEqual([{ code: '0340', name: 'Sorø' }]);
  });

  it('a click on the Copenhagen enlargement selects the municipality', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 900 });
    await userEvent.click(shadow(map, '.enlargement path[data-code="0147"]'));
    await map.updateComplete;
    expect(map.selected).toBe('0147');
  });

  it('arrow keys move to the neighbour in that direction, Enter selects, Escape clears', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map selected="Sorø"></kl-denmark-map>');
    const events: CustomEvent[] = [];
    map.addEventListener('kl-municipality-select', (e) => events.push(e));
    svgOf(map).focus();
    await map.updateComplete;
    expect(activeCode(map)).toBe('0340');
    const east = shape('0340').next.right!;
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    expect(activeCode(map)).toBe(east);
    expect(shape(east).centroid[0]).toBeGreaterThan(shape('0340').centroid[0]);
    const north = shape(east).next.up!;
    await userEvent.keyboard('{ArrowUp}');
    await map.updateComplete;
    expect(activeCode(map)).toBe(north);
    expect(shape(north).centroid[1]).toBeLessThan(shape(east).centroid[1]);
    await userEvent.keyboard('{Enter}');
    await map.updateComplete;
    expect(map.getAttribute('selected')).toBe(north);
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(map.hasAttribute('selected')).toBe(false);
    expect(events.map((e) => e.detail.code)).toEqual([north, null]);
  });

  it('Space selects too', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    svgOf(map).focus();
    await userEvent.keyboard(' ');
    await map.updateComplete;
    expect(map.selected).toBe('0165');
  });

  it('Home and End go to the first and last municipality in Danish order', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    svgOf(map).focus();
    await userEvent.keyboard('{End}');
    await map.updateComplete;
    expect(activeCode(map)).toBe('0751'); // Aarhus: "Aa" sorts as Å
    await userEvent.keyboard('{Home}');
    await map.updateComplete;
    expect(activeCode(map)).toBe('0165');
  });

  it('the options are in the order Home, End and type-ahead go by: Danish alphabetical, Albertslund first and Aarhus last', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const options = shadowAll(map, '[role="option"]').map((o) => o.getAttribute('data-code'));
    expect(options[0]).toBe('0165');
    expect(options.at(-1)).toBe('0751');
    const names = options.map((code) => dataset.municipalities.find((m) => m.code === code)!.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
  });

  it('typing a name jumps to it (type-ahead)', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    svgOf(map).focus();
    await userEvent.keyboard('sor');
    await map.updateComplete;
    expect(activeCode(map)).toBe('0340');
    await new Promise((r) => setTimeout(r, 900));
    await userEvent.keyboard('od');
    await map.updateComplete;
    expect(activeCode(map)).toBe('0727'); // Odder before Odense
  });

  it('the map is one tab stop: Tab moves on to the legend', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await tabToMap(map);
    expect(map.shadowRoot!.activeElement).toBe(svgOf(map));
    await userEvent.tab();
    expect(map.shadowRoot!.activeElement).toBe(shadowAll(map, '.legend-item')[0]);
  });

  it('the focused municipality has a visible focus ring', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await tabToMap(map);
    await map.updateComplete;
    const ring = shadow<SVGPathElement>(map, '.ring.active');
    expect(ring.getAttribute('d')).toBe(shape('0165').d);
    expect(getComputedStyle(ring).display).not.toBe('none');
    expect(getComputedStyle(svgOf(map)).outlineStyle).toBe('solid');
  });
});

/** A tap on a touch screen: what a finger's tap sends to the element it lands on. */
async function tap(map: KlDenmarkMap, target: Element): Promise<void> {
  target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await map.updateComplete;
}

/** Each drawing of a municipality (its shape, and its enlarged shape where it has one) with its box on screen. */
const drawings = (map: Element, code: string) =>
  shadowAll<SVGPathElement>(map, `path[data-code="${code}"]:not(.ring)`).map((element) => {
    const box = element.getBoundingClientRect();
    return { element, box, size: Math.min(box.width, box.height) };
  });

/** A point of the drawing's box that a tap would hit it at (the element there is the drawing), if any. */
function hitPoint(map: Element, drawing: ReturnType<typeof drawings>[number]): [number, number] | null {
  const { box, element } = drawing;
  for (let i = 1; i < 8; i++) {
    for (let j = 1; j < 8; j++) {
      const x = box.left + (box.width * i) / 8;
      const y = box.top + (box.height * j) / 8;
      if (map.shadowRoot!.elementFromPoint(x, y) === element) return [x, y];
    }
  }
  return null;
}

const largest = (map: Element, code: string) => drawings(map, code).reduce((a, b) => (b.size > a.size ? b : a));

describe('<kl-denmark-map> small municipalities', () => {
  it('at 800 px every municipality is at least 14 px in its largest drawing (the Copenhagen area in the enlargement)', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 800 });
    const small = geometry.municipalities.map(({ code }) => ({ code, size: largest(map, code).size })).filter(({ size }) => size < 14);
    expect(small).toEqual([]);
  });

  it('at 390 px on a touch screen, a first tap on a municipality drawn under 24 px zooms in: there it is at least 24 px, a tap there selects it, and "Vis hele kortet" zooms out', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 390 });
    const full = svgOf(map).getAttribute('viewBox');
    const small = geometry.municipalities.map(({ code }) => code).filter((code) => largest(map, code).size < 24);
    expect(small).toContain('0147'); // Frederiksberg
    expect(small).toContain('0563'); // Fanø
    for (const code of small) {
      await tap(map, path(map, code));
      expect(svgOf(map).getAttribute('viewBox'), code).not.toBe(full);
      const drawing = largest(map, code);
      expect(drawing.size, code).toBeGreaterThanOrEqual(24);
      const point = hitPoint(map, drawing);
      expect(point, `${code} can be hit`).not.toBeNull();
      const target = map.shadowRoot!.elementFromPoint(...point!)!;
      await tap(map, target);
      await tap(map, target);
      expect(map.selected, code).toBe(code);
      await userEvent.click(shadow(map, '.zoom-out'));
      await map.updateComplete;
      expect(svgOf(map).getAttribute('viewBox')).toBe(full);
      expect(map.shadowRoot!.querySelector('.zoom-out')).toBeNull();
    }
    // Some 36 municipalities, four taps each.
  }, 60_000);

  it('a tap on a municipality large enough to hit does not zoom, and a mouse never does', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 390 });
    const full = svgOf(map).getAttribute('viewBox');
    await tap(map, path(map, '0860')); // Hjørring
    expect(svgOf(map).getAttribute('viewBox')).toBe(full);
    await userEvent.click(path(map, '0147'), { force: true });
    await map.updateComplete;
    expect(svgOf(map).getAttribute('viewBox')).toBe(full);
  });

  it('the keyboard focus on a municipality of the enlargement is drawn in the enlargement too', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 800 });
    await userEvent.hover(shadow(map, '[part="attribution"]'));
    await tabToMap(map);
    await userEvent.keyboard('frederiksb');
    await map.updateComplete;
    expect(activeCode(map)).toBe('0147');
    const rings = shadowAll<SVGPathElement>(map, '.ring.active');
    const enlarged = geometry.enlargement.shapes.find((s) => s.code === '0147')!.d;
    expect(rings.map((r) => r.getAttribute('d')).sort()).toEqual([shape('0147').d, enlarged].sort());
    for (const ring of rings) expect(getComputedStyle(ring).display).not.toBe('none');
  });
});

describe('<kl-denmark-map> selected, highlight and region', () => {
  it.each([['0340'], ['340'], ['Sorø Kommune'], ['soroe']])('selected="%s" selects Sorø', async (value) => {
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map selected="${value}"></kl-denmark-map>`);
    expect(path(map, '0340').getAttribute('aria-selected')).toBe('true');
    expect(shadow(map, '.ring.selected').getAttribute('d')).toBe(shape('0340').d);
  });

  it('an unknown selected shows a notice with the closest name and warns once; the map still renders', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map selected="Sorrø"></kl-denmark-map>');
    expect(shadow(map, '[part="notice"]').textContent).toContain('Ukendt kommune "Sorrø". Mente du Sorø?');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ukendt kommune "Sorrø" i selected. Mente du Sorø?'));
    expect(shadowAll(map, 'path[part~="municipality"]')).toHaveLength(98);
    map.requestUpdate();
    await map.updateComplete;
    expect(warned().mock.calls.filter((call: unknown[]) => String(call[0]).includes('Sorrø'))).toHaveLength(1);
  });

  it('highlight="Sorø, København" emphasises both and dims the rest', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="Sorø, København"></kl-denmark-map>');
    expect(shadowAll(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code'))).toEqual(['0101', '0340']);
    expect(shadowAll(map, 'path[part~="municipality"].dim')).toHaveLength(96);
    expect(svgOf(map).getAttribute('viewBox')).toBe(`0 0 ${geometry.width} ${geometry.height}`);
  });

  it('subset keeps the listed municipalities and dims the others; an empty subset dims all', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map subset="0340 0101 Odense"></kl-denmark-map>');
    // In the options' (alphabetical) order: København, Odense, Sorø.
    expect(shadowAll(map, 'path[part~="municipality"]:not(.dim)').map((p) => p.getAttribute('data-code'))).toEqual(['0101', '0461', '0340']);
    expect(shadowAll(map, 'path[part~="highlighted"]')).toHaveLength(0);
    map.subset = '';
    await map.updateComplete;
    expect(shadowAll(map, 'path[part~="municipality"].dim')).toHaveLength(98);
    map.subset = null;
    await map.updateComplete;
    expect(shadowAll(map, 'path.dim')).toHaveLength(0);
  });

  it('screen readers hear what is highlighted, dimmed and filtered', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="Sorø" filter="principles"></kl-denmark-map>');
    expect(path(map, '0340').getAttribute('aria-label')).toMatch(/, fremhævet$/);
    expect(path(map, '0461').getAttribute('aria-label')).toMatch(/, nedtonet$/);
    expect(shadow(map, '#description').textContent).toContain('Signaturforklaringen fremhæver kun: Digitaliseringsprincipper.');
  });

  it('zoom-to-highlight fits the view to the highlighted municipalities', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="0340 Ringsted" zoom-to-highlight></kl-denmark-map>');
    const [x, y, w, h] = svgOf(map).getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    expect(w).toBeLessThan(geometry.width / 3);
    for (const code of ['0340', '0329']) {
      const [x0, y0, x1, y1] = shape(code).bbox;
      expect(x0).toBeGreaterThanOrEqual(x);
      expect(y0).toBeGreaterThanOrEqual(y);
      expect(x1).toBeLessThanOrEqual(x + w);
      expect(y1).toBeLessThanOrEqual(y + h);
    }
  });

  it.each([['1085'], ['Region Sjælland'], ['sjaelland']])('region="%s" zooms to Region Sjælland', async (value) => {
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map region="${value}"></kl-denmark-map>`);
    const bbox = geometry.regions.find((r) => r.code === '1085')!.bbox;
    const expected = fitViewBox(bbox, geometry.width / geometry.height, 24, [0, 0, geometry.width, geometry.height]);
    expect(svgOf(map).getAttribute('viewBox')).toBe(expected.join(' '));
    expect(svgOf(map).classList.contains('zoomed')).toBe(true);
  });

  it('an unknown highlight or region shows notices and the map still renders', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="Sorø, Odensee" region="Fyn"></kl-denmark-map>');
    const notice = shadow(map, '[part="notice"]').textContent!;
    expect(notice).toContain('Ukendt kommune "Odensee". Mente du Odense?');
    expect(notice).toContain('Ukendt region "Fyn".');
    expect(svgOf(map).getAttribute('viewBox')).toBe(`0 0 ${geometry.width} ${geometry.height}`);
    expect(shadowAll(map, 'path[part~="highlighted"]')).toHaveLength(1);
  });
});

describe('<kl-denmark-map> data', () => {
  const json = JSON.stringify(dataset);

  it('with src, shows a loading state, then the map from the loaded dataset', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const altered = JSON.parse(json);
    altered.entries = altered.entries.filter((e: { code: string }) => e.code !== '0340');
    vi.spyOn(window, 'fetch').mockImplementation(async () => {
      await gate;
      return new Response(JSON.stringify(altered), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/loading-test.json"></kl-denmark-map>');
    expect(shadow(map, '[part="loading"]').textContent).toContain('Henter data');
    release();
    await until(() => map.shadowRoot!.querySelector('path[data-code="0340"]'));
    expect(path(map, '0340').getAttribute('data-value')).toBe('not-registered');
  });

  it('a 404 shows an error state with the status and a retry button that loads again', async () => {
    const fetch = vi
      .spyOn(window, 'fetch')
      .mockResolvedValueOnce(new Response('missing', { status: 404, statusText: 'Not Found' }))
      .mockResolvedValueOnce(new Response(json, { status: 200 }));
    const errors: CustomEvent[] = [];
    document.addEventListener('kl-data-error', (e) => errors.push(e), { once: true });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/missing.json"></kl-denmark-map>');
    const error = await errorState(map);
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Serveren svarede 404 Not Found for');
    expect(errors[0]!.detail.message).toContain('404');
    await userEvent.click(shadow(map, '[part="error"] button'));
    await until(() => map.shadowRoot!.querySelector('path[data-code="0340"]'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('an invalid dataset shows which field is wrong', async () => {
    const broken = JSON.parse(json);
    broken.entries[2].url = 'javascript:alert(1)';
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(broken), { status: 200 }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/broken.json"></kl-denmark-map>');
    const error = await errorState(map);
    expect(error.querySelector('button'), 'no "Prøv igen": the same dataset would fail again').toBeNull();
    expect(error.textContent).toContain('er ugyldigt');
    expect(error.textContent).toContain('entries[2].url: er ikke en normaliseret http:- eller https:-adresse');
  });

  it('a dataset whose name of Glostrup holds a right-to-left override (U+202E) is refused, naming the field, instead of garbling the options after it', async () => {
    const tricked = JSON.parse(json);
    const glostrup = tricked.municipalities.findIndex((m: { code: string }) => m.code === '0161');
    tricked.municipalities[glostrup].name = '\u202EGlostrup';
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    map.dataset = tricked;
    const error = await errorState(map);
    expect(error.textContent).toContain(`municipalities[${glostrup}].name: indeholder et tegn, der vender skriveretningen`);
    expect(map.shadowRoot!.querySelector('[role="option"]')).toBeNull();
  });

  it('with lang="en", the error state says all of it in English: the frame and what is wrong with the dataset', async () => {
    const broken = JSON.parse(json);
    broken.entries[2].url = 'javascript:alert(1)';
    broken.municipalities.pop();
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(broken), { status: 200 }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en" src="/data/broken-en.json"></kl-denmark-map>');
    const error = await errorState(map);
    expect(error.querySelector('h2')!.textContent).toBe('The data could not be shown');
    expect(error.textContent).toContain('is not valid:');
    expect(error.textContent).toContain('entries[2].url: is not a normalised http: or https: URL');
    expect(error.textContent).not.toMatch(/[æøå]|Datasæt|ugyldig/i);
  });

  it('a response that is not JSON, and a timeout, each get their own message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(window, 'fetch').mockImplementation(async (_url, init) => {
      if (String(_url).includes('html')) return new Response('<!doctype html>', { status: 200 });
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const html = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/page.html"></kl-denmark-map>');
    expect((await errorState(html)).textContent).toContain('er ikke JSON');
    const slow = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/slow.json" load-timeout="0.05"></kl-denmark-map>');
    expect((await errorState(slow)).textContent).toContain('efter 0,05 sekunder');
  });

  it('a src that is not a URL shows an error state, not an exception', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map src="https://kl .dk:99999/x.json"></kl-denmark-map>');
    const error = await errorState(map);
    expect(error.querySelector('button'), 'no "Prøv igen": the same address would fail again').toBeNull();
    expect(error.textContent).toContain('i src er ikke en gyldig adresse');
  });

  it('a dataset set as a property is rendered; an invalid one gets an error state, not an exception', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const altered = JSON.parse(json);
    altered.entries = [];
    map.dataset = altered;
    await map.updateComplete;
    expect(shadowAll(map, 'path[data-value="not-registered"][part~="municipality"]')).toHaveLength(98);
    map.dataset = { version: 1 } as never;
    await map.updateComplete;
    expect(shadow(map, '[part="error"]').textContent).toContain('regions');
  });
});

describe('<kl-denmark-map variant="locator">', () => {
  it('shows only the map: no legend, no list, not focusable, an image named after the highlighted municipality', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map variant="locator" highlight="Sorø"></kl-denmark-map>', { width: 240 });
    const svg = svgOf(map);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Kort, der viser, hvor Sorø ligger');
    expect(svg.hasAttribute('tabindex')).toBe(false);
    expect(map.shadowRoot!.querySelector('.legend, details, [role="option"]')).toBeNull();
    expect(shadow(map, '[part="attribution"]').textContent).toContain('DAGI');
    expect(shadowAll(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code'))).toEqual(['0340']);
    const accent = getComputedStyle(path(map, '0340')).fill;
    expect(accent).not.toBe(getComputedStyle(path(map, '0101')).fill);
    expect(await axeViolations(map)).toEqual([]);
  });

  it('names two highlighted municipalities in English', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map variant="locator" highlight="Sorø, Ringsted" lang="en"></kl-denmark-map>');
    expect(svgOf(map).getAttribute('aria-label')).toBe('Map showing where Sorø and Ringsted are');
  });

  it('an unknown variant shows a notice and the full map', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map variant="mini"></kl-denmark-map>');
    expect(shadow(map, '[part="notice"]').textContent).toContain('"mini" bruges ikke');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('"mini" for variant'));
    expect(shadowAll(map, '.legend-item').length).toBeGreaterThan(0);
  });
});

describe('<kl-denmark-map> language, theme, accessibility and size', () => {
  it('speaks English with lang="en", also when inherited from the page', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en"></kl-denmark-map>');
    expect(shadow(map, '[part="attribution"]').textContent).toBe('Map: DAGI, the Danish Agency for Data Supply and Infrastructure (free geodata)');
    expect(shadow(map, '.legend-item').textContent).toContain('Digitalisation strategy');
    expect(svgOf(map).getAttribute('aria-label')).toBe("Map of the municipalities' strategic work with digitalisation");
    const wrapper = await fixture<HTMLElement>('<div lang="en-GB"><kl-denmark-map></kl-denmark-map></div>');
    const inner = wrapper.querySelector('kl-denmark-map') as KlDenmarkMap;
    await inner.updateComplete;
    expect(shadow(inner, '.legend-title').textContent).toContain('Legend');
  });

  it('uses the dark palette with theme="dark"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map theme="dark"></kl-denmark-map>');
    expect(patternFill(map, 'strategy')).toBe(rgb(PALETTE.dark.values.strategy));
    expect(getComputedStyle(shadow(map, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
  });

  it('follows the page theme tokens', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map style="--kl-color-strategy: #123456"></kl-denmark-map>');
    expect(patternFill(map, 'strategy')).toBe('rgb(18, 52, 86)');
  });

  it('has an accessible name, a description, and a list of every municipality with its category', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const svg = svgOf(map);
    expect(svg.getAttribute('role')).toBe('listbox');
    expect(svg.getAttribute('aria-label')).toBe('Kort over kommunernes strategiske arbejde med digitalisering');
    const description = shadow(map, `#${svg.getAttribute('aria-describedby')}`).textContent!;
    expect(description).toContain('Digitaliseringsprincipper: 9 kommuner');
    expect(description).toContain('piletasterne');
    expect(shadowAll(map, '[part="list"] li')).toHaveLength(0); // built when opened
    await userEvent.click(shadow(map, '[part="list"] summary'));
    await map.updateComplete;
    const items = shadowAll(map, '[part="list"] li').map((li) => li.textContent);
    expect(items).toHaveLength(98);
    expect(items).toContain('Sorø: Digitaliseringsprincipper, Digitaliserings-principper, status ukendt');
    expect(path(map, '0340').getAttribute('aria-label')).toBe('Sorø: Digitaliseringsprincipper, Digitaliserings-principper, status ukendt');
  });

  it.each([
    ['the default map', '<kl-denmark-map></kl-denmark-map>'],
    ['a selection, a filter and notices', '<kl-denmark-map selected="Sorø" filter="principles" highlight="Odensee"></kl-denmark-map>'],
    ['the dark theme by status', '<kl-denmark-map theme="dark" color-by="status"></kl-denmark-map>'],
    ['English by region, zoomed', '<kl-denmark-map lang="en" color-by="region" region="1084"></kl-denmark-map>'],
  ])('axe-core finds no violations in %s', async (_name, markup) => {
    const map = await fixture<KlDenmarkMap>(markup);
    shadow<HTMLDetailsElement>(map, 'details').open = true;
    await until(() => map.shadowRoot!.querySelectorAll('[part="list"] li').length === 98);
    await tabToMap(map);
    await map.updateComplete;
    expect(await axeViolations(map)).toEqual([]);
  });

  it('axe-core finds no violations in the error state', async () => {
    failLoads(500, 'Internal Server Error');
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map src="/data/error-axe.json"></kl-denmark-map>');
    await errorState(map);
    expect(await axeViolations(map)).toEqual([]);
  });

  it.each([320, 280])('fits %i px without horizontal overflow and keeps its aspect ratio', async (width) => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width });
    const root = shadow(map, '.root');
    expect(map.getBoundingClientRect().width).toBeLessThanOrEqual(width);
    expect(root.scrollWidth).toBeLessThanOrEqual(width);
    const box = svgOf(map).getBoundingClientRect();
    expect(box.width).toBeCloseTo(width, 0);
    expect(box.height / box.width).toBeCloseTo(geometry.height / geometry.width, 2);
    for (const item of shadowAll(map, '.legend-item')) expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(map.getBoundingClientRect().right + 0.5);
  });

  it.each(['0813', '0851', '0400'])('at 320 px a tap on %s never places its tooltip past the right edge, not even before it is moved (a phone would widen the page)', async (code) => {
    await page.viewport(320, 720);
    try {
      const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
      // Every layout the tooltip's placement asks for is a moment the page could see.
      const widths: number[] = [];
      const measure = Element.prototype.getBoundingClientRect;
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
        widths.push(document.documentElement.scrollWidth);
        return measure.call(this);
      });
      const target = path(map, code);
      target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await map.updateComplete;
      vi.mocked(Element.prototype.getBoundingClientRect).mockRestore();
      expect(tooltipText(map)).toContain(map.shadowRoot!.querySelector(`[data-code="${code}"]`)!.getAttribute('aria-label')!.split(':')[0]);
      widths.push(document.documentElement.scrollWidth);
      expect(Math.max(...widths)).toBeLessThanOrEqual(320);
      const box = shadow(map, '[part="tooltip"]').getBoundingClientRect();
      const stage = shadow(map, '.stage').getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(stage.left - 0.5);
      expect(box.right).toBeLessThanOrEqual(stage.right + 0.5);
    } finally {
      await page.viewport(1024, 800);
    }
  });

  it.each(['0340', '0461', '0751', '0101', '0400', '0851'])('at 320 px the tooltip of %s stays inside the map (no sideways scrolling)', async (code) => {
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map selected="${code}"></kl-denmark-map>`, { width: 320 });
    svgOf(map).focus();
    const tooltip = await until(() => map.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]'));
    await map.updateComplete;
    const stage = shadow(map, '.stage').getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(stage.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(stage.right + 0.5);
    expect(shadow(map, '.root').scrollWidth).toBeLessThanOrEqual(320);
  });
});

describe('<kl-denmark-map> in print', () => {
  it('at the width of A4 (718 px) draws the map at three quarters of the sheet, centred, so that it fits below more of what is printed before it; a locator keeps its width', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 718 });
    const locator = await fixture<KlDenmarkMap>('<kl-denmark-map variant="locator" highlight="0340"></kl-denmark-map>', { width: 200 });
    const screen = await printMedia();
    try {
      const box = svgOf(map).getBoundingClientRect();
      const host = map.getBoundingClientRect();
      expect(box.width).toBeCloseTo(718 * 0.75, 0);
      expect(box.left - host.left).toBeCloseTo(host.right - box.right, 0);
      expect(svgOf(locator).getBoundingClientRect().width).toBeCloseTo(200, 0);
    } finally {
      await screen();
    }
  });
});
