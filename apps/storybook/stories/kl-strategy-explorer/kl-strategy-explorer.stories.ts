// <kl-strategy-explorer>: map, table and card together. Every story keeps `url-state="none"`,
// so that nothing is written to Storybook's own URL. Each story is also a test in Chromium
// (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KlDenmarkMap, KlMunicipalityCard, KlStrategyTable } from '@kl-digital/elements';
import { storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, until } from '../support/shadow.js';

// ---- helpers for play functions -----------------------------------------------------------

const partsOf = (explorer: Element) => ({
  map: inShadow<KlDenmarkMap>(explorer, 'kl-denmark-map'),
  table: inShadow<KlStrategyTable>(explorer, 'kl-strategy-table'),
  card: explorer.shadowRoot?.querySelector<KlMunicipalityCard>('kl-municipality-card') ?? null,
});
const shape = (map: Element, code: string) => inShadow<SVGPathElement>(map, `path[part~="municipality"][data-code="${code}"]`);

// The explorer is ready to look at once its parts have rendered.
const kit = storyKit('kl-strategy-explorer', async (explorer) => {
  const { map, table, card } = partsOf(explorer);
  await Promise.all([map.updateComplete, table.updateComplete, card?.updateComplete]);
});
export default { title: 'Elements/kl-strategy-explorer', ...kit.meta({ 'url-state': 'none' }) };
type Story = ElementStory<'kl-strategy-explorer'>;

// ---- states -------------------------------------------------------------------------------

/** The explorer as a reader finds it: the map, a hint where the card will be, the table of all 98. */
export const Default: Story = {
  play: kit.play(async (explorer) => {
    const { map, table, card } = partsOf(explorer);
    await expect(allInShadow(map, 'path[part~="municipality"]')).toHaveLength(98);
    await expect(allInShadow(table, 'tbody tr')).toHaveLength(98);
    await expect(card).toBeNull();
    await expect(inShadow(explorer, '.hint').textContent).toContain('Vælg en kommune');
  }),
};

/** `lang="en"`: the explorer and its parts in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: kit.play(async (explorer) => {
    await expect(inShadow(explorer, 'legend').textContent).toBe('Colours show');
    await expect(partsOf(explorer).table.getAttribute('lang')).toBe('en');
    await expect(inShadow(partsOf(explorer).table, '[part="count"]').textContent).toContain('Showing 98 of 98');
  }),
};

/** `theme="dark"` on a dark page; map, card and table follow. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  ...kit.darkTheme({
    check: async (explorer) => {
      const { map, table } = partsOf(explorer);
      await expect([map.getAttribute('theme'), table.getAttribute('theme')]).toEqual(['dark', 'dark']);
    },
  }),
};

/** The narrowest phone: map, hint and table stacked, nothing spills out. */
export const Narrow: Story = { name: 'Narrow (320 px)', ...kit.narrow() };

// ---- interaction --------------------------------------------------------------------------

/** Click a municipality on the map: its card opens and its row in the table is selected; the URL stays. */
export const SelectOnMap: Story = {
  name: 'Interaction: select on the map',
  tags: ['!autodocs'],
  play: kit.play(async (explorer, { args }) => {
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
  }),
};

/** The year control: Page Down chooses 2016; map and table take its statuses (31 December 2016) together. */
export const YearControl: Story = {
  name: 'Interaction: the year control',
  tags: ['!autodocs'],
  args: { 'as-of': '2021-06-01' },
  play: kit.play(async (explorer, { args }) => {
    const slider = inShadow<HTMLInputElement>(explorer, '[part="control"] input[type="range"]');
    await expect(slider.labels?.[0]?.textContent).toBe('Vis status for året');
    await expect(slider.value).toBe('2021');
    slider.focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(explorer.state.year).toBe(2016));
    const { map, table } = partsOf(explorer);
    await waitFor(() => expect([map.getAttribute('as-of'), table.getAttribute('as-of')]).toEqual(['2016-12-31', '2016-12-31']));
    await expect(args.onKlAsOfChange).toHaveBeenCalledTimes(1);
    await expect(args.onKlExplorerChange).toHaveBeenCalledTimes(1);
    await expect(slider.getAttribute('aria-valuetext')).toMatch(/^2016: 9 gældende, 0 udløbet, 44 endnu ikke gældende/);
  }),
};
