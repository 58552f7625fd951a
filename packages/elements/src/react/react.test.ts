// The React components, rendered by React 19 in Chromium: props reach the elements as
// properties or attributes, `on*` props receive the `kl-*` events, unmounting cleans up.
import { createElement as h, act, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@kl-digital/core/dataset';
import { shadow, shadowAll, until } from '../test-support/fixture.js';
import { DenmarkMap, InitiativeCard, InitiativeList, KeyFigures, MunicipalityCard, StrategyExplorer, StrategyTable, StrategyTimeline } from './index.js';
import type { KlDenmarkMap } from '../kl-denmark-map/kl-denmark-map.component.js';
import type { KlStrategyTable } from '../kl-strategy-table/kl-strategy-table.component.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  container = document.createElement('div');
  container.style.width = '900px';
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

async function render(element: ReturnType<typeof h>): Promise<void> {
  await act(async () => root.render(element));
}
const updated = async (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

describe('@kl-digital/elements/react', () => {
  it('<DenmarkMap selected="Sorø" onMunicipalitySelect={fn} /> renders the map with Sorø selected and calls fn on a click', async () => {
    const onSelect = vi.fn();
    await render(h(DenmarkMap, { selected: 'Sorø', colorBy: 'status', onMunicipalitySelect: onSelect }));
    const map = container.querySelector('kl-denmark-map') as KlDenmarkMap;
    expect(map).not.toBeNull();
    await updated(map);
    expect(map.selected).toBe('Sorø');
    expect(map.getAttribute('color-by')).toBe('status');
    expect(shadow(map, 'path[data-code="0340"]').getAttribute('part')).toContain('selected');
    shadow(map, 'path[data-code="0461"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0].detail).toEqual({ code: '0461', name: 'Odense' });
  });

  it('a new prop value from React updates the element, and a new handler replaces the old one', async () => {
    const first = vi.fn();
    const second = vi.fn();
    await render(h(DenmarkMap, { selected: 'Sorø', onMunicipalitySelect: first }));
    await render(h(DenmarkMap, { selected: '0101', onMunicipalitySelect: second }));
    const map = container.querySelector('kl-denmark-map') as KlDenmarkMap;
    await updated(map);
    expect(shadow(map, 'path[data-code="0101"]').getAttribute('part')).toContain('selected');
    shadow(map, 'path[data-code="0461"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('lang="en" from React switches the element to English', async () => {
    await render(h(DenmarkMap, { lang: 'en' }));
    const map = container.querySelector('kl-denmark-map')!;
    await updated(map);
    expect(shadow(map, '.legend-title').textContent).toContain('Legend');
    expect(map.getAttribute('lang')).toBe('en');
  });

  it('dataset={...} is set as the element\'s property, not as an attribute', async () => {
    const renamed = structuredClone(dataset);
    renamed.municipalities.find((m) => m.code === '0340')!.officialName = 'Sorø Kommune (fra React)';
    await render(h(MunicipalityCard, { municipality: '0340', dataset: renamed }));
    const card = container.querySelector('kl-municipality-card')!;
    await updated(card);
    expect(shadow(card, '[part="heading"]').textContent).toContain('Sorø Kommune (fra React)');
    expect(card.hasAttribute('dataset')).toBe(false);
  });

  it('<StrategyTable query="sor" onFilterChange onMunicipalitySelect /> filters, and the callbacks fire', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    await render(h(StrategyTable, { query: 'sor', onFilterChange: onChange, onMunicipalitySelect: onSelect }));
    const table = container.querySelector('kl-strategy-table') as KlStrategyTable;
    await updated(table);
    expect(shadowAll(table, 'tbody tr').map((r) => r.dataset.code)).toContain('0340');
    shadow<HTMLButtonElement>(table, 'tbody tr[data-code="0340"] button.select').click();
    expect(onSelect.mock.calls[0]![0].detail.code).toBe('0340');
    shadow<HTMLButtonElement>(table, 'button[data-column="period"]').click();
    await updated(table);
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ sort: 'period:asc' }) }));
  });

  it('<InitiativeCard>, <InitiativeList onFilterChange> and <KeyFigures> render their elements', async () => {
    const onFilter = vi.fn();
    await render(
      h('div', null, [
        h(InitiativeCard, { key: 'c', initiative: 'digital-handleplan-2016-2020', headingLevel: 3 }),
        h(InitiativeList, { key: 'l', kind: 'network', onFilterChange: onFilter }),
        h(KeyFigures, { key: 'k', sections: 'published' }),
      ]),
    );
    const card = container.querySelector('kl-initiative-card')!;
    const list = container.querySelector('kl-initiative-list')!;
    const figures = container.querySelector('kl-key-figures')!;
    await Promise.all([card, list, figures].map(updated));
    expect(shadow(card, 'h3[part="heading"]').textContent).toContain('handleplan');
    expect(shadowAll(list, 'kl-initiative-card')).toHaveLength(2);
    expect(shadowAll(figures, '[part="figure"]')).toHaveLength(5);
    expect(figures.shadowRoot!.querySelector('[part="chart"]')).toBeNull();
    shadow<HTMLButtonElement>(list, 'button[data-value="programme"]').click();
    expect(onFilter.mock.calls[0]![0].detail).toEqual({ query: '', categories: [], statuses: [], regions: [], kinds: ['network', 'programme'], sort: null, count: 3 });
  });

  it('<StrategyExplorer urlState="none" onExplorerChange /> reports the state when a municipality is chosen', async () => {
    const onChange = vi.fn();
    await render(h(StrategyExplorer, { urlState: 'none', onExplorerChange: onChange }));
    const explorer = container.querySelector('kl-strategy-explorer')!;
    await updated(explorer);
    const map = await until(() => explorer.shadowRoot!.querySelector('kl-denmark-map'));
    await updated(map);
    shadow(map, 'path[data-code="0340"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].detail.selected).toBe('0340');
    expect(window.location.hash).toBe('');
  });

  it('<StrategyTimeline sections="control" onAsOfChange /> reports the year the reader chose', async () => {
    const onAsOf = vi.fn();
    await render(h(StrategyTimeline, { sections: 'control', asOf: '2021-06-01', onAsOfChange: onAsOf }));
    const timeline = container.querySelector('kl-strategy-timeline')!;
    await updated(timeline);
    const slider = shadow<HTMLInputElement>(timeline, 'input[type="range"]');
    expect(slider.value).toBe('2021');
    slider.value = '2019';
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(onAsOf.mock.calls[0]![0].detail).toEqual({ asOf: '2019-12-31', year: 2019 });
  });

  it('unmounting removes the element', async () => {
    await render(h(DenmarkMap, { selected: 'Sorø' }));
    const map = container.querySelector('kl-denmark-map')!;
    await act(async () => root.render(h('p', null, 'tom')));
    expect(map.isConnected).toBe(false);
    expect(container.querySelector('kl-denmark-map')).toBeNull();
  });

  it('the components have display names and typed props', () => {
    expect([DenmarkMap, StrategyTable, MunicipalityCard, InitiativeCard, InitiativeList, KeyFigures, StrategyExplorer, StrategyTimeline].map((c) => c.displayName)).toEqual([
      'DenmarkMap',
      'StrategyTable',
      'MunicipalityCard',
      'InitiativeCard',
      'InitiativeList',
      'KeyFigures',
      'StrategyExplorer',
      'StrategyTimeline',
    ]);
    // Compile-time: a typo in an event prop or a wrong detail type fails typecheck.
    const props: ComponentProps<typeof DenmarkMap> = { selected: 'Sorø', onMunicipalitySelect: (e) => e.detail.code };
    expect(props.selected).toBe('Sorø');
  });
});
