// <kl-strategy-explorer>: map, table and card together. Every story keeps `url-state="none"`,
// so that nothing is written to Storybook's own URL. Each story is also a test in Chromium
// (render, play, axe-core, console errors).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { COMMON_ARG_TYPES } from '../support/common-args.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { URL_STATE_VALUES, type KlDenmarkMap, type KlMunicipalityCard, type KlStrategyExplorer, type KlStrategyTable } from '@kl-digital/elements';
import { inColumn, onDarkPage } from '../support/frames.js';
import { allInShadow, element, inShadow, until } from '../support/shadow.js';
import { renderExplorer, type ExplorerArgs } from './kl-strategy-explorer.args.js';

const meta = {
  title: 'Elements/kl-strategy-explorer',
  component: 'kl-strategy-explorer',
  render: renderExplorer,
  args: {
    'url-state': 'none',
    onKlMunicipalitySelect: fn(),
    onKlExplorerChange: fn(),
    onKlDataError: fn(),
  },
  argTypes: {
    'url-state': { control: 'inline-radio', options: [...URL_STATE_VALUES] },
    ...COMMON_ARG_TYPES,
  },
} satisfies Meta<ExplorerArgs>;

export default meta;
type Story = StoryObj<ExplorerArgs>;

// ---- helpers for play functions -----------------------------------------------------------

/** The explorer and its parts, each rendered. */
const explorerIn = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const explorer = await element<KlStrategyExplorer>(canvasElement, 'kl-strategy-explorer');
  const { map, table, card } = partsOf(explorer);
  await map.updateComplete;
  await table.updateComplete;
  await card?.updateComplete;
  return explorer;
};
const partsOf = (explorer: Element) => ({
  map: inShadow<KlDenmarkMap>(explorer, 'kl-denmark-map'),
  table: inShadow<KlStrategyTable>(explorer, 'kl-strategy-table'),
  card: explorer.shadowRoot?.querySelector<KlMunicipalityCard>('kl-municipality-card') ?? null,
});
const shape = (map: Element, code: string) => inShadow<SVGPathElement>(map, `path[part~="municipality"][data-code="${code}"]`);

// ---- states -------------------------------------------------------------------------------

/** The explorer as a reader finds it: the map, a hint where the card will be, the table of all 98. */
export const Default: Story = {
  play: async (context) => {
    const explorer = await explorerIn(context);
    const { map, table, card } = partsOf(explorer);
    await expect(allInShadow(map, 'path[part~="municipality"]')).toHaveLength(98);
    await expect(allInShadow(table, 'tbody tr')).toHaveLength(98);
    await expect(card).toBeNull();
    await expect(inShadow(explorer, '.hint').textContent).toContain('Vælg en kommune');
  },
};

/** `lang="en"`: the explorer and its parts in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async (context) => {
    const explorer = await explorerIn(context);
    await expect(inShadow(explorer, 'legend').textContent).toBe('Colours show');
    await expect(partsOf(explorer).table.getAttribute('lang')).toBe('en');
    await expect(inShadow(partsOf(explorer).table, '[part="count"]').textContent).toContain('Showing 98 of 98');
  },
};

/** `theme="dark"` on a dark page; map, card and table follow. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  parameters: { layout: 'fullscreen' },
  play: async (context) => {
    const explorer = await explorerIn(context);
    const { map, table } = partsOf(explorer);
    await expect(getComputedStyle(inShadow(explorer, '[part="base"]')).backgroundColor).not.toBe('rgb(255, 255, 255)');
    await expect([map.getAttribute('theme'), table.getAttribute('theme')]).toEqual(['dark', 'dark']);
  },
};

/** The narrowest phone: map, hint and table stacked, nothing spills out. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [inColumn(320)],
  play: async (context) => {
    const explorer = await explorerIn(context);
    await expect(explorer.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(inShadow(explorer, '[part="base"]').scrollWidth).toBeLessThanOrEqual(320);
  },
};

// ---- interaction --------------------------------------------------------------------------

/** Click a municipality on the map: its card opens and its row in the table is selected; the URL stays. */
export const SelectOnMap: Story = {
  name: 'Interaction: select on the map',
  tags: ['!autodocs'],
  play: async (context) => {
    const { args } = context;
    const explorer = await explorerIn(context);
    const hash = window.location.hash;
    await userEvent.click(shape(partsOf(explorer).map, '0461')); // Odense
    const card = await until(() => partsOf(explorer).card);
    await card.updateComplete;
    await expect(card.getAttribute('municipality')).toBe('0461');
    await expect(inShadow(card, '[part="heading"]').textContent).toContain('Odense');
    const { table } = partsOf(explorer);
    await waitFor(() => expect(table.getAttribute('selected')).toBe('0461'));
    await table.updateComplete;
    await expect(inShadow(table, 'tr[data-code="0461"]').getAttribute('aria-current')).toBe('true');
    await expect(explorer.state.selected).toBe('0461');
    await expect(args.onKlMunicipalitySelect).toHaveBeenCalled();
    await expect(args.onKlExplorerChange).toHaveBeenCalledTimes(1);
    await expect(window.location.hash).toBe(hash);
  },
};
