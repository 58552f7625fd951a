// <kl-denmark-map>: one story per state an editor can put it in, and the interactions a reader
// has with it. Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import { geometry } from '@kl-digital/core/geo';
import { inColumn } from '../support/frames.js';
import { dataStates } from '../support/data-states.js';
import { lastDetail, storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, until } from '../support/shadow.js';
import { themedByTokens } from '../support/theming.js';

const kit = storyKit('kl-denmark-map');
export default { title: 'Elements/kl-denmark-map', ...kit.meta({ 'color-by': 'category' }) };
type Story = ElementStory<'kl-denmark-map'>;

// ---- helpers for play functions -----------------------------------------------------------

const shape = (map: Element, code: string) => inShadow<SVGPathElement>(map, `path[part~="municipality"][data-code="${code}"]`);
const svgOf = (map: Element) => inShadow<SVGSVGElement>(map, 'svg[part="map"]');
const legendValues = (map: Element) => allInShadow(map, '[part="legend-item"]').map((b) => b.getAttribute('data-value'));
const FULL_VIEW_BOX = `0 0 ${geometry.width} ${geometry.height}`;

// ---- colours ------------------------------------------------------------------------------

/** The default: each municipality's kind of document, with a pattern as well as a colour. */
export const ColorByCategory: Story = {
  name: 'Colour by category',
  play: kit.play(async (map) => {
    await expect(allInShadow(map, 'path[part~="municipality"]')).toHaveLength(98);
    await expect(legendValues(map)).toEqual(['strategy', 'principles', 'model-policy', 'part-of-other', 'none', 'not-registered']);
    await expect(shape(map, '0340').getAttribute('data-value')).toBe('principles'); // Sorø
  }),
};

/** Whether each entry's period is current at `as-of` (fixed here, so the story does not change with the date). */
export const ColorByStatus: Story = {
  name: 'Colour by status at a date',
  args: { 'color-by': 'status', 'as-of': '2021-06-01' },
  play: kit.play(async (map) => {
    await expect(shape(map, '0155').getAttribute('data-value')).toBe('expired'); // Dragør 2016-2020
    await expect(shape(map, '0223').getAttribute('data-value')).toBe('current'); // Hørsholm 2020-2032
    await expect(inShadow(map, '#description').textContent).toContain('2021');
  }),
};

/** The five regions. */
export const ColorByRegion: Story = {
  name: 'Colour by region',
  args: { 'color-by': 'region' },
  play: kit.play(async (map) => {
    await expect(legendValues(map)).toEqual(['1081', '1082', '1083', '1084', '1085']);
  }),
};

// ---- emphasis and zoom --------------------------------------------------------------------

/** The mapping's four examples emphasised, the others dimmed; names as people write them. */
export const Highlight: Story = {
  args: { highlight: 'Sorø, Esbjerg, Vallensbæk Kommune, solrod' },
  play: kit.play(async (map) => {
    const highlighted = allInShadow(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code'));
    await expect(highlighted.sort()).toEqual(['0187', '0269', '0340', '0561']);
  }),
};

/** The same, zoomed to fit the highlighted municipalities. */
export const HighlightZoomed: Story = {
  name: 'Highlight, zoomed to it',
  args: { highlight: 'Sorø, Vallensbæk, Solrød', 'zoom-to-highlight': true },
  play: kit.play(async (map) => {
    await expect(svgOf(map).getAttribute('viewBox')).not.toBe(FULL_VIEW_BOX);
    await expect(svgOf(map).classList.contains('zoomed')).toBe(true);
  }),
};

/** A subset kept (say, a search's results), the rest dimmed; colours and legend stay. */
export const Subset: Story = {
  args: { subset: 'Sorø, Slagelse, Ringsted' },
  play: kit.play(async (map) => {
    await expect(shape(map, '0340').classList.contains('dim')).toBe(false);
    await expect(shape(map, '0561').classList.contains('dim')).toBe(true);
    await expect(legendValues(map)).toHaveLength(6);
  }),
};

/** Zoomed to a region given by its code. */
export const RegionByCode: Story = {
  name: 'Region zoom by code',
  args: { region: '1084' },
  play: kit.play(async (map) => {
    await expect(svgOf(map).classList.contains('zoomed')).toBe(true);
  }),
};

/** Zoomed to a region given by its name, as an editor writes it. */
export const RegionByName: Story = {
  name: 'Region zoom by name',
  args: { region: 'Sjælland' },
  play: kit.play(async (map) => {
    await expect(svgOf(map).classList.contains('zoomed')).toBe(true);
    await expect(allInShadow(map, '[part="notice"]')).toHaveLength(0);
  }),
};

/** A municipality selected by name; the map marks it and says so to a screen reader. */
export const Selected: Story = {
  args: { selected: 'Sorø Kommune' },
  play: kit.play(async (map) => {
    await expect(shape(map, '0340').getAttribute('aria-selected')).toBe('true');
    await expect(shape(map, '0340').getAttribute('part')).toContain('selected');
  }),
};

/** Only the municipalities with principles stand out; the legend item is pressed. */
export const Filtered: Story = {
  args: { filter: ['principles'] },
  play: kit.play(async (map) => {
    await expect(inShadow(map, '[part="legend-item"][data-value="principles"]').getAttribute('aria-pressed')).toBe('true');
    await expect(shape(map, '0340').classList.contains('dim')).toBe(false);
    await expect(shape(map, '0561').classList.contains('dim')).toBe(true); // Esbjerg: a policy
  }),
};

// ---- language, theme, variant -------------------------------------------------------------

/** `lang="en"`: every text in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: kit.play(async (map) => {
    await expect(inShadow(map, '[part="legend-item"][data-value="strategy"]').textContent).toContain('Digitalisation strategy');
    await expect(inShadow(map, 'svg[part="map"]').getAttribute('aria-label')).not.toMatch(/kommunernes/i);
  }),
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', ...kit.darkTheme() };

/** `heading`: the map's title, shown above it at `heading-level` and naming the map for screen readers. */
export const Heading: Story = {
  args: { heading: 'Kommunernes strategier', 'heading-level': '3' },
  play: kit.play(async (map) => {
    await expect(inShadow(map, '[part="heading"]').localName).toBe('h3');
    await expect(inShadow(map, '[part="heading"]').textContent).toBe('Kommunernes strategier');
    await expect(svgOf(map).getAttribute('aria-labelledby')).toBe(inShadow(map, '[part="heading"]').id);
    await expect(svgOf(map).hasAttribute('aria-label')).toBe(false);
  }),
};

/** `variant="locator"`: a small static map that shows where a municipality is (for cards). */
export const Locator: Story = {
  args: { variant: 'locator', highlight: 'Sorø' },
  decorators: [inColumn(240)],
  play: kit.play(async (map) => {
    await expect(svgOf(map).getAttribute('role')).toBe('img');
    await expect(svgOf(map).getAttribute('aria-label')).toContain('Sorø');
    await expect(allInShadow(map, '[part="legend"]')).toHaveLength(0);
  }),
};

/** The narrowest phone: 320 CSS pixels. */
export const Narrow: Story = { name: 'Narrow (320 px)', ...kit.narrow() };

// ---- loading and errors -------------------------------------------------------------------

const states = dataStates('kl-denmark-map');
export const Loading: Story = states.loading;
export const NotFound: Story = states.notFound;
export const InvalidDataset: Story = states.invalid;

/** A misspelt municipality: a notice with a suggestion, and the map still works. */
export const UnknownMunicipality: Story = {
  name: 'Unknown municipality',
  args: { selected: 'Sorrø' },
  play: kit.play(async (map) => {
    await expect(inShadow(map, '[part="notice"]').textContent).toContain('Sorrø');
    await expect(inShadow(map, '[part="notice"]').textContent).toContain('Sorø');
    await expect(allInShadow(map, 'path[aria-selected="true"]')).toHaveLength(0);
  }),
};

// ---- theming ------------------------------------------------------------------------------

/**
 * A page themes the map by setting `--kl-*` tokens on any ancestor: colours of the values,
 * font, surface, text, focus and radius. Nothing else of the page's CSS reaches inside.
 */
export const ThemedThroughTokens: Story = {
  name: 'Theming through tokens',
  render: (args) => themedByTokens(kit.render(args)),
  play: kit.play(async (map) => {
    const base = getComputedStyle(inShadow(map, '[part="base"]'));
    await expect(base.fontFamily).toContain('Georgia');
    await expect(base.backgroundColor).toBe('rgb(251, 248, 241)');
    await expect(getComputedStyle(inShadow(map, '#p-strategy rect')).fill).toBe('rgb(27, 94, 32)');
  }),
};

// ---- interaction --------------------------------------------------------------------------

/** Click a municipality: it is selected, `selected` reflects its code, `kl-municipality-select` fires. */
export const ClickToSelect: Story = {
  name: 'Interaction: click to select',
  tags: ['!autodocs'],
  play: kit.play(async (map, { args }) => {
    await userEvent.click(shape(map, '0461')); // Odense
    await waitFor(() => expect(map.getAttribute('selected')).toBe('0461'));
    await expect(shape(map, '0461').getAttribute('aria-selected')).toBe('true');
    await expect(args.onKlMunicipalitySelect).toHaveBeenCalledTimes(1);
    await expect(lastDetail(args.onKlMunicipalitySelect)).toEqual({ code: '0461', name: 'Odense' });
  }),
};

/** Press a legend item: the others are dimmed, `filter` reflects it, `kl-filter-change` fires. */
export const LegendFilter: Story = {
  name: 'Interaction: filter from the legend',
  tags: ['!autodocs'],
  play: kit.play(async (map, { args }) => {
    await userEvent.click(inShadow(map, '[part="legend-item"][data-value="principles"]'));
    await waitFor(() => expect(map.getAttribute('filter')).toBe('principles'));
    await expect(inShadow(map, '[part="legend-item"][data-value="principles"]').getAttribute('aria-pressed')).toBe('true');
    await expect(shape(map, '0561').classList.contains('dim')).toBe(true);
    await expect(args.onKlFilterChange).toHaveBeenCalledTimes(1);
    await expect(lastDetail(args.onKlFilterChange)).toEqual({ query: '', categories: ['principles'], statuses: [], regions: [], kinds: [], sort: null, count: 9 });
  }),
};

/** The keyboard: focus the map, ArrowRight moves to the neighbour, Enter selects it. */
export const Keyboard: Story = {
  name: 'Interaction: keyboard',
  tags: ['!autodocs'],
  play: kit.play(async (map, { args }) => {
    const svg = svgOf(map);
    const active = () => svg.getAttribute('aria-activedescendant')?.slice(2) ?? null;
    svg.focus();
    const first = await until(active);
    await expect(first).toBe('0165'); // Albertslund: first in Danish order
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(active()).not.toBe(first));
    const next = active();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(map.getAttribute('selected')).toBe(next));
    await expect(args.onKlMunicipalitySelect).toHaveBeenCalledTimes(1);
    await expect(inShadow(map, '[part="tooltip"]').textContent).toBeTruthy();
  }),
};

// ---- find and download --------------------------------------------------------------------

const search = (map: Element) => inShadow<HTMLInputElement>(map, '[part="search-input"]');
const suggestions = (map: Element) => allInShadow(map, '[part="search-list"] [role="option"]').map((o) => o.textContent?.trim());

/** "Find kommune": typed as people write it (`soroe`), the best suggestion first; Enter selects it, and its tooltip opens. */
export const FindAMunicipality: Story = {
  name: 'Interaction: find a municipality',
  tags: ['!autodocs'],
  play: kit.play(async (map, { args }) => {
    await userEvent.type(search(map), 'soroe');
    await waitFor(() => expect(suggestions(map)[0]).toBe('Sorø'));
    await expect(search(map).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(map.getAttribute('selected')).toBe('0340'));
    await expect(lastDetail(args.onKlMunicipalitySelect)).toEqual({ code: '0340', name: 'Sorø' });
    await expect(inShadow(map, '[part="tooltip"]').textContent).toContain('Sorø');
  }),
};

/** Frederiksberg is drawn too small to see on the whole map: finding it zooms to the enlargement; "Vis hele kortet" zooms out. */
export const FindASmallMunicipality: Story = {
  name: 'Interaction: find a small municipality',
  tags: ['!autodocs'],
  play: kit.play(async (map) => {
    await userEvent.type(search(map), 'Frederiksberg{Enter}');
    await waitFor(() => expect(map.getAttribute('selected')).toBe('0147'));
    await expect(svgOf(map).getAttribute('viewBox')).not.toBe(FULL_VIEW_BOX);
    await expect(inShadow(map, '[part="zoom-out"]')).toBeTruthy();
  }),
};

/** A misspelling gets the closest names; the list stays open, the arrow keys move through it. */
export const FindMisspelt: Story = {
  name: 'Interaction: find a misspelt name',
  tags: ['!autodocs'],
  play: kit.play(async (map) => {
    await userEvent.type(search(map), 'Sorrø');
    await waitFor(() => expect(suggestions(map)[0]).toBe('Sorø'));
    await userEvent.keyboard('{ArrowDown}');
    await expect(search(map).getAttribute('aria-activedescendant')).toBe('find-0340');
  }),
};

/**
 * "Hent kort som SVG": the drawing as shown, with title, what the colours show, as-of, the filter,
 * the legend and the DAGI attribution, made in the browser. (The story catches the file rather
 * than save it.)
 */
export const DownloadSvg: Story = {
  name: 'Interaction: download the map as SVG',
  tags: ['!autodocs'],
  args: { filter: ['principles'], 'as-of': '2021-06-01' },
  play: kit.play(async (map) => {
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    const { click } = HTMLAnchorElement.prototype;
    const { createObjectURL } = URL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      await userEvent.click(inShadow(map, '[part="download"][data-format="svg"]'));
      await waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    await expect(files[0]!.name).toBe('kort-kommunernes-digitale-strategier-2021-06-01.svg');
    const text = await files[0]!.blob.text();
    for (const line of ['Status opgjort pr. 1. juni 2021.', 'Filter: kun Digitaliseringsprincipper.', 'Signaturforklaring', 'Kort: DAGI']) await expect(text).toContain(line);
    await expect(text.match(/<path id="m-/g)).toHaveLength(98);
  }),
};

/** `controls="none"`: neither the search nor the download buttons, for a page that has its own. */
export const WithoutControls: Story = {
  name: 'Without search and downloads',
  args: { controls: ['none'] },
  play: kit.play(async (map) => {
    await expect(allInShadow(map, '[part="search"]')).toHaveLength(0);
    await expect(allInShadow(map, '[part="download"]')).toHaveLength(0);
  }),
};
