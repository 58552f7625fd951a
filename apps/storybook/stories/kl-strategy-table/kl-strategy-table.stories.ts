// <kl-strategy-table>: one story per state an editor can put it in, and the interactions a
// reader has with it. Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import { dataStates } from '../support/data-states.js';
import { lastDetail, storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow } from '../support/shadow.js';

const kit = storyKit('kl-strategy-table');
export default { title: 'Elements/kl-strategy-table', ...kit.meta() };
type Story = ElementStory<'kl-strategy-table'>;

// ---- helpers for play functions -----------------------------------------------------------

const codes = (table: Element) => allInShadow(table, 'tbody tr').map((tr) => tr.getAttribute('data-code'));
const names = (table: Element) => allInShadow(table, 'tbody [part="municipality"]').map((b) => b.textContent!.trim());
const row = (table: Element, code: string) => inShadow(table, `tbody tr[data-code="${code}"]`);
const countLine = (table: Element) => inShadow(table, '[part="count"]').textContent!.trim();
const header = (table: Element, column: string) => inShadow(table, `th.col-${column}`);
const checkbox = (table: Element, filter: string, value: string) =>
  inShadow<HTMLInputElement>(table, `[data-filter="${filter}"] input[value="${value}"]`);
/** What the table tells the page after the reader's change, with nothing else filtered. */
const filterDetail = (fields: { query?: string; sort: string; count: number }) => ({ query: '', categories: [], statuses: [], regions: [], kinds: [], ...fields });

// ---- what it shows ------------------------------------------------------------------------

/** The default: the 65 entries of KL's mapping (its list's 64 rows and Solrød from its example), by municipality A to Å, with a live count. */
export const Default: Story = {
  name: 'Default (the mapping)',
  play: kit.play(async (table) => {
    await expect(codes(table)).toHaveLength(65);
    await expect(countLine(table)).toBe('Viser 65 af 65');
    await expect(header(table, 'municipality').getAttribute('aria-sort')).toBe('ascending');
    await expect(names(table).slice(-2)).toEqual(['Aalborg', 'Aarhus']); // Danish order: Aa is Å
  }),
};

/** `scope="all"`: the 98 municipalities, the 33 outside the mapping marked as not registered. */
export const ScopeAll: Story = {
  name: 'All 98 municipalities',
  args: { scope: 'all' },
  play: kit.play(async (table) => {
    await expect(codes(table)).toHaveLength(98);
    await expect(allInShadow(table, 'tr[part~="not-registered"]')).toHaveLength(33);
    await expect(row(table, '0580').textContent).toContain('Ikke registreret i kortlægningen'); // Aabenraa
  }),
};

/** `query`: the search box filled in, ignoring case and accents. */
export const Query: Story = {
  name: 'Search: "sorø"',
  args: { query: 'sorø' },
  play: kit.play(async (table) => {
    await expect(inShadow<HTMLInputElement>(table, '[part="search"]').value).toBe('sorø');
    await expect(codes(table)).toEqual(['0340']);
    await expect(countLine(table)).toBe('Viser 1 af 65');
  }),
};

/** `category`: only the municipalities with digitalisation principles. */
export const CategoryFilter: Story = {
  name: 'Filter: category',
  args: { category: ['principles'] },
  play: kit.play(async (table) => {
    await expect(codes(table)).toHaveLength(9);
    await expect(checkbox(table, 'category', 'principles').checked).toBe(true);
    await expect(inShadow(table, '[data-filter="category"] summary').textContent).toContain('1 valgt');
  }),
};

/** `region` by name, as an editor writes it. */
export const RegionFilter: Story = {
  name: 'Filter: region by name',
  args: { region: 'Nordjylland' },
  play: kit.play(async (table) => {
    await expect(names(table)).toEqual(['Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Aalborg']);
    await expect(checkbox(table, 'region', '1081').checked).toBe(true);
    await expect(allInShadow(table, '[part="notice"]')).toHaveLength(0);
  }),
};

/** `status` at a fixed `as-of`: the documents that had expired on 1 June 2021. */
export const StatusFilter: Story = {
  name: 'Filter: status at a date',
  args: { status: ['expired'], 'as-of': '2021-06-01' },
  play: kit.play(async (table) => {
    await expect(codes(table)).toHaveLength(13);
    await expect(allInShadow(table, 'tbody [part="badge"]').every((b) => b.textContent === 'Udløbet')).toBe(true);
    await expect(inShadow(table, '[part="caption"]').textContent).toContain('Status pr. 1. juni 2021');
  }),
};

/** `sort="period:desc"`: the latest period first, the column marked descending. */
export const SortedByPeriod: Story = {
  name: 'Sorted by period, latest first',
  args: { sort: 'period:desc' },
  play: kit.play(async (table) => {
    await expect(header(table, 'period').getAttribute('aria-sort')).toBe('descending');
    await expect(allInShadow(table, 'th[aria-sort]')).toHaveLength(1);
    await expect(names(table)[0]).toBe('Silkeborg');
  }),
};

/** `selected` by name: the row is marked, for the eye and for a screen reader. */
export const Selected: Story = {
  name: 'Selected row',
  args: { selected: 'Sorø Kommune' },
  play: kit.play(async (table) => {
    await expect(row(table, '0340').getAttribute('aria-current')).toBe('true');
    await expect(row(table, '0340').getAttribute('part')).toContain('selected');
    await expect(row(table, '0340').querySelector('[part="municipality"]')!.textContent).toContain('valgt');
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: every text of the element in English; the source's own text stays Danish. */
export const English: Story = {
  args: { lang: 'en', scope: 'all' },
  play: kit.play(async (table) => {
    await expect(countLine(table)).toBe('Showing 98 of 98');
    await expect(inShadow(table, 'label[for="search"]').textContent).toBe('Search municipality or form');
    await expect(row(table, '0340').querySelector('.col-region')!.textContent).toContain('Region Zealand');
    await expect(row(table, '0580').textContent).toContain('Not registered in the mapping');
  }),
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', ...kit.darkTheme() };

/** The narrowest phone: each row becomes a card with the column names beside the values. */
export const Narrow: Story = {
  name: 'Narrow (320 px), stacked cards',
  ...kit.narrow({
    check: async (table) => {
      await expect(getComputedStyle(row(table, '0340')).display).toBe('block');
      await expect(getComputedStyle(row(table, '0340').querySelector('.col-form .label')!).display).toBe('block');
    },
  }),
};

// ---- loading and errors -------------------------------------------------------------------

const states = dataStates('kl-strategy-table');
export const Loading: Story = states.loading;
export const NotFound: Story = states.notFound;
export const InvalidDataset: Story = states.invalid;

/** A misspelt `selected`: a notice with a suggestion, and the table still works. */
export const UnknownSelected: Story = {
  name: 'Unknown municipality',
  args: { selected: 'Sorrø' },
  play: kit.play(async (table) => {
    await expect(inShadow(table, '[part="notice"]').textContent).toContain('Ukendt kommune "Sorrø". Mente du Sorø?');
    await expect(allInShadow(table, 'tr[aria-current]')).toHaveLength(0);
    await expect(codes(table)).toHaveLength(65);
  }),
};

// ---- interaction --------------------------------------------------------------------------

/** Type in the search box: the rows and the live count follow, `query` reflects it, `kl-filter-change` fires. */
export const Search: Story = {
  name: 'Interaction: search',
  tags: ['!autodocs'],
  play: kit.play(async (table, { args }) => {
    await userEvent.type(inShadow(table, '[part="search"]'), 'sorø');
    await waitFor(() => expect(countLine(table)).toBe('Viser 1 af 65'));
    await expect(codes(table)).toEqual(['0340']);
    await expect(table.getAttribute('query')).toBe('sorø');
    await waitFor(() => expect(lastDetail(args.onKlFilterChange)).toEqual(filterDetail({ query: 'sorø', sort: 'municipality:asc', count: 1 })));
  }),
};

/** Click a column header: that column is sorted (`aria-sort`), again for the other direction. */
export const SortByHeader: Story = {
  name: 'Interaction: sort by a column',
  tags: ['!autodocs'],
  play: kit.play(async (table, { args }) => {
    const button = () => inShadow(table, 'th.col-period [part="header"]');
    await userEvent.click(button());
    await waitFor(() => expect(header(table, 'period').getAttribute('aria-sort')).toBe('ascending'));
    await expect(header(table, 'municipality').hasAttribute('aria-sort')).toBe(false);
    await userEvent.click(button());
    await waitFor(() => expect(header(table, 'period').getAttribute('aria-sort')).toBe('descending'));
    await expect(table.getAttribute('sort')).toBe('period:desc');
    await expect(lastDetail(args.onKlFilterChange)).toEqual(filterDetail({ sort: 'period:desc', count: 65 }));
  }),
};

/** Each row's "Foreslå en rettelse": a prefilled e-mail about that municipality to the mapping's contact. */
export const SuggestCorrection: Story = {
  name: 'Suggest a correction (each row)',
  play: kit.play(async (table) => {
    await expect(allInShadow(table, 'a[part="correction"]')).toHaveLength(65); // every entry, Solrød's from the mapping's example too
    const link = row(table, '0340').querySelector('a[part="correction"]')!;
    await expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)');
    const url = new URL(link.getAttribute('href')!);
    await expect(url.protocol).toBe('mailto:');
    await expect(url.searchParams.get('subject')).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
    await expect(url.searchParams.get('body')).toContain('Sådan står kommunen i kortlægningen nu:');
  }),
};

/** Click a municipality: the row is selected, `selected` reflects its code, `kl-municipality-select` fires. */
export const SelectRow: Story = {
  name: 'Interaction: select a row',
  tags: ['!autodocs'],
  play: kit.play(async (table, { args }) => {
    await userEvent.click(row(table, '0340').querySelector<HTMLElement>('[part="municipality"]')!);
    await waitFor(() => expect(table.getAttribute('selected')).toBe('0340'));
    await expect(row(table, '0340').getAttribute('aria-current')).toBe('true');
    await expect(args.onKlMunicipalitySelect).toHaveBeenCalledTimes(1);
    await expect(lastDetail(args.onKlMunicipalitySelect)).toEqual({ code: '0340', name: 'Sorø' });
  }),
};

/** Click the selected row again: the selection is cleared, `selected` is removed, `kl-municipality-select` says so with nulls. */
export const ClearRow: Story = {
  name: 'Interaction: click the selected row again',
  tags: ['!autodocs'],
  args: { selected: '0340' },
  play: kit.play(async (table, { args }) => {
    await userEvent.click(row(table, '0340').querySelector<HTMLElement>('[part="municipality"]')!);
    await waitFor(() => expect(table.hasAttribute('selected')).toBe(false));
    await expect(allInShadow(table, 'tr[aria-current]')).toHaveLength(0);
    await expect(args.onKlMunicipalitySelect).toHaveBeenCalledTimes(1);
    await expect(lastDetail(args.onKlMunicipalitySelect)).toEqual({ code: null, name: null });
  }),
};
