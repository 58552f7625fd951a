// The map's "Find kommune" combobox: typing, the suggestions, the keys, what it selects, zooms and
// opens, and what a screen reader gets.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { geometry } from '@kl-digital/core/geo';
import { accessibilityTree, axeViolations, fixture, shadow, shadowAll, until, useElementFixtures } from '../test-support/fixture.js';
import './kl-denmark-map.js';
import type { KlDenmarkMap } from './kl-denmark-map.component.js';

useElementFixtures();

const input = (map: Element) => shadow<HTMLInputElement>(map, 'input[role="combobox"]');
const options = (map: Element) => shadowAll(map, '[role="listbox"] [role="option"]').map((o) => o.textContent!.trim());
const expanded = (map: Element) => input(map).getAttribute('aria-expanded');
const activeOption = (map: Element) => {
  const id = input(map).getAttribute('aria-activedescendant');
  return id ? shadow(map, `#${id}`).textContent!.trim() : null;
};
const liveText = (map: Element) => shadow(map, '[part="search"] [role="status"]').textContent!.trim();
const tooltipText = (map: Element) => map.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')?.innerText.replace(/\s+/g, ' ').trim() ?? null;
const viewBox = (map: Element) => shadow(map, 'svg[part="map"]').getAttribute('viewBox');
const FULL = `0 0 ${geometry.width} ${geometry.height}`;

async function typeInto(map: KlDenmarkMap, text: string): Promise<void> {
  await userEvent.click(input(map));
  await userEvent.fill(input(map), text);
  await map.updateComplete;
}

async function press(map: KlDenmarkMap, key: string): Promise<void> {
  await userEvent.keyboard(`{${key}}`);
  await map.updateComplete;
}

describe('<kl-denmark-map> search ("Find kommune")', () => {
  it('is a combobox labelled "Find kommune", described by its help, controlling a listbox named "Forslag" (Chromium\'s accessibility tree)', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'Frederiks');
    const tree = await accessibilityTree();
    const combobox = tree.find((n) => n.role === 'combobox');
    expect(combobox?.name).toBe('Find kommune');
    expect(combobox?.description).toContain('Skriv et navn eller en kommunekode');
    expect(tree.find((n) => n.role === 'listbox' && n.name === 'Forslag')).toBeDefined();
    expect(tree.filter((n) => n.role === 'option' && !n.ignored && n.name.startsWith('Frederiks')).map((n) => n.name)).toEqual(['Frederiksberg', 'Frederikshavn', 'Frederikssund']);
    expect(input(map).getAttribute('aria-controls')).toBe(shadow(map, '[role="listbox"]').id);
    expect(input(map).getAttribute('aria-autocomplete')).toBe('list');
  });

  it.each([
    ['soroe', 'Sorø'],
    ['0340', 'Sorø'],
    ['340', 'Sorø'],
    ['Sorø Kommune', 'Sorø'],
    ['Bornholms Regionskommune', 'Bornholm'],
  ])('typing %j suggests %s first, and Enter chooses it', async (text, name) => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, text);
    expect(expanded(map)).toBe('true');
    expect(options(map)[0]).toBe(name);
    await press(map, 'Enter');
    expect(map.selected).toBe(map.shadowRoot!.querySelector(`path[part~="municipality"][aria-label^="${name}:"]`)!.getAttribute('data-code'));
    expect(input(map).value).toBe(name);
    expect(expanded(map)).toBe('false');
  });

  it('a misspelling ("Sorrø") suggests the closest names, Sorø first, and the live region asks "Mente du …?"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'Sorrø');
    expect(options(map)[0]).toBe('Sorø');
    await until(() => liveText(map).startsWith('Ingen kommune hedder sådan. Mente du Sorø'));
    await press(map, 'Enter');
    expect(map.selected).toBe('0340');
  });

  it('the live region says how many suggestions there are once typing pauses, and that nothing matches', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    expect(liveText(map)).toBe('');
    await typeInto(map, 'Frederiks');
    await until(() => liveText(map) === '4 forslag.');
    await typeInto(map, 'xyzzy');
    expect(expanded(map)).toBe('false');
    await until(() => liveText(map) === 'Ingen kommune passer til "xyzzy".');
  });

  it('choosing selects the municipality: selected reflects its code, kl-municipality-select fires, its tooltip opens, and the live region says so', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 900 });
    const events: CustomEvent[] = [];
    map.addEventListener('kl-municipality-select', (e) => events.push(e));
    await typeInto(map, 'odense');
    await press(map, 'Enter');
    expect(map.getAttribute('selected')).toBe('0461');
    expect(events.map((e) => e.detail)).toEqual([{ code: '0461', name: 'Odense' }]);
    expect(shadow(map, 'path[data-code="0461"][part~="municipality"]').getAttribute('aria-selected')).toBe('true');
    expect(tooltipText(map)).toMatch(/^Odense /);
    expect(liveText(map)).toBe('Odense er valgt og vist på kortet: Digitaliseringsprincipper.');
    // The focus stays in the search; the map's keyboard goes on from the one found.
    expect(map.shadowRoot!.activeElement).toBe(input(map));
  });

  it('the arrow keys move through the suggestions (aria-activedescendant, aria-selected), wrapping; Enter takes the active one', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'Frederiks');
    expect(activeOption(map)).toBeNull();
    await press(map, 'ArrowDown');
    expect(activeOption(map)).toBe('Frederiksberg');
    expect(shadow(map, '[role="option"][aria-selected="true"]').textContent).toBe('Frederiksberg');
    await press(map, 'ArrowDown');
    expect(activeOption(map)).toBe('Frederikshavn');
    await press(map, 'ArrowUp');
    await press(map, 'ArrowUp');
    expect(activeOption(map)).toBe('Halsnæs'); // Frederiksværk-Hundested, last
    await press(map, 'ArrowDown');
    expect(activeOption(map)).toBe('Frederiksberg');
    await press(map, 'ArrowDown');
    await press(map, 'Enter');
    expect(map.selected).toBe('0813'); // Frederikshavn
  });

  it('Escape closes the suggestions, a second Escape clears the text; the selection stays', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map selected="Sorø"></kl-denmark-map>');
    await typeInto(map, 'Od');
    expect(expanded(map)).toBe('true');
    await press(map, 'Escape');
    expect(expanded(map)).toBe('false');
    expect(input(map).value).toBe('Od');
    await press(map, 'ArrowDown');
    expect(expanded(map)).toBe('true');
    expect(activeOption(map)).toBe('Odder');
    await press(map, 'Escape');
    await press(map, 'Escape');
    expect(input(map).value).toBe('');
    expect(map.selected).toBe('Sorø');
  });

  it('a click on a suggestion chooses it, and the focus stays in the input', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'aal');
    await userEvent.click(shadow(map, '[role="option"][data-code="0851"]'));
    await map.updateComplete;
    expect(map.selected).toBe('0851');
    expect(map.shadowRoot!.activeElement).toBe(input(map));
  });

  it('Tab leaves the search for the map and closes the suggestions', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'Sorø');
    await userEvent.tab();
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement).toBe(shadow(map, 'svg[part="map"]'));
    expect(expanded(map)).toBe('false');
  });

  it('finding Frederiksberg, drawn too small to see, zooms to the enlargement; "Vis hele kortet" zooms out', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 800 });
    await typeInto(map, 'Frederiksberg');
    await press(map, 'Enter');
    expect(map.selected).toBe('0147');
    expect(viewBox(map)).not.toBe(FULL);
    const drawn = shadow(map, '.enlargement path[data-code="0147"]').getBoundingClientRect();
    expect(Math.min(drawn.width, drawn.height)).toBeGreaterThanOrEqual(24);
    expect(tooltipText(map)).toMatch(/^Frederiksberg /);
    await userEvent.click(shadow(map, '[part="zoom-out"]'));
    await map.updateComplete;
    expect(viewBox(map)).toBe(FULL);
  });

  it('finding Hjørring, large enough where it is, does not zoom', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 800 });
    await typeInto(map, 'Hjørring');
    await press(map, 'Enter');
    expect(map.selected).toBe('0860');
    expect(viewBox(map)).toBe(FULL);
    expect(map.shadowRoot!.querySelector('[part="zoom-out"]')).toBeNull();
  });

  it('finding Sorø on a map zoomed to Nordjylland zooms to Sorø', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map region="Nordjylland"></kl-denmark-map>', { width: 800 });
    const region = viewBox(map);
    await typeInto(map, 'Sorø');
    await press(map, 'Enter');
    const [x, y, w, h] = viewBox(map)!.split(' ').map(Number) as [number, number, number, number];
    const [cx, cy] = geometry.municipalities.find((m) => m.code === '0340')!.centroid;
    expect(viewBox(map)).not.toBe(region);
    expect(cx > x && cx < x + w && cy > y && cy < y + h).toBe(true);
  });

  it('speaks English with lang="en"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en"></kl-denmark-map>');
    expect(shadow(map, '[part="search"] label').textContent).toBe('Find municipality');
    expect(shadow(map, '[role="listbox"]').getAttribute('aria-label')).toBe('Suggestions');
    await typeInto(map, 'Frederiks');
    await until(() => liveText(map) === '4 suggestions.');
    await press(map, 'Enter');
    expect(liveText(map)).toBe('Frederiksberg is selected and shown on the map: Digitalisation strategy.');
  });

  it.each([
    ['controls="none"', false, false],
    ['controls="download"', false, true],
    ['controls="search"', true, false],
    ['controls=" Search, DOWNLOAD "', true, true],
  ])('%s shows the search: %s, the downloads: %s', async (attribute, search, downloads) => {
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map ${attribute}></kl-denmark-map>`);
    expect(map.shadowRoot!.querySelector('[part="search"]') !== null).toBe(search);
    expect(map.shadowRoot!.querySelectorAll('[part="download"]').length).toBe(downloads ? 2 : 0);
    expect(map.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
  });

  it('an unknown control gets a notice, and the map keeps both', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map controls="zoom"></kl-denmark-map>');
    expect(shadow(map, '[part="notice"]').textContent).toContain('"zoom"');
    expect(map.shadowRoot!.querySelector('[part="search"]')).not.toBeNull();
  });

  it('the locator has neither search nor downloads', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map variant="locator" highlight="Sorø" controls="search download"></kl-denmark-map>');
    expect(map.shadowRoot!.querySelector('[part="search"]')).toBeNull();
    expect(map.shadowRoot!.querySelector('[part="download"]')).toBeNull();
    expect(map.shadowRoot!.querySelector('input, button')).toBeNull();
  });

  it('axe-core finds no violations with the suggestions open and one active', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await typeInto(map, 'Frederiks');
    await press(map, 'ArrowDown');
    expect(await axeViolations(map)).toEqual([]);
  });

  it('at 320 px the search and its suggestions fit: no sideways scrolling', async () => {
    await page.viewport(320, 720);
    try {
      const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
      await typeInto(map, 'Frederiks');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(shadow(map, '.root').scrollWidth).toBeLessThanOrEqual(320);
      for (const option of shadowAll(map, '[role="option"]')) expect(option.getBoundingClientRect().right).toBeLessThanOrEqual(320.5);
      expect(input(map).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    } finally {
      await page.viewport(1024, 800);
    }
  });
});
