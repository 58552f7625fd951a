// <kl-initiative-list>: one story per state an editor can put it in, and the reader's filter.
// Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KlInitiativeCard } from '@kl-digital/elements';
import { lastDetail, storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow } from '../support/shadow.js';

// ---- helpers for play functions -----------------------------------------------------------

const cards = (list: Element) => allInShadow<KlInitiativeCard>(list, '[part="list"] > li > kl-initiative-card');
const ids = (list: Element) => cards(list).map((card) => card.getAttribute('initiative'));
const count = (list: Element) => inShadow(list, '[part="count"]').textContent!.replace(/\s+/g, ' ').trim();
const toggle = (list: Element, value: string) => inShadow<HTMLButtonElement>(list, `button[part="toggle"][data-value="${value}"]`);

// The list is ready to look at once its cards have rendered.
const kit = storyKit('kl-initiative-list', (list) => Promise.all(cards(list).map((card) => card.updateComplete)));
export default { title: 'Elements/kl-initiative-list', ...kit.meta({ 'as-of': '2022-01-01' }) };
type Story = ElementStory<'kl-initiative-list'>;

const NEWEST_FIRST = [
  'netvaerk-digitale-politikker-2021',
  'netvaerk-ledelse-af-digitalisering-2017',
  'digital-handleplan-2016-2020',
  'digitalt-kompetente-kommuner',
  'kortlaegning-digitale-strategier',
];

// ---- what it shows ------------------------------------------------------------------------

/** All of KL's initiatives, newest first, the undated last, with filter buttons. */
export const All: Story = {
  name: 'All initiatives',
  play: kit.play(async (list) => {
    await expect(ids(list)).toEqual(NEWEST_FIRST);
    await expect(count(list)).toBe('5 initiativer');
    await expect(allInShadow(list, 'button[part="toggle"][aria-pressed="true"]')).toHaveLength(0);
  }),
};

/** `kind="network"`: the two networks; the button is pressed. */
export const KindNetwork: Story = {
  name: 'Kind: networks',
  args: { kind: ['network'] },
  play: kit.play(async (list) => {
    await expect(ids(list)).toEqual(['netvaerk-digitale-politikker-2021', 'netvaerk-ledelse-af-digitalisering-2017']);
    await expect(toggle(list, 'network').getAttribute('aria-pressed')).toBe('true');
  }),
};

/** `status="ended"` at a fixed `as-of`: what had ended by 1 January 2022. */
export const StatusEnded: Story = {
  name: 'Status: ended at a date',
  args: { status: ['ended'], 'as-of': '2022-01-01' },
  play: kit.play(async (list) => {
    await expect(ids(list)).toEqual(['digital-handleplan-2016-2020']);
    await expect(count(list)).toBe('1 initiativ');
    await expect(inShadow(list, '#status-label').textContent).toContain('1. januar 2022');
  }),
};

/** `order="asc"`: the oldest first, the undated still last. */
export const OldestFirst: Story = {
  name: 'Oldest first',
  args: { order: 'asc' },
  play: kit.play(async (list) => {
    await expect(ids(list)).toEqual([
      'digital-handleplan-2016-2020',
      'netvaerk-ledelse-af-digitalisering-2017',
      'netvaerk-digitale-politikker-2021',
      'digitalt-kompetente-kommuner',
      'kortlaegning-digitale-strategier',
    ]);
  }),
};

/** `controls="none"`: no buttons; the attributes still filter. */
export const NoControls: Story = {
  name: 'Without controls',
  args: { controls: 'none', kind: ['programme'] },
  play: kit.play(async (list) => {
    await expect(allInShadow(list, '[part="controls"]')).toHaveLength(0);
    await expect(ids(list)).toEqual(['digitalt-kompetente-kommuner']);
  }),
};

/** Nothing matches: the list says so and offers to show all. */
export const EmptyResult: Story = {
  name: 'Empty result',
  args: { kind: ['programme'], status: ['ended'], 'as-of': '2022-01-01' },
  play: kit.play(async (list) => {
    await expect(count(list)).toBe('Ingen initiativer matcher');
    await expect(allInShadow(list, '[part="list"]')).toHaveLength(0);
    await expect(inShadow(list, '.empty-actions button').textContent).toContain('Vis alle');
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: the list and its cards in English. */
export const English: Story = {
  args: { lang: 'en', kind: ['network'] },
  play: kit.play(async (list) => {
    await expect(count(list)).toBe('2 initiatives');
    await expect(toggle(list, 'action-plan').textContent!.trim()).toBe('Action plan');
    await expect(cards(list)[0]!.getAttribute('lang')).toBe('en');
  }),
};

/** `theme="dark"` on a dark page; the cards follow. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  ...kit.darkTheme({ check: (list) => expect(cards(list).every((card) => card.getAttribute('theme') === 'dark')).toBe(true) }),
};

/** The narrowest phone: the filter buttons wrap, the cards fit, nothing spills out. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  ...kit.narrow({ args: { kind: ['network'] }, check: (list) => expect(cards(list).every((card) => card.getBoundingClientRect().width <= 320)).toBe(true) }),
};

// ---- interaction --------------------------------------------------------------------------

/** Press a kind button: the list and its count follow, `kind` reflects it, the event fires. */
export const FilterByKind: Story = {
  name: 'Interaction: filter by kind',
  tags: ['!autodocs'],
  play: kit.play(async (list, { args }) => {
    await userEvent.click(toggle(list, 'network'));
    await waitFor(() => expect(count(list)).toBe('2 initiativer'));
    await expect(toggle(list, 'network').getAttribute('aria-pressed')).toBe('true');
    await expect(list.getAttribute('kind')).toBe('network');
    await expect(args.onKlFilterChange).toHaveBeenCalledTimes(1);
    await expect(lastDetail(args.onKlFilterChange)).toEqual({ query: '', categories: [], statuses: [], regions: [], kinds: ['network'], sort: null, count: 2 });
  }),
};
