// One value rule for every element: enumerated values match after trimming and ignoring case;
// lists separate on commas, semicolons or white space; a bad value gives one notice per
// attribute, short however many values are bad.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, shadow, shadowAll, useElementFixtures } from '../../test-support/fixture.js';
import '../../index.js';
import type { KlDenmarkMap, KlStrategyExplorer, KlStrategyTable } from '../../index.js';

const { warned } = useElementFixtures();
const notices = (element: Element) => shadowAll(element, '[part="notice"] p').map((p) => p.textContent!.trim());

describe('the value rule', () => {
  it.each([
    ['<kl-denmark-map color-by=" Status "></kl-denmark-map>'],
    ['<kl-key-figures sections="Chart"></kl-key-figures>'],
    ['<kl-initiative-list kind="Network"></kl-initiative-list>'],
    ['<kl-strategy-table scope=" ALL " category="Strategy;PRINCIPLES" status="current; expired"></kl-strategy-table>'],
    ['<kl-strategy-explorer url-state="None"></kl-strategy-explorer>'],
    ['<kl-municipality-card municipality="Sorø" theme=" Dark " heading-level=" 3 "></kl-municipality-card>'],
  ])('%s is accepted without a notice', async (markup) => {
    const element = await fixture(markup);
    expect(notices(element)).toEqual([]);
    expect(warned()).not.toHaveBeenCalled();
  });

  it('kind="Network" keeps the two networks, and sections="Chart" shows only the chart', async () => {
    const list = await fixture('<kl-initiative-list kind="Network"></kl-initiative-list>');
    expect(shadowAll(list, 'kl-initiative-card').map((c) => c.getAttribute('initiative'))).toEqual(['netvaerk-digitale-politikker-2021', 'netvaerk-ledelse-af-digitalisering-2017']);
    const figures = await fixture('<kl-key-figures sections="Chart"></kl-key-figures>');
    expect(shadowAll(figures, 'section').map((s) => s.getAttribute('part'))).toEqual(['chart']);
  });

  it('a reflected value is written back as read: color-by=" Status " becomes color-by="status", theme=" Dark " theme="dark"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by=" Status " theme=" Dark "></kl-denmark-map>');
    expect(map.getAttribute('color-by')).toBe('status');
    expect(map.getAttribute('theme')).toBe('dark');
    expect(getComputedStyle(shadow(map, '.root')).backgroundColor).toBe('rgb(27, 31, 36)');
  });

  it('lists split on semicolons as on commas and spaces: highlight="Sorø;Ringsted; Køge"', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map highlight="Sorø;Ringsted; Køge"></kl-denmark-map>');
    expect(shadowAll(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code')).sort()).toEqual(['0259', '0329', '0340']);
  });

  it('100 unknown names in highlight give one short notice that names three and counts the rest, and one warning', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `ukendt${i}by`).join(', ');
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map highlight="Sorø, ${names}"></kl-denmark-map>`);
    const shown = notices(map);
    expect(shown).toEqual(['Ukendte kommuner "ukendt0by", "ukendt1by", "ukendt2by" og 97 andre.']);
    expect(warned().mock.calls.filter((call) => String(call[0]).includes('ukendt'))).toHaveLength(1);
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ukendte kommuner "ukendt0by", "ukendt1by", "ukendt2by" og 97 andre i highlight.'));
    expect(shadowAll(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code'))).toEqual(['0340']);
  });

  it('several bad values in one list are one notice: kind="webinar, kursus" on the list', async () => {
    const list = await fixture('<kl-initiative-list kind="webinar, kursus network"></kl-initiative-list>');
    expect(notices(list)).toEqual(['De ukendte værdier "webinar" og "kursus" bruges ikke.']);
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ugyldige værdier "webinar" og "kursus" for kind. Brug network, programme, action-plan eller mapping.'));
  });

  // The element's notice is read by everyone who reads the page: it says what is wrong in their
  // words. The editor's sentence, with the attribute and what it takes, is on the console.
  it.each([
    ['<kl-strategy-explorer url-state="hashes"></kl-strategy-explorer>', 'Den ukendte værdi "hashes" bruges ikke.', 'Ugyldig værdi "hashes" for url-state. Brug hash eller none.'],
    ['<kl-key-figures heading-level="1"></kl-key-figures>', 'Den ukendte værdi "1" bruges ikke.', 'Ugyldig værdi "1" for heading-level. Brug 2, 3, 4, 5 eller 6.'],
    ['<kl-denmark-map theme="purple"></kl-denmark-map>', 'Den ukendte værdi "purple" bruges ikke.', 'Ugyldig værdi "purple" for theme. Brug light, dark eller auto.'],
    ['<kl-denmark-map selected="Sorrø"></kl-denmark-map>', 'Ukendt kommune "Sorrø". Mente du Sorø?', 'Ukendt kommune "Sorrø" i selected. Mente du Sorø?'],
    ['<kl-strategy-table region="Fyn"></kl-strategy-table>', 'Ukendt region "Fyn".', 'Ukendt region "Fyn" i region. Brug en af 1081 (Region Nordjylland)'],
    ['<kl-key-figures as-of="juni 2021"></kl-key-figures>', 'Ugyldig dato "juni 2021"; dagens dato bruges.', 'Ugyldig dato "juni 2021" for as-of. Brug ÅÅÅÅ-MM-DD; dagens dato bruges.'],
    ['<kl-denmark-map lang="en" color-by="size"></kl-denmark-map>', 'The unknown value "size" is not used.', 'Invalid value "size" for color-by. Use category, status or region.'],
  ])('%s tells the reader what is wrong without naming the attribute, and the editor on the console', async (markup, notice, sentence) => {
    const element = await fixture(markup);
    expect(notices(element)).toEqual([notice]);
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining(sentence));
  });

  it('an explorer with an invalid url-state uses the default, hash, and says so', async () => {
    const explorer = await fixture<KlStrategyExplorer>('<kl-strategy-explorer url-state="hashes"></kl-strategy-explorer>');
    expect(notices(explorer)[0]).toContain('"hashes"');
    expect(explorer.state.selected).toBeNull();
  });
});

describe('long values without spaces wrap', () => {
  const names = 'Sorø;Ringsted;Køge;Roskilde;Holbæk;Kalundborg;Slagelse;Næstved;Faxe;Stevns;Lejre;Greve;Solrød;Vordingborg';
  const long = 'x'.repeat(300);
  /** Everything inside the element that reaches past its right edge, one line each. */
  const sticksOut = (host: Element) => {
    const right = host.getBoundingClientRect().right + 0.5;
    const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    // A box past the edge, or text past its box (which does not widen the box); what is only
    // for screen readers (clipped to a pixel) is not seen.
    return all(host.shadowRoot!)
      .filter((el) => !el.closest('.visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > right || (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'))
      .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)}, scroll ${el.scrollWidth}/${el.clientWidth}`);
  };
  it.each([
    ['the map with selected="Sorø;Ringsted;…"', 320, `<kl-denmark-map selected="${names}"></kl-denmark-map>`],
    ['the map with a highlight of 300 characters', 390, `<kl-denmark-map highlight="${long}"></kl-denmark-map>`],
    ['the map with a heading of 300 characters', 320, `<kl-denmark-map heading="${long}"></kl-denmark-map>`],
    ['the table with a heading of 300 characters', 320, `<kl-strategy-table heading="${long}"></kl-strategy-table>`],
    ['the wide table with a heading of 300 characters', 1024, `<kl-strategy-table heading="${long}"></kl-strategy-table>`],
    ['the table with selected="Sorø;Ringsted;…" and a category of 300 characters', 320, `<kl-strategy-table selected="${names}" category="${long}"></kl-strategy-table>`],
    ['the card with municipality="Sorø;Ringsted;…"', 320, `<kl-municipality-card municipality="${names}"></kl-municipality-card>`],
    ['the card with an as-of of 300 characters', 320, `<kl-municipality-card municipality="Sorø" as-of="${long}"></kl-municipality-card>`],
    ['the initiative card with an initiative of 300 characters', 320, `<kl-initiative-card initiative="${long}"></kl-initiative-card>`],
    ['the list with a kind of 300 characters', 320, `<kl-initiative-list kind="${long}"></kl-initiative-list>`],
    ['the key figures with a heading and sections of 300 characters', 320, `<kl-key-figures heading="${long}" sections="${long}"></kl-key-figures>`],
    ['the explorer with a url-state of 300 characters', 320, `<kl-strategy-explorer url-state="${long}"></kl-strategy-explorer>`],
  ])('%s fits %i px: notices, headings and captions wrap', async (_name, width, markup) => {
    const element = await fixture(markup, { width });
    expect(sticksOut(element)).toEqual([]);
  });
});

describe('one meaning of heading and heading-level', () => {
  it('heading on the map is its visible title at heading-level, and names the map', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map heading="Strategier i Sjælland" heading-level="3"></kl-denmark-map>');
    const heading = shadow(map, '[part="heading"]');
    expect(heading.localName).toBe('h3');
    expect(heading.textContent).toBe('Strategier i Sjælland');
    const svg = shadow(map, 'svg[part="map"]');
    expect(svg.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(svg.hasAttribute('aria-label')).toBe(false);
  });

  it('without heading, the map shows no title and keeps its default name', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    expect(map.shadowRoot!.querySelector('[part="heading"]')).toBeNull();
    expect(shadow(map, 'svg[part="map"]').getAttribute('aria-label')).toBe('Kort over kommunernes strategiske arbejde med digitalisering');
  });

  it('heading on the table is its caption, which names the table', async () => {
    const table = await fixture<KlStrategyTable>('<kl-strategy-table heading="Strategier i Sjælland"></kl-strategy-table>');
    expect(shadow(table, 'caption .heading').textContent).toBe('Strategier i Sjælland');
  });
});

describe('<kl-strategy-table> reports a cleared selection', () => {
  it('clicking the selected row again clears it, and kl-municipality-select says so with nulls', async () => {
    const table = await fixture<KlStrategyTable>('<kl-strategy-table selected="Sorø"></kl-strategy-table>');
    const events: CustomEvent[] = [];
    table.addEventListener('kl-municipality-select', (e) => events.push(e));
    await userEvent.click(shadow(table, 'tr[data-code="0340"] button.select'));
    await table.updateComplete;
    expect(table.hasAttribute('selected')).toBe(false);
    expect(events.map((e) => e.detail)).toEqual([{ code: null, name: null }]);
  });

  it('Escape on a row clears the selection', async () => {
    const table = await fixture<KlStrategyTable>('<kl-strategy-table></kl-strategy-table>');
    const events: CustomEvent[] = [];
    table.addEventListener('kl-municipality-select', (e) => events.push(e));
    const button = shadow<HTMLButtonElement>(table, 'tr[data-code="0461"] button.select');
    await userEvent.click(button);
    await table.updateComplete;
    button.focus();
    await userEvent.keyboard('{Escape}');
    await table.updateComplete;
    expect(events.map((e) => e.detail.code)).toEqual(['0461', null]);
    expect(table.hasAttribute('selected')).toBe(false);
  });
});
