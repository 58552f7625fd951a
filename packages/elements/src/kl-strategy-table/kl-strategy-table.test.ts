import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sortTableRows, tableRows, SORT_KEYS } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import { PALETTE } from '../shared/palette.js';
import { accessibilityTree, axeViolations, captureDownloads, fixture, shadow, shadowAll, until, useElementFixtures, failLoads, errorState, printMedia } from '../test-support/fixture.js';
import './kl-strategy-table.js';
import type { FilterChangeDetail } from '../shared/events/index.js';
import type { KlStrategyTable } from './kl-strategy-table.component.js';

const AS_OF = '2021-06-01';
const mount = (attributes = '', options: { width?: number } = {}) =>
  fixture<KlStrategyTable>(`<kl-strategy-table as-of="${AS_OF}" ${attributes}></kl-strategy-table>`, options);

const nameOf = (code: string) => dataset.municipalities.find((m) => m.code === code)!.name;
const codes = (table: Element) => shadowAll(table, 'tbody tr').map((tr) => tr.getAttribute('data-code')!);
const names = (table: Element) => codes(table).map(nameOf);
const row = (table: Element, code: string) => shadow(table, `tbody tr[data-code="${code}"]`);
const cellText = (table: Element, code: string, column: string) =>
  row(table, code).querySelector<HTMLElement>(`.col-${column} .value`)!.textContent!.replace(/\s+/g, ' ').trim();
const countText = (table: Element) => shadow(table, '[part="count"]').textContent!.replace(/\s+/g, ' ').trim();
const sortedHeaders = (table: Element) => shadowAll(table, 'th[aria-sort]');
const header = (table: Element, column: string) => shadow<HTMLButtonElement>(table, `button[data-column="${column}"]`);
const summary = (table: Element, filter: string) => shadow(table, `details[data-filter="${filter}"] summary`);
const checkbox = (table: Element, filter: string, value: string) =>
  shadow<HTMLInputElement>(table, `details[data-filter="${filter}"] input[value="${value}"]`);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

function changes(table: HTMLElement): FilterChangeDetail[] {
  const seen: FilterChangeDetail[] = [];
  table.addEventListener('kl-filter-change', (e) => seen.push(e.detail));
  return seen;
}

async function search(table: KlStrategyTable, text: string): Promise<void> {
  await userEvent.fill(shadow<HTMLInputElement>(table, 'input[type="search"]'), text);
  await table.updateComplete;
}

async function check(table: KlStrategyTable, filter: string, value: string): Promise<void> {
  const details = shadow<HTMLDetailsElement>(table, `details[data-filter="${filter}"]`);
  if (!details.open) await userEvent.click(summary(table, filter));
  await userEvent.click(checkbox(table, filter, value));
  await table.updateComplete;
}

const { warned } = useElementFixtures();

describe('<kl-strategy-table> rows', () => {
  it('shows the 65 entries of the mapping by default (the 64 rows of its list and Solrød from its example), and the count says so', async () => {
    const table = await mount();
    expect(codes(table)).toHaveLength(65);
    expect(countText(table)).toBe('Viser 65 af 65');
    const live = shadow(table, '[role="status"][aria-live="polite"]');
    await until(() => live.textContent!.trim() === 'Viser 65 af 65');
  });

  it('screen readers get the count once, from the start (Chromium\'s accessibility tree), not from the paragraph and the live region both', async () => {
    const table = await mount();
    const exposed = async () => (await accessibilityTree()).filter((n) => n.role === 'StaticText' && !n.ignored && n.name.trim() === 'Viser 65 af 65');
    expect(await exposed()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 700)); // past the live region's pause
    await table.updateComplete;
    expect(await exposed()).toHaveLength(1);
  });

  it('shows each column of a row: municipality, region, form as written, category, link, period and status at as-of', async () => {
    const table = await mount();
    expect(row(table, '0340').querySelector('[part="municipality"]')!.textContent!.trim()).toBe('Sorø');
    expect(cellText(table, '0340', 'region')).toBe('Region Sjælland');
    expect(cellText(table, '0340', 'form')).toBe('Digitaliserings-principper');
    expect(cellText(table, '0340', 'category')).toBe('Digitaliseringsprincipper');
    expect(cellText(table, '0340', 'link')).toBe('Principper for digitalisering og IT (soroe.dk)');
    expect(cellText(table, '0340', 'period')).toBe('Ikke angivet'); // Sorø's period is "-"
    expect(cellText(table, '0340', 'status')).toBe('Status ukendt');
    expect(cellText(table, '0155', 'status')).toBe('Udløbet'); // Dragør 2016-2020
    expect(cellText(table, '0223', 'status')).toBe('Gældende'); // Hørsholm 2020-2032
    expect(shadow(table, 'caption').textContent).toContain('Status pr. 1. juni 2021');
  });

  it('shows "Endnu ikke gældende" for a period that has not begun at as-of', async () => {
    const table = await mount();
    table.asOf = '2015-06-01';
    await table.updateComplete;
    expect(cellText(table, '0223', 'status')).toBe('Endnu ikke gældende');
  });

  it('shows the status as a badge with text and the category with a swatch in its pattern colour and its label', async () => {
    const table = await mount();
    const badge = row(table, '0155').querySelector<HTMLElement>('[part="badge"]')!;
    expect(badge.textContent).toBe('Udløbet');
    expect(getComputedStyle(badge).borderInlineStartColor).toBe(rgb(PALETTE.light.values.expired));
    const swatch = row(table, '0340').querySelector<HTMLElement>('.col-category .swatch')!;
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(swatch).backgroundImage).toContain(rgb(PALETTE.light.values.principles));
    expect(getComputedStyle(row(table, '0101').querySelector('.col-category .swatch')!).backgroundColor).toBe(rgb(PALETTE.light.values.strategy));
  });

  it('shows Solrød as "Ingen strategi" from the mapping\'s example, saying so in the form column, never as not registered', async () => {
    const table = await mount();
    expect(cellText(table, '0269', 'form')).toBe('Et eksempel i kortlægningen, ikke dens liste');
    expect(cellText(table, '0269', 'category')).toBe('Ingen strategi');
    expect(cellText(table, '0269', 'link')).toBe('Ikke angivet');
    expect(cellText(table, '0269', 'status')).toBe('Status ukendt');
    expect(row(table, '0269').matches('[part~="not-registered"]')).toBe(false);
    const all = await mount('scope="all" lang="en"');
    expect(cellText(all, '0269', 'form')).toBe('An example in the mapping, not its list');
    expect(row(all, '0269').textContent).not.toContain('Not registered in the mapping');
  });

  it('with scope="all", shows all 98 municipalities, the 33 not in the mapping marked as such and never as "no strategy"', async () => {
    const table = await mount('scope="all"');
    expect(codes(table)).toHaveLength(98);
    expect(countText(table)).toBe('Viser 98 af 98');
    const unregistered = shadowAll(table, 'tbody tr[part~="not-registered"]');
    expect(unregistered).toHaveLength(33);
    for (const tr of unregistered) {
      expect(tr.textContent).toContain('Ikke registreret i kortlægningen');
      expect(tr.textContent).not.toContain('Ingen strategi');
    }
    expect(row(table, '0580').textContent).toContain('Ikke registreret i kortlægningen'); // Aabenraa
  });

  it('an empty cell, and the source’s "-", read "Ikke angivet" (as on the card and the map)', async () => {
    const table = await mount();
    expect(cellText(table, '0320', 'link')).toBe('Ikke angivet'); // Faxe has no link text
    expect(cellText(table, '0846', 'period')).toBe('Ikke angivet'); // Mariagerfjord has no period
    expect(cellText(table, '0510', 'form')).toBe('Ikke angivet'); // Haderslev writes "-"
  });
});

describe('<kl-strategy-table> links', () => {
  it('links only the two documents the source gives a URL for (Ishøj, Odder), https, in a new window', async () => {
    const table = await mount();
    const links = shadowAll<HTMLAnchorElement>(table, 'tbody .col-link a');
    expect(links.map((a) => a.closest('tr')!.getAttribute('data-code')).sort()).toEqual(['0183', '0727']);
    for (const a of links) {
      expect(new URL(a.href).protocol).toBe('https:');
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
      expect(a.querySelector('.visually-hidden')!.textContent!.trim()).toBe('(åbner i nyt vindue)');
    }
    const odder = dataset.entries.find((e) => e.code === '0727')!;
    expect(row(table, '0727').querySelector('.col-link a')!.getAttribute('href')).toBe(odder.url);
  });

  it('shows the link text of a row without URL as text, not as a link', async () => {
    const table = await mount();
    expect(row(table, '0340').querySelector('.col-link a')).toBeNull();
    expect(cellText(table, '0340', 'link')).toBe('Principper for digitalisering og IT (soroe.dk)');
  });
});

describe('<kl-strategy-table> search', () => {
  it('screen readers hear the count once typing pauses, not once per key', async () => {
    const table = await fixture<KlStrategyTable>('<kl-strategy-table></kl-strategy-table>');
    const live = shadow(table, '[role="status"][aria-live="polite"]');
    await until(() => live.textContent!.trim() === 'Viser 65 af 65');
    const heard: string[] = [];
    new MutationObserver(() => heard.push(live.textContent!.trim())).observe(live, { childList: true, characterData: true, subtree: true });
    await userEvent.type(shadow(table, 'input[type="search"]'), 'sorø');
    expect(countText(table)).toBe('Viser 1 af 65');
    await until(() => live.textContent!.trim() === 'Viser 1 af 65');
    expect(heard.filter((text) => text !== '')).toEqual(['Viser 1 af 65']);
  });

  it.each([
    ['sorø', '0340'],
    ['SOROE', '0340'],
    ['Århus', '0751'],
  ])('typing "%s" finds the one row, the live region says "Viser 1 af 65", and query reflects it', async (text, code) => {
    const table = await mount();
    const seen = changes(table);
    await search(table, text);
    expect(codes(table)).toEqual([code]);
    expect(countText(table)).toBe('Viser 1 af 65');
    expect(table.getAttribute('query')).toBe(text);
    expect(seen.at(-1)).toMatchObject({ query: text, count: 1 });
  });

  it('searches the form too: "planstrategi" finds three', async () => {
    const table = await mount();
    await search(table, 'planstrategi');
    expect(names(table)).toEqual(['Gribskov', 'Jammerbugt', 'Sønderborg']);
    expect(countText(table)).toBe('Viser 3 af 65');
  });

  it('the query attribute fills the search box and filters', async () => {
    const table = await mount('query="soroe"');
    expect(shadow<HTMLInputElement>(table, 'input[type="search"]').value).toBe('soroe');
    expect(codes(table)).toEqual(['0340']);
  });

  it('the search box has a label', async () => {
    const table = await mount();
    const input = shadow<HTMLInputElement>(table, 'input[type="search"]');
    expect(input.labels![0]!.textContent).toBe('Søg efter kommune eller form');
  });

  it('finds municipalities without an entry with scope="all", and says when nothing matches', async () => {
    const table = await mount('scope="all"');
    await search(table, 'aabenraa');
    expect(names(table)).toEqual(['Aabenraa']);
    await search(table, 'xyzzy');
    expect(codes(table)).toEqual([]);
    expect(countText(table)).toBe('Viser 0 af 98');
    expect(shadow(table, '.empty').textContent).toContain('Ingen kommuner passer');
  });
});

describe('<kl-strategy-table> filters', () => {
  it('a category checkbox keeps that category, reflects category, shows how many are chosen and fires kl-filter-change', async () => {
    const table = await mount();
    const seen = changes(table);
    await check(table, 'category', 'principles');
    expect(codes(table)).toHaveLength(9);
    expect(shadowAll(table, 'tbody .col-category .value').every((c) => c.textContent!.trim() === 'Digitaliseringsprincipper')).toBe(true);
    expect(table.getAttribute('category')).toBe('principles');
    expect(countText(table)).toBe('Viser 9 af 65');
    expect(summary(table, 'category').textContent).toContain('1 valgt');
    expect(seen.at(-1)).toEqual({ query: '', categories: ['principles'], regions: [], statuses: [], kinds: [], sort: 'municipality:asc', count: 9 });
    await check(table, 'category', 'model-policy');
    expect(table.getAttribute('category')).toBe('principles model-policy');
    expect(codes(table)).toHaveLength(10); // 9 principles and Gentofte's model
    await check(table, 'category', 'principles');
    expect(table.getAttribute('category')).toBe('model-policy');
  });

  it('a region checkbox keeps that region and reflects its code', async () => {
    const table = await mount();
    await check(table, 'region', '1081');
    expect(names(table)).toEqual(['Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Aalborg']);
    expect(table.getAttribute('region')).toBe('1081');
  });

  it('a status checkbox keeps the rows with that status at as-of', async () => {
    const table = await mount();
    await check(table, 'status', 'expired');
    const expected = tableRows(dataset, { statuses: ['expired'], asOf: AS_OF }).map((r) => r.municipality.code);
    expect(codes(table).sort()).toEqual(expected.sort());
    expect(shadowAll(table, 'tbody [part="badge"]').every((b) => b.textContent === 'Udløbet')).toBe(true);
    expect(table.getAttribute('status')).toBe('expired');
  });

  it('the attributes filter too: several values, space- or comma-separated, regions by code or name', async () => {
    const table = await mount('category="strategy, principles" region="Region Sjælland 1084" status="current expired"');
    const expected = tableRows(dataset, {
      categories: ['strategy', 'principles'],
      regions: ['1085', '1084'],
      statuses: ['current', 'expired'],
      asOf: AS_OF,
    }).map((r) => r.municipality.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(table).sort()).toEqual(expected.sort());
    expect(checkbox(table, 'region', '1085').checked).toBe(true);
    expect(checkbox(table, 'region', '1084').checked).toBe(true);
    expect(shadowAll(table, '[part="notice"]')).toHaveLength(0);
  });

  it('with scope="all", category="not-registered" and status="not-registered" keep the 33 not in the mapping', async () => {
    const table = await mount('scope="all" category="not-registered"');
    expect(codes(table)).toHaveLength(33);
    table.category = null;
    table.status = 'not-registered';
    await table.updateComplete;
    expect(codes(table)).toHaveLength(33);
    expect(checkbox(table, 'status', 'not-registered').checked).toBe(true);
  });

  it('a box the reader ticked follows the state set since: status="" after a click on "Udløbet" unticks it, status="expired" ticks it again', async () => {
    const table = await mount();
    await check(table, 'status', 'expired');
    expect(checkbox(table, 'status', 'expired').checked).toBe(true);
    table.status = '';
    await table.updateComplete;
    expect(checkbox(table, 'status', 'expired').checked).toBe(false);
    expect(codes(table)).toHaveLength(65); // every entry again: the list's 64 and Solrød
    table.status = 'expired';
    await table.updateComplete;
    expect(checkbox(table, 'status', 'expired').checked).toBe(true);
  });

  it('"Nulstil søgning og filtre" clears search and filters, and returns focus to the search box', async () => {
    const table = await mount('query="sorø" category="principles"');
    await userEvent.click(shadow(table, 'button.clear'));
    await table.updateComplete;
    expect(codes(table)).toHaveLength(65);
    expect(table.hasAttribute('query')).toBe(false);
    expect(table.hasAttribute('category')).toBe(false);
    expect(table.shadowRoot!.activeElement?.id).toBe('search');
  });

  it('empty attributes mean the defaults, without notices', async () => {
    const table = await mount('scope="" category="" region="" status="" sort="" query=""');
    expect(shadowAll(table, '[part="notice"]')).toHaveLength(0);
    expect(codes(table)).toHaveLength(65);
    expect(sortedHeaders(table)[0]!.classList.contains('col-municipality')).toBe(true);
  });

  it('setting state from outside does not fire kl-filter-change (only the reader does)', async () => {
    const table = await mount();
    const seen = changes(table);
    table.category = 'principles';
    table.sort = 'period:desc';
    await table.updateComplete;
    expect(codes(table)).toHaveLength(9);
    expect(seen).toEqual([]);
  });

  it.each([
    ['category="strategi"', 'Den ukendte værdi "strategi" bruges ikke.', 'Ugyldig værdi "strategi" for category. Brug strategy, principles, model-policy, part-of-other eller none.'],
    ['status="valid"', 'Den ukendte værdi "valid" bruges ikke.', 'Ugyldig værdi "valid" for status.'],
    ['region="Fyn"', 'Ukendt region "Fyn".', 'Ukendt region "Fyn" i region. Brug en af 1081 (Region Nordjylland)'],
    ['sort="size:desc"', 'Den ukendte værdi "size:desc" bruges ikke.', 'Ugyldig værdi "size:desc" for sort.'],
    ['scope="alle"', 'Den ukendte værdi "alle" bruges ikke.', 'Ugyldig værdi "alle" for scope. Brug mapping eller all.'],
    ['category="not-registered"', 'Den ukendte værdi "not-registered" bruges ikke.', 'Ugyldig værdi "not-registered" for category.'],
  ])('an unknown value (%s) shows a notice, warns with what is allowed, and the table still renders', async (attributes, notice, message) => {
    const table = await mount(attributes);
    expect(shadow(table, '[part="notice"]').textContent).toContain(notice);
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining(message));
    expect(codes(table).length).toBeGreaterThan(0);
  });
});

describe('<kl-strategy-table> sort', () => {
  it('sorts by municipality ascending by default in Danish order: Aalborg and Aarhus last', async () => {
    const table = await mount();
    expect(sortedHeaders(table)).toHaveLength(1);
    expect(sortedHeaders(table)[0]!.getAttribute('aria-sort')).toBe('ascending');
    expect(sortedHeaders(table)[0]!.classList.contains('col-municipality')).toBe(true);
    expect(names(table).slice(-4)).toEqual(['Vejle', 'Viborg', 'Aalborg', 'Aarhus']);
    expect(names(table).indexOf('Sønderborg')).toBeGreaterThan(names(table).indexOf('Syddjurs'));
  });

  it('clicking the active column flips the direction; exactly one column is sorted', async () => {
    const table = await mount();
    const seen = changes(table);
    await userEvent.click(header(table, 'municipality'));
    await table.updateComplete;
    expect(sortedHeaders(table)).toHaveLength(1);
    expect(sortedHeaders(table)[0]!.getAttribute('aria-sort')).toBe('descending');
    expect(names(table).slice(0, 2)).toEqual(['Aarhus', 'Aalborg']);
    expect(table.getAttribute('sort')).toBe('municipality:desc');
    expect(seen.at(-1)!.sort).toBe('municipality:desc');
  });

  it.each(SORT_KEYS)('a click on the "%s" header sorts by it ascending, a second click descending, as core sorts', async (key) => {
    const table = await mount('scope="all"');
    const all = tableRows(dataset, { scope: 'all', asOf: AS_OF });
    for (const direction of key === 'municipality' ? (['desc', 'asc'] as const) : (['asc', 'desc'] as const)) {
      await userEvent.click(header(table, key));
      await table.updateComplete;
      const th = header(table, key).closest('th')!;
      expect(th.getAttribute('aria-sort')).toBe(direction === 'asc' ? 'ascending' : 'descending');
      expect(sortedHeaders(table)).toEqual([th]);
      const expected = sortTableRows(dataset, all, { key, direction }, { asOf: AS_OF }).map((r) => r.municipality.code);
      expect(codes(table)).toEqual(expected);
    }
  });

  it('puts the municipalities not in the mapping last when sorting by category', async () => {
    const table = await mount('scope="all" sort="category:desc"');
    const rows = shadowAll(table, 'tbody tr');
    expect(rows.slice(0, 65).some((tr) => tr.matches('[part~="not-registered"]'))).toBe(false);
    expect(rows.slice(65).every((tr) => tr.matches('[part~="not-registered"]'))).toBe(true);
  });

  it('sort="period:desc" puts the latest period first and marks the column descending', async () => {
    const table = await mount('sort="period:desc"');
    expect(shadow(table, 'th.col-period').getAttribute('aria-sort')).toBe('descending');
    expect(sortedHeaders(table)).toHaveLength(1);
    expect(names(table)[0]).toBe('Silkeborg');
  });

  it('with scope="all", Aabenraa, Aalborg and Aarhus come last', async () => {
    const table = await mount('scope="all"');
    expect(names(table).slice(-3)).toEqual(['Aabenraa', 'Aalborg', 'Aarhus']);
  });

  it('the sort buttons are in the column headers', async () => {
    const table = await mount();
    const buttons = shadowAll(table, 'thead th[scope="col"] > button');
    expect(buttons.map((b) => b.textContent!.replace(/[▲▼↕\s]+/g, ' ').trim())).toEqual(['Kommune', 'Region', 'Form', 'Kategori', 'Link', 'Periode', 'Status']);
  });
});

describe('<kl-strategy-table> CSV', () => {
  it('csv() is the visible rows in the order shown, with a header, the BOM, ";" separators and æøå intact', async () => {
    const table = await mount('region="1085" sort="municipality:desc"');
    const text = table.csv();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Kommune;Kommunekode;Region;Form;Kategori;Link;URL;Periode;Status pr. 2021-06-01;Grundlag');
    const body = lines.slice(1, -1);
    expect(body.map((l) => l.split(';')[1])).toEqual(codes(table));
    expect(body).toContain('Sorø;0340;Region Sjælland;Digitaliserings-principper;Digitaliseringsprincipper;Principper for digitalisering og IT (soroe.dk);;-;Status ukendt;Kortlægningens liste');
    expect(body).toContain('Næstved;0370;Region Sjælland;Digitaliseringsprincipper;Digitaliseringsprincipper;;;-;Status ukendt;Kortlægningens liste');
    expect(body).toContain('Solrød;0269;Region Sjælland;;Ingen strategi;;;;Status ukendt;Et eksempel i kortlægningen, ikke dens liste');
  });

  it('csv() gives the URL where the source gives one, and follows a search', async () => {
    const table = await mount();
    await search(table, 'odder');
    const odder = dataset.entries.find((e) => e.code === '0727')!;
    expect(table.csv().split('\r\n')[1]).toBe(
      `Odder;0727;Region Midtjylland;Digitaliseringsstrategi;Digitaliseringsstrategi;${odder.linkText};${odder.url};2021-2025;Gældende;Kortlægningens liste`,
    );
  });

  it('csv() with scope="all" marks the municipalities not in the mapping', async () => {
    const table = await mount('scope="all" query="aabenraa"');
    expect(table.csv().split('\r\n')[1]).toBe('Aabenraa;0580;Region Syddanmark;;Ikke registreret i kortlægningen;;;;Ikke registreret i kortlægningen;');
  });

  it('the download button saves csv() through a blob: URL and a temporary <a download>', async () => {
    const table = await mount('category="principles"');
    const { blobs, clicked } = captureDownloads();
    await userEvent.click(shadow(table, '[part="download"]'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('kommunernes-digitale-strategier.csv');
    expect(clicked[0]!.href.startsWith('blob:')).toBe(true);
    expect(clicked[0]!.isConnected).toBe(false);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(table.csv());
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(table.csv().split('\r\n')).toHaveLength(9 + 2);
  });
});

describe('<kl-strategy-table> selection', () => {
  it('a click on the municipality selects the row: kl-municipality-select, selected reflects the code, aria-current and a visible style', async () => {
    const table = await mount();
    const events: CustomEvent[] = [];
    table.addEventListener('kl-municipality-select', (e) => events.push(e));
    const before = getComputedStyle(row(table, '0340')).backgroundColor;
    await userEvent.click(row(table, '0340').querySelector('[part="municipality"]')!);
    await table.updateComplete;
    expect(events.map((e) => e.detail)).toEqual([{ code: '0340', name: 'Sorø' }]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(table.getAttribute('selected')).toBe('0340');
    expect(row(table, '0340').getAttribute('aria-current')).toBe('true');
    expect(row(table, '0340').getAttribute('part')).toContain('selected');
    expect(getComputedStyle(row(table, '0340')).backgroundColor).not.toBe(before);
    expect(shadowAll(table, 'tr[aria-current]')).toHaveLength(1);
  });

  it('Enter and Space on the municipality button select from the keyboard', async () => {
    const table = await mount();
    const events: CustomEvent[] = [];
    table.addEventListener('kl-municipality-select', (e) => events.push(e));
    row(table, '0461').querySelector<HTMLButtonElement>('[part="municipality"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await table.updateComplete;
    expect(table.getAttribute('selected')).toBe('0461');
    row(table, '0101').querySelector<HTMLButtonElement>('[part="municipality"]')!.focus();
    await userEvent.keyboard(' ');
    await table.updateComplete;
    expect(events.map((e) => e.detail.name)).toEqual(['Odense', 'København']);
    expect(table.getAttribute('selected')).toBe('0101');
  });

  it('the focused municipality button keeps its municipality when the sort changes from outside', async () => {
    const table = await mount();
    row(table, '0461').querySelector<HTMLButtonElement>('[part="municipality"]')!.focus();
    table.sort = 'municipality:desc';
    await table.updateComplete;
    expect(table.shadowRoot!.activeElement!.closest('tr')!.getAttribute('data-code')).toBe('0461');
    expect(table.shadowRoot!.activeElement!.textContent!.trim()).toBe('Odense');
  });

  it('selected="Sorø Kommune" highlights Sorø\'s row', async () => {
    const table = await mount('selected="Sorø Kommune"');
    expect(row(table, '0340').getAttribute('aria-current')).toBe('true');
    expect(row(table, '0340').querySelector('[part="municipality"]')!.textContent).toContain('valgt');
    expect(shadowAll(table, 'tr[aria-current]')).toHaveLength(1);
  });

  it('an unknown selected shows a notice with the closest name, and the table still renders', async () => {
    const table = await mount('selected="Sorrø"');
    expect(shadow(table, '[part="notice"]').textContent).toContain('Ukendt kommune "Sorrø". Mente du Sorø?');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ukendt kommune "Sorrø" i selected. Mente du Sorø?'));
    expect(shadowAll(table, 'tr[aria-current]')).toHaveLength(0);
    expect(codes(table)).toHaveLength(65);
  });
});

/** The address, subject and body of a row's mailto: link, decoded. */
function correction(table: Element, code: string): { link: HTMLAnchorElement; to: string; subject: string; body: string } {
  const link = row(table, code).querySelector<HTMLAnchorElement>('a[part="correction"]')!;
  const url = new URL(link.getAttribute('href')!);
  expect(url.protocol).toBe('mailto:');
  return { link, to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

describe('<kl-strategy-table> "Foreslå en rettelse"', () => {
  it("each row's last cell has a small link: an e-mail to the mapping's contact about that municipality, its entry as the mapping has it", async () => {
    const table = await mount();
    expect(shadowAll(table, 'a[part="correction"]')).toHaveLength(65); // every entry, Solrød's from the mapping's example too
    const sorø = correction(table, '0340');
    expect(sorø.link.closest('td')!.classList.contains('col-status')).toBe(true);
    expect(sorø.to).toBe(dataset.mapping.contact.email);
    expect(sorø.subject).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
    expect(sorø.body).toContain('Form: Digitaliserings-principper\r\nDokument: Principper for digitalisering og IT (soroe.dk)\r\nPeriode: Ikke angivet');
    expect(sorø.body).toContain('Det skal rettes (form, dokument, link, periode):\r\n\r\n\r\n');
    const odder = correction(table, '0727');
    expect(odder.body).toContain('Periode: 2021-2025');
    expect(odder.body).toContain('Adresse: https://www.odder.dk/');
  });

  it('says which municipality to screen readers; the visible text stays short', async () => {
    const table = await mount();
    const { link } = correction(table, '0340');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)');
    expect(link.querySelector('.visually-hidden')!.textContent).toBe(' til Sorø Kommunes opslag (e-mail til KL)');
    const tree = await accessibilityTree();
    expect(tree.some((n) => n.role === 'link' && n.name === 'Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)')).toBe(true);
  });

  it("is reached by Tab right after the row's municipality (and its document link, where it has one)", async () => {
    const table = await mount();
    shadow<HTMLButtonElement>(table, 'tr[data-code="0340"] button.select').focus();
    await userEvent.keyboard('{Tab}');
    expect(table.shadowRoot!.activeElement).toBe(correction(table, '0340').link);
    shadow<HTMLButtonElement>(table, 'tr[data-code="0727"] button.select').focus();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(table.shadowRoot!.activeElement).toBe(correction(table, '0727').link);
  });

  it('rows not in the mapping (scope="all") have it too, and the mail says the municipality is not registered', async () => {
    const table = await mount('scope="all"');
    const ballerup = correction(table, '0151');
    expect(ballerup.link.closest('td')!.classList.contains('not-registered')).toBe(true);
    expect(ballerup.body).toContain('Sådan står kommunen i kortlægningen nu:\r\nKommunen er ikke registreret i kortlægningen.');
  });

  it('in English with lang="en"; and in the stacked cards at 320 px it sits under the status, inside the card', async () => {
    const english = await mount('lang="en"');
    expect(correction(english, '0340').link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Suggest a correction to the entry of Sorø Kommune (an e-mail to KL)');
    expect(correction(english, '0340').subject).toBe("Correction to KL's mapping: Sorø Kommune (0340)");
    const narrow = await mount('', { width: 320 });
    const { link } = correction(narrow, '0340');
    const badge = row(narrow, '0340').querySelector('.col-status .badge')!.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(badge.bottom - 0.5);
    expect(box.left).toBeCloseTo(badge.left, 0);
    expect(box.right).toBeLessThanOrEqual(row(narrow, '0340').getBoundingClientRect().right);
  });

  it("writes to the contact of a dataset given as a property, and drops the links where it has no usable address", async () => {
    const table = await mount();
    const altered = JSON.parse(JSON.stringify(dataset));
    altered.mapping.contact.email = 'redaktion@example.dk';
    table.dataset = altered;
    await table.updateComplete;
    expect(correction(table, '0340').to).toBe('redaktion@example.dk');
    table.dataset = { ...altered, mapping: { ...altered.mapping, contact: { ...altered.mapping.contact, email: '' } } };
    await table.updateComplete;
    expect(shadowAll(table, 'a[part="correction"]')).toEqual([]);
  });
});

describe('<kl-strategy-table> language, theme, data and accessibility', () => {
  it('speaks English with lang="en"', async () => {
    const table = await mount('lang="en" scope="all"');
    expect(countText(table)).toBe('Showing 98 of 98');
    expect(shadowAll(table, 'thead button').map((b) => b.textContent!.replace(/[▲▼↕\s]+/g, ' ').trim())).toEqual([
      'Municipality', 'Region', 'Form', 'Category', 'Link', 'Period', 'Status',
    ]);
    expect(cellText(table, '0340', 'region')).toBe('Region Zealand');
    expect(cellText(table, '0340', 'status')).toBe('Status unknown');
    expect(row(table, '0580').textContent).toContain('Not registered in the mapping');
    expect(shadow(table, 'tbody .col-link a .visually-hidden').textContent!.trim()).toBe('(opens in a new window)');
    expect(table.csv().split('\r\n')[0]).toBe('\uFEFFMunicipality;Municipality code;Region;Form;Category;Link;URL;Period;Status as of 2021-06-01;Basis');
    await search(table, 'sorø');
    expect(countText(table)).toBe('Showing 1 of 98');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const table = await mount('theme="dark"');
    expect(getComputedStyle(shadow(table, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
    const swatch = row(table, '0101').querySelector('.col-category .swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe(rgb(PALETTE.dark.values.strategy));
  });

  it('a src that answers 404 shows the error state', async () => {
    failLoads();
    const table = await mount('src="/data/missing.json"');
    const error = await errorState(table);
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Serveren svarede 404 Not Found');
    expect(shadowAll(table, 'table')).toHaveLength(0);
  });

  it('renders a dataset loaded from src', async () => {
    const altered = JSON.parse(JSON.stringify(dataset));
    altered.entries = altered.entries.filter((e: { code: string }) => e.code !== '0340');
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(altered), { status: 200 }));
    const table = await mount('src="/data/altered.json"');
    await until(() => table.shadowRoot!.querySelector('tbody tr'));
    expect(codes(table)).toHaveLength(64);
    expect(countText(table)).toBe('Viser 64 af 64');
  });

  it.each([
    ['the default table', '', 1024],
    ['a filtered table with a selection and a notice', 'category="principles" selected="Sorø" region="Fyn" scope="all"', 1024],
    ['the stacked cards at 320 px', 'scope="all" selected="0340"', 320],
    ['the English table in the dark theme', 'lang="en" theme="dark" sort="period:desc"', 1024],
  // A minute each: axe checks the contrast of every row's text and links (64 to 98 rows, each
  // with its correction link), which took 17-24 s of the default 15 on a loaded 2-core machine.
  ])('axe-core finds no violations in %s', { timeout: 60_000 }, async (_name, attributes, width) => {
    const table = await mount(attributes, { width });
    for (const details of shadowAll<HTMLDetailsElement>(table, 'details')) details.open = true;
    await table.updateComplete;
    expect(await axeViolations(table)).toEqual([]);
  });

  it('axe-core finds no violations in the error state', async () => {
    failLoads(500, 'Internal Server Error');
    const table = await mount('src="/data/error-axe.json"');
    await errorState(table);
    expect(await axeViolations(table)).toEqual([]);
  });
});

describe('<kl-strategy-table> narrow screens', () => {
  it.each([320, 480])('at %i px, rows stack as cards with their labels and nothing overflows sideways', async (width) => {
    const table = await mount('scope="all"', { width });
    const root = shadow(table, '.root');
    expect(root.scrollWidth).toBeLessThanOrEqual(width);
    for (const details of shadowAll<HTMLDetailsElement>(table, 'details')) details.open = true;
    expect(root.scrollWidth).toBeLessThanOrEqual(width);
    const ishøj = row(table, '0183');
    expect(getComputedStyle(ishøj).display).toBe('block');
    expect(ishøj.getBoundingClientRect().right).toBeLessThanOrEqual(table.getBoundingClientRect().right + 0.5);
    const label = ishøj.querySelector<HTMLElement>('.col-link .label')!;
    expect(getComputedStyle(label).display).not.toBe('none');
    expect(label.textContent).toBe('Link');
    const rowWidth = ishøj.getBoundingClientRect().width;
    for (const td of ishøj.querySelectorAll('td')) expect(td.getBoundingClientRect().width).toBeGreaterThan(rowWidth * 0.85);
    const form = ishøj.querySelector('.col-form')!;
    expect(form.querySelector('.label')!.getBoundingClientRect().top).toBeCloseTo(form.querySelector('.value')!.getBoundingClientRect().top, 0);
    // The sort buttons stay usable above the cards.
    expect(header(table, 'period').getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.click(header(table, 'period'));
    expect(table.getAttribute('sort')).toBe('period:asc');
  });

  it('at 320 px every sort button, "Link" too, holds its label and arrow inside its border', async () => {
    const table = await mount('', { width: 320 });
    for (const th of shadowAll(table, 'thead th')) {
      const button = th.querySelector('button')!;
      const inner = button.getBoundingClientRect().right - parseFloat(getComputedStyle(button).paddingRight);
      expect(th.querySelector('.arrow')!.getBoundingClientRect().right, th.className).toBeLessThanOrEqual(inner + 0.5);
      expect(button.getBoundingClientRect().right, th.className).toBeLessThanOrEqual(th.getBoundingClientRect().right + 0.5);
    }
  });

  it('in print at the width of A4 (718 px), the 65 rows are a table: rows of cells in columns, the header on every page, no search, filters, download, sort arrows or cell labels', async () => {
    const table = await mount('', { width: 718 });
    const screen = await printMedia();
    try {
      const rows = shadowAll(table, 'tbody tr');
      expect(rows).toHaveLength(65); // the list's 64 and Solrød from the mapping's example
      expect(rows.filter((tr) => getComputedStyle(tr).display !== 'table-row')).toEqual([]);
      expect(getComputedStyle(shadow(table, 'thead')).display).toBe('table-header-group');
      const sorø = row(table, '0340');
      const cells = [...sorø.querySelectorAll('th, td')];
      // Side by side: one line of cells, each in its column under its header.
      expect(new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().top))).size).toBe(1);
      const headers = shadowAll(table, 'thead th');
      cells.forEach((cell, i) => expect(cell.getBoundingClientRect().left).toBeCloseTo(headers[i]!.getBoundingClientRect().left, 0));
      for (const selector of ['.controls', 'thead .arrow', '.label']) {
        for (const element of shadowAll(table, selector)) expect(getComputedStyle(element).display, selector).toBe('none');
      }
      expect(shadow(table, '.root').scrollWidth).toBeLessThanOrEqual(718);
    } finally {
      await screen();
    }
  });

  it('is a table with hidden cell labels on a wide screen', async () => {
    const table = await mount('', { width: 1024 });
    expect(getComputedStyle(row(table, '0340')).display).toBe('table-row');
    expect(getComputedStyle(row(table, '0340').querySelector('.label')!).display).toBe('none');
    expect(shadow(table, '.root').scrollWidth).toBeLessThanOrEqual(1024);
  });

  it('has touch targets of at least 44 px for the row and sort buttons and the filters', async () => {
    const table = await mount('', { width: 320 });
    const targets = [shadow(table, '[part="municipality"]'), header(table, 'region'), summary(table, 'region'), shadow(table, '[part="download"]')];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  });
});
