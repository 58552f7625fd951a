import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '@kl-digital/core/dataset';
import { PALETTE } from '../shared/palette.js';
import { axeViolations, fixture, shadow, shadowAll, until, failLoads, errorState, useElementFixtures } from '../test-support/fixture.js';
import './kl-initiative-list.js';
import type { KlInitiativeList } from './kl-initiative-list.component.js';
import type { KlInitiativeCard } from '../kl-initiative-card/kl-initiative-card.component.js';

const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const list = (attributes: string, options: { width?: number } = {}) =>
  fixture<KlInitiativeList>(`<kl-initiative-list ${attributes}></kl-initiative-list>`, options);
const cards = (el: KlInitiativeList) => shadowAll<KlInitiativeCard>(el, '[part="list"] > li > kl-initiative-card');
const ids = (el: KlInitiativeList) => cards(el).map((c) => c.getAttribute('initiative'));
const count = (el: KlInitiativeList) => text(shadow(el, '[part="count"]'));
const toggle = (el: KlInitiativeList, value: string) => shadow<HTMLButtonElement>(el, `button[part="toggle"][data-value="${value}"]`);
const settle = async (el: KlInitiativeList) => {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
};

const NEWEST_FIRST = [
  'netvaerk-digitale-politikker-2021',
  'netvaerk-ledelse-af-digitalisering-2017',
  'digital-handleplan-2016-2020',
  'digitalt-kompetente-kommuner',
  'kortlaegning-digitale-strategier',
];

useElementFixtures();

describe('<kl-initiative-list> listing', () => {
  it('lists the five initiatives as <kl-initiative-card>s in a list, newest first, undated last', async () => {
    const el = await list('as-of="2022-01-01"');
    expect(ids(el)).toEqual(NEWEST_FIRST);
    expect(shadow(el, '[part="list"]').localName).toBe('ul');
    await settle(el);
    expect(text(shadow(cards(el)[0]!, '[part="heading"]'))).toBe("KL's netværk for digitale politikker, strategi og forankring");
  });

  it('says how many it shows in a polite live region: "5 initiativer"', async () => {
    const el = await list('');
    const region = shadow(el, '[part="count"]');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(count(el)).toBe('5 initiativer');
  });

  it('order="asc" lists the oldest first, still with the undated last', async () => {
    const el = await list('order="asc"');
    expect(ids(el)).toEqual([
      'digital-handleplan-2016-2020',
      'netvaerk-ledelse-af-digitalisering-2017',
      'netvaerk-digitale-politikker-2021',
      'digitalt-kompetente-kommuner',
      'kortlaegning-digitale-strategier',
    ]);
  });

  it('an invalid order shows a notice and keeps newest first', async () => {
    const el = await list('order="random"');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "random" bruges ikke.');
    expect(ids(el)).toEqual(NEWEST_FIRST);
  });

  it('passes heading-level, language, theme, as-of and the dataset on to each card', async () => {
    const el = await list('heading-level="3" lang="en" theme="dark" as-of="2018-01-01"');
    const card = cards(el)[0]!;
    expect(card.getAttribute('heading-level')).toBe('3');
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.getAttribute('theme')).toBe('dark');
    expect(card.getAttribute('as-of')).toBe('2018-01-01');
    // The list's own parts of the bundled dataset, handed on as they are (the same arrays, not a copy).
    expect(card.dataset.initiatives).toBe(dataset.initiatives);
    expect(card.dataset.sources).toBe(dataset.sources);
    await settle(el);
    expect(shadow(card, '[part="heading"]').localName).toBe('h3');
  });
});

describe('<kl-initiative-list> filters from attributes', () => {
  it('kind="network" keeps the two networks', async () => {
    const el = await list('kind="network"');
    expect(ids(el)).toEqual(['netvaerk-digitale-politikker-2021', 'netvaerk-ledelse-af-digitalisering-2017']);
    expect(count(el)).toBe('2 initiativer');
    expect(toggle(el, 'network').getAttribute('aria-pressed')).toBe('true');
  });

  it('kind takes several kinds separated by commas or spaces, and the labels editors read', async () => {
    const el = await list('kind="network, action-plan"');
    expect(ids(el)).toEqual(['netvaerk-digitale-politikker-2021', 'netvaerk-ledelse-af-digitalisering-2017', 'digital-handleplan-2016-2020']);
    el.setAttribute('kind', 'Program kortlægning');
    await el.updateComplete;
    expect(ids(el)).toEqual(['digitalt-kompetente-kommuner', 'kortlaegning-digitale-strategier']);
  });

  it('an unknown kind shows a notice, warns, and is ignored', async () => {
    const warn = vi.mocked(console.warn);
    const el = await list('kind="webinar network"');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "webinar" bruges ikke.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"webinar" for kind'));
    expect(ids(el)).toHaveLength(2);
  });

  it('status="ended" at 2022-01-01 keeps the action plan; status="running" at 2018-01-01 keeps it too', async () => {
    const ended = await list('status="ended" as-of="2022-01-01"');
    expect(ids(ended)).toEqual(['digital-handleplan-2016-2020']);
    expect(count(ended)).toBe('1 initiativ');
    const running = await list('status="running" as-of="2018-01-01"');
    expect(ids(running)).toEqual(['digital-handleplan-2016-2020']);
    running.setAttribute('as-of', '2021-01-01');
    await running.updateComplete;
    expect(ids(running)).toEqual([]);
  });

  it('status="unknown upcoming" at 2017-01-01 keeps the leadership network (upcoming) and the undated ones', async () => {
    const el = await list('status="unknown upcoming" as-of="2017-01-01"');
    expect(ids(el)).toEqual([
      'netvaerk-digitale-politikker-2021',
      'netvaerk-ledelse-af-digitalisering-2017',
      'digitalt-kompetente-kommuner',
      'kortlaegning-digitale-strategier',
    ]);
  });

  it('an unknown status shows a notice', async () => {
    const el = await list('status="finished"');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "finished" bruges ikke.');
  });

  it('an empty result says "Ingen initiativer matcher" and offers to show all', async () => {
    const el = await list('kind="programme" status="ended" as-of="2022-01-01"');
    expect(count(el)).toBe('Ingen initiativer matcher');
    expect(el.shadowRoot!.querySelector('[part="list"]')).toBeNull();
    await userEvent.click(shadow(el, '.empty-actions button'));
    await el.updateComplete;
    expect(ids(el)).toHaveLength(5);
    expect(el.hasAttribute('kind')).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(toggle(el, 'network'));
  });
});

describe('<kl-initiative-list> filter controls', () => {
  it('shows kind and status toggle buttons, none pressed, with visible group labels', async () => {
    const el = await list('as-of="2022-01-01"');
    const groups = shadowAll(el, '[part="controls"] [role="group"]');
    expect(groups.map((g) => text(g.querySelector('.group-label')))).toEqual(['Type', 'Status pr. 1. januar 2022']);
    expect(shadowAll(el, 'button[part="toggle"]').map((b) => text(b))).toEqual([
      'Netværk',
      'Program',
      'Handleplan',
      'Kortlægning',
      'Kommende',
      'I gang',
      'Afsluttet',
      'Ukendt',
    ]);
    expect(shadowAll(el, 'button[aria-pressed="true"]')).toHaveLength(0);
  });

  it('clicking kinds filters, reflects kind, updates the count and fires kl-filter-change', async () => {
    const el = await list('');
    const events: CustomEvent[] = [];
    el.addEventListener('kl-filter-change', (e) => events.push(e));
    await userEvent.click(toggle(el, 'network'));
    await el.updateComplete;
    expect(toggle(el, 'network').getAttribute('aria-pressed')).toBe('true');
    expect(el.getAttribute('kind')).toBe('network');
    expect(count(el)).toBe('2 initiativer');
    expect(events.at(-1)!.detail).toEqual({ query: '', categories: [], statuses: [], regions: [], kinds: ['network'], sort: null, count: 2 });
    await userEvent.click(toggle(el, 'action-plan'));
    await el.updateComplete;
    expect(ids(el)).toHaveLength(3);
    expect(el.getAttribute('kind')).toBe('network action-plan');
    await userEvent.click(toggle(el, 'network'));
    await el.updateComplete;
    expect(ids(el)).toEqual(['digital-handleplan-2016-2020']);
    expect(count(el)).toBe('1 initiativ');
  });

  it('the status buttons filter by status at as-of and work from the keyboard', async () => {
    const el = await list('as-of="2022-01-01"');
    toggle(el, 'ended').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.getAttribute('status')).toBe('ended');
    expect(ids(el)).toEqual(['digital-handleplan-2016-2020']);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.hasAttribute('status')).toBe(false);
    expect(ids(el)).toHaveLength(5);
  });

  it('"Vis alle" clears every filter and moves focus to the first button', async () => {
    const el = await list('kind="network" status="unknown"');
    await userEvent.click(shadow(el, '[part="controls"] .reset'));
    await el.updateComplete;
    expect(ids(el)).toHaveLength(5);
    expect(el.hasAttribute('kind') || el.hasAttribute('status')).toBe(false);
    expect(el.shadowRoot!.querySelector('.reset')).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe(toggle(el, 'network'));
  });

  it('controls="none" hides the controls but keeps the filters of the attributes', async () => {
    const el = await list('controls="none" kind="programme"');
    expect(el.shadowRoot!.querySelector('[part="controls"]')).toBeNull();
    expect(ids(el)).toEqual(['digitalt-kompetente-kommuner']);
  });

  it('toggle buttons are at least 44 px high', async () => {
    const el = await list('');
    for (const button of shadowAll(el, 'button[part="toggle"]')) expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });
});

describe('<kl-initiative-list> language, theme, data, accessibility and size', () => {
  it('speaks English with lang="en"', async () => {
    const el = await list('lang="en" as-of="2022-01-01" kind="network"');
    expect(count(el)).toBe('2 initiatives');
    expect(text(toggle(el, 'action-plan'))).toBe('Action plan');
    expect(text(shadow(el, '#status-label'))).toBe('Status as of 1 January 2022');
    el.setAttribute('status', 'running');
    await el.updateComplete;
    expect(count(el)).toBe('No initiatives match');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const el = await list('theme="dark"');
    expect(getComputedStyle(shadow(el, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
  });

  it('a src that fails shows the error state', async () => {
    failLoads();
    const el = await list('src="/data/list-missing.json"');
    expect(text(await errorState(el))).toContain('404');
  });

  it('loads the dataset from src and lists its initiatives', async () => {
    const altered = JSON.parse(JSON.stringify(dataset));
    altered.initiatives = altered.initiatives.filter((i: { kind: string }) => i.kind === 'network');
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(altered), { status: 200 }));
    const el = await list('src="/data/list-networks.json"');
    await until(() => el.shadowRoot!.querySelector('[part="list"]'));
    expect(ids(el)).toHaveLength(2);
    expect(count(el)).toBe('2 initiativer');
  });

  it.each([
    ['all initiatives', 'as-of="2022-01-01"'],
    ['a kind and a status pressed', 'kind="network" status="unknown" as-of="2022-01-01"'],
    ['the empty result with a notice', 'kind="programme webinar" status="ended" as-of="2022-01-01"'],
    ['English', 'lang="en" order="asc"'],
    ['the dark theme with pressed buttons', 'theme="dark" kind="action-plan"'],
  ])('axe-core finds no violations in %s', async (_name, attributes) => {
    const el = await list(attributes);
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('fits 320 px without horizontal overflow, controls and cards included', async () => {
    const el = await list('kind="network"', { width: 320 });
    await settle(el);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(shadow(el, '.root').scrollWidth).toBeLessThanOrEqual(320);
    for (const button of shadowAll(el, 'button')) expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    for (const card of cards(el)) expect(shadow(card, '.root').scrollWidth).toBeLessThanOrEqual(card.getBoundingClientRect().width);
  });
});
