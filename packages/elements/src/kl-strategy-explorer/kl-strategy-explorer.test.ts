import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanup, fixture, printMedia, shadow, shadowAll, until } from '../test-support/fixture.js';
import './kl-strategy-explorer.js';
import type { KlStrategyExplorer } from './kl-strategy-explorer.component.js';

const parts = (explorer: Element) => ({
  map: shadow(explorer, 'kl-denmark-map'),
  table: shadow(explorer, 'kl-strategy-table'),
  card: explorer.shadowRoot!.querySelector('kl-municipality-card'),
});
const yearSlider = (explorer: Element) => shadow<HTMLInputElement>(explorer, '[part="control"] input[type="range"]');
const mapPath = (explorer: Element, code: string) => shadow<SVGPathElement>(parts(explorer).map, `path[part~="municipality"][data-code="${code}"]`);
const tableRow = (explorer: Element, code: string) => shadow(parts(explorer).table, `tr[data-code="${code}"]`);
const settle = async (explorer: KlStrategyExplorer) => {
  await explorer.updateComplete;
  const { map, table, card } = parts(explorer);
  await (map as unknown as KlStrategyExplorer).updateComplete;
  await (table as unknown as KlStrategyExplorer).updateComplete;
  if (card) await (card as unknown as KlStrategyExplorer).updateComplete;
};

beforeEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
  vi.restoreAllMocks();
});

describe('<kl-strategy-explorer>', () => {
  it('composes the map, the table of all 98 municipalities and a hint in place of the card', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer as-of="2021-06-01"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    const { map, table, card } = parts(explorer);
    expect(shadowAll(map, 'path[part~="municipality"]')).toHaveLength(98);
    expect(table.getAttribute('scope')).toBe('all');
    expect(shadowAll(table, 'tbody tr')).toHaveLength(98);
    expect(card).toBeNull();
    expect(shadow(explorer, '.hint').textContent).toContain('Vælg en kommune');
  });

  it('in print, the colour choice (its radio buttons) and the hint are gone, the legend says what the colours show, and the table is a table', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 718 });
    await settle(explorer);
    const screen = await printMedia();
    try {
      expect(getComputedStyle(shadow(explorer, '[part="controls"]')).display).toBe('none');
      expect(getComputedStyle(shadow(explorer, '.hint')).display).toBe('none');
      expect(shadowAll(explorer, 'input[type="radio"]').filter((input) => input.getClientRects().length > 0)).toEqual([]);
      expect(getComputedStyle(shadow(parts(explorer).map, '[part="legend"]')).display).not.toBe('none');
      expect(getComputedStyle(tableRow(explorer, '0340')).display).toBe('table-row');
    } finally {
      await screen();
    }
  });

  it('selecting on the map selects the row, opens the card and writes the URL hash', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0461'));
    await settle(explorer);
    expect(parts(explorer).table.getAttribute('selected')).toBe('0461');
    expect(tableRow(explorer, '0461').getAttribute('part')).toContain('selected');
    expect(parts(explorer).card!.getAttribute('municipality')).toBe('0461');
    expect(shadow(parts(explorer).card!, '[part="heading"]').textContent).toContain('Odense');
    expect(location.hash).toBe('#kommune=0461');
  });

  it("choosing a neighbour in the card's inspiration selects it everywhere: map, row, card (the focus on its name) and the URL hash", async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0340'));
    await settle(explorer);
    const card = parts(explorer).card!;
    await userEvent.click(shadow(card, '[part="other"][data-code="0329"] [part="other-link"]'));
    await settle(explorer);
    await until(() => card.shadowRoot!.activeElement === shadow(card, '[part="heading"]'));
    expect(shadow(card, '[part="heading"]').textContent).toContain('Ringsted');
    expect(parts(explorer).map.getAttribute('selected')).toBe('0329');
    expect(tableRow(explorer, '0329').getAttribute('part')).toContain('selected');
    expect(location.hash).toBe('#kommune=0329');
  });

  it('at 1280 px, hovering Vejle on the map and clicking it selects Vejle, and the tooltip still says Vejle', async () => {
    await page.viewport(1280, 900);
    try {
      const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1280 });
      await settle(explorer);
      const map = parts(explorer).map;
      const tooltip = () => map.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')?.innerText.replace(/\s+/g, ' ').trim();
      await userEvent.hover(mapPath(explorer, '0630'));
      await settle(explorer);
      expect(tooltip()).toMatch(/^Vejle /);
      await userEvent.click(mapPath(explorer, '0630'));
      await settle(explorer);
      expect(explorer.state.selected).toBe('0630');
      expect(tooltip()).toMatch(/^Vejle /);
    } finally {
      await page.viewport(1024, 800);
    }
  });

  it('selecting a row in the table selects it on the map', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(tableRow(explorer, '0340').querySelector('button.select')!);
    await settle(explorer);
    expect(parts(explorer).map.getAttribute('selected')).toBe('0340');
    expect(mapPath(explorer, '0340').getAttribute('aria-selected')).toBe('true');
    expect(explorer.state.selected).toBe('0340');
  });

  it('at 1280 px, choosing Vejle in the table far below brings its card into view and tells screen readers', async () => {
    await page.viewport(1280, 900);
    try {
      const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1280 });
      await settle(explorer);
      await userEvent.click(tableRow(explorer, '0630').querySelector('button.select')!);
      await settle(explorer);
      expect(explorer.state.selected).toBe('0630');
      const card = await until(() => parts(explorer).card);
      await until(() => {
        const box = card.getBoundingClientRect();
        return box.top >= -1 && box.top < window.innerHeight - 100;
      });
      expect(shadow(explorer, '[role="status"]').textContent).toContain('Vejle Kommune');
      // The reader's place stays where it was: the focus is still on the row's button.
      expect(parts(explorer).table.shadowRoot!.activeElement).toBe(tableRow(explorer, '0630').querySelector('button.select'));
    } finally {
      await page.viewport(1024, 800);
    }
  });

  it('searching the table dims the municipalities on the map that it does not show, and keeps the search in the hash without a history entry per key', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    const before = history.length;
    await userEvent.type(shadow(parts(explorer).table, 'input[type="search"]'), 'sorø');
    await until(() => explorer.state.query === 'sorø');
    await settle(explorer);
    // The explorer passes the codes the table shows as a set, not as a string for the map to parse again.
    expect([...((parts(explorer).map as unknown as { subset: Iterable<string> }).subset)]).toEqual(['0340']);
    expect(mapPath(explorer, '0340').classList.contains('dim')).toBe(false);
    expect(mapPath(explorer, '0461').classList.contains('dim')).toBe(true);
    expect(decodeURIComponent(location.hash)).toBe('#q=sorø');
    expect(history.length).toBe(before);
  });

  it('a legend filter on the map filters the table, and a table filter presses the legend', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(shadow(parts(explorer).map, '.legend-item[data-value="principles"]'));
    await settle(explorer);
    expect(parts(explorer).table.getAttribute('category')).toBe('principles');
    expect(shadowAll(parts(explorer).table, 'tbody tr')).toHaveLength(9);
    expect(location.hash).toBe('#kategori=principles');
    explorer.remove();
    history.replaceState(null, '', '#kategori=strategy');
    const again = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(again);
    expect(shadow(parts(again).map, '.legend-item[data-value="strategy"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('the colour mode control colours the map by status or region', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(shadowAll<HTMLInputElement>(explorer, 'input[name="color-by"]').find((i) => i.value === 'status')!);
    await settle(explorer);
    expect(parts(explorer).map.getAttribute('color-by')).toBe('status');
    expect(location.hash).toBe('#farve=status');
  });

  it('a link with a hash reproduces the view', async () => {
    history.replaceState(null, '', '#kommune=0340&farve=region&q=s&region=1085');
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    const { map, table, card } = parts(explorer);
    expect(map.getAttribute('color-by')).toBe('region');
    expect(map.getAttribute('selected')).toBe('0340');
    expect(table.getAttribute('query')).toBe('s');
    expect(table.getAttribute('region')).toBe('1085');
    expect(card!.getAttribute('municipality')).toBe('0340');
    expect(shadowAll(table, 'tbody tr').every((tr) => tr.textContent!.includes('Sjælland'))).toBe(true);
  });

  it('a crafted link puts no text on the page: #kommune=<a sentence> selects nothing, and neither map, card nor table echoes it', async () => {
    const warn = vi.mocked(console.warn);
    const sentence = 'OBS: KL har flyttet kortlægningen til www.example.com';
    const value = encodeURIComponent(sentence);
    history.replaceState(null, '', `#kommune=${value}&kategori=${value}&region=${value}&status=${value}&sort=${value}&q=${value}`);
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    const text = (node: Node): string =>
      node instanceof Element && node.shadowRoot ? text(node.shadowRoot) : node.nodeType === Node.TEXT_NODE ? node.textContent! : [...node.childNodes].map(text).join('');
    expect(text(explorer.shadowRoot!)).not.toContain('example.com');
    expect(shadowAll(parts(explorer).table, 'input').map((i) => (i as HTMLInputElement).value).join(' ')).not.toContain('example.com');
    expect(explorer.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(parts(explorer).map.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(parts(explorer).table.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(parts(explorer).card).toBeNull();
    expect(explorer.state).toMatchObject({ selected: null, query: '', categories: [], regions: [], statuses: [], sort: '' });
    // The editor learns why, on the console.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('#kommune='));
  });

  it('a link with #kommune=Sorø Kommune selects Sorø, as its code', async () => {
    history.replaceState(null, '', '#kommune=Sor%C3%B8%20Kommune');
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    expect(explorer.state.selected).toBe('0340');
    expect(parts(explorer).card!.getAttribute('municipality')).toBe('0340');
  });

  it('back and forward move through the selections', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0461'));
    await settle(explorer);
    await userEvent.click(tableRow(explorer, '0340').querySelector('button.select')!);
    await settle(explorer);
    history.back();
    await until(() => explorer.state.selected === '0461');
    await settle(explorer);
    expect(parts(explorer).map.getAttribute('selected')).toBe('0461');
    history.forward();
    await until(() => explorer.state.selected === '0340');
  });

  it('an anchor of the page (a skip link) in the hash leaves the state alone; back to no hash is the fresh view', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0461'));
    await settle(explorer);
    const changes: unknown[] = [];
    explorer.addEventListener('kl-explorer-change', (e) => changes.push(e.detail));
    location.hash = '#indhold';
    await new Promise((r) => setTimeout(r, 50));
    expect(explorer.state.selected).toBe('0461');
    expect(changes).toHaveLength(0);
    history.back();
    await until(() => location.hash === '#kommune=0461');
    history.back();
    await until(() => explorer.state.selected === null);
    expect(changes.length).toBeGreaterThan(0);
  });

  it('url-state="none" leaves the URL alone', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer url-state="none"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0461'));
    await settle(explorer);
    expect(explorer.state.selected).toBe('0461');
    expect(location.hash).toBe('');
  });

  it('the year control sets as-of for the map, the table and the card together, and keeps the year in the hash', async () => {
    history.replaceState(null, '', '#kommune=0155&farve=status');
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer as-of="2021-06-01"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    const { map, table } = parts(explorer);
    await expect.element(page.getByRole('slider', { name: 'Vis status for året' })).toBeInTheDocument();
    expect(yearSlider(explorer).value).toBe('2021');
    // Dragør, 2016-2020: expired at 2021-06-01, current at the end of 2020.
    expect(mapPath(explorer, '0155').dataset.value).toBe('expired');
    yearSlider(explorer).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => explorer.state.year === 2020);
    await settle(explorer);
    const card = parts(explorer).card!;
    await (card as unknown as KlStrategyExplorer).updateComplete;
    expect([map, table, card].map((el) => el.getAttribute('as-of'))).toEqual(Array(3).fill('2020-12-31'));
    expect(yearSlider(explorer).getAttribute('aria-valuetext')).toMatch(/^2020: 35 gældende, 0 udløbet, 14 endnu ikke gældende, 16 status ukendt/);
    expect(mapPath(explorer, '0155').dataset.value).toBe('current');
    expect(shadow(table, 'caption .as-of').textContent).toBe('Status pr. 31. december 2020');
    expect(shadow(card, '[part="badge"]').dataset.value).toBe('current');
    expect(location.hash).toBe('#kommune=0155&farve=status&aar=2020');
  });

  it('a slide over several years is one history entry: Back returns to the view before it', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer as-of="2021-06-01"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    await userEvent.click(mapPath(explorer, '0461'));
    await settle(explorer);
    const before = history.length;
    const seen: (number | null)[] = [];
    explorer.addEventListener('kl-explorer-change', (e) => seen.push(e.detail.year));
    const passedOn: number[] = [];
    explorer.addEventListener('kl-as-of-change', (e) => passedOn.push(e.detail.year));
    yearSlider(explorer).focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await userEvent.keyboard(`{${key}}`);
    await until(() => explorer.state.year === 2024);
    expect(history.length).toBe(before + 1);
    expect(location.hash).toBe('#kommune=0461&aar=2024');
    expect(seen).toEqual([2022, 2023, 2024]);
    expect(passedOn).toEqual([2022, 2023, 2024]);
    history.back();
    await until(() => explorer.state.year === null);
    await settle(explorer);
    expect(explorer.state.selected).toBe('0461');
    expect(parts(explorer).map.getAttribute('as-of')).toBe('2021-06-01');
    expect(yearSlider(explorer).value).toBe('2021');
  });

  it('a link with aar=2018 shows 2018 on the slider, the map and the table; a link without it keeps as-of', async () => {
    history.replaceState(null, '', '#aar=2018');
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer as-of="2021-06-01"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    expect(yearSlider(explorer).value).toBe('2018');
    expect(parts(explorer).table.getAttribute('as-of')).toBe('2018-12-31');
    expect(explorer.state.year).toBe(2018);
    explorer.remove();
    history.replaceState(null, '', '#kommune=0340');
    const old = await fixture<KlStrategyExplorer>('<kl-strategy-explorer as-of="2021-06-01"></kl-strategy-explorer>', { width: 1100 });
    await settle(old);
    expect(old.state.year).toBeNull();
    expect(parts(old).map.getAttribute('as-of')).toBe('2021-06-01');
  });

  it('speaks English with lang="en" and passes it on', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer lang="en"></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    expect(shadow(explorer, 'legend').textContent).toBe('Colours show');
    expect(shadow(parts(explorer).map, '.legend-title').textContent).toContain('Legend');
    expect(shadow(explorer, '[part="control"] label').textContent).toBe('Show the status for the year');
  });

  // Two axe runs over map, table and card: 23-47 s while other engineers' tests loaded the machine (with or without the year control).
  it('axe-core finds no violations, with and without a selection', { timeout: 90_000 }, async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 1100 });
    await settle(explorer);
    expect(await axeViolations(explorer)).toEqual([]);
    await userEvent.click(mapPath(explorer, '0340'));
    await settle(explorer);
    expect(await axeViolations(explorer)).toEqual([]);
  });

  it('fits 320 px without horizontal overflow', async () => {
    history.replaceState(null, '', '#kommune=0340');
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer></kl-strategy-explorer>', { width: 320 });
    await settle(explorer);
    expect(shadow(explorer, '.root').scrollWidth).toBeLessThanOrEqual(320);
    expect(explorer.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
