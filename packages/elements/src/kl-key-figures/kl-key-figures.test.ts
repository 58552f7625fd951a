import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '@kl-digital/core/dataset';
import { isoDate } from '@kl-digital/core';
import { PALETTE } from '../shared/palette.js';
import { formatDate } from '@kl-digital/core';
import { axeViolations, fixture, shadow, shadowAll, until, useElementFixtures, failLoads, errorState } from '../test-support/fixture.js';
import { CHART_LAYOUT } from './kl-key-figures.defs.js';
import './kl-key-figures.js';
import type { KlKeyFigures } from './kl-key-figures.component.js';

const IDS = ['strategy-or-principles', 'expired', 'part-of-other', 'none', 'called-strategy'];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const published = (el: Element, id: string) => shadow(el, `[part="figure"][data-id="${id}"]`);
const counted = (el: Element, id: string) => shadow(el, `[part="counted-figure"][data-id="${id}"]`);
const bars = (el: Element, id: string) => shadowAll<SVGRectElement>(el, `g.group[data-id="${id}"] rect.bar`);
const sectionParts = (el: Element) => shadowAll(el, 'section').map((s) => s.getAttribute('part'));

// Hand counts at 2021-06-01 of data/strategies.csv by the category rules as reviewed for issue 11,
// plus Solrød from the mapping's example (data/text-mentions.csv); see core's key-figures-view.test.ts:
// 45 strategy + 9 principles - 13 expired strategies = 41; 13 expired; 8 part of other (the
// published 8); 2 without a document (Haderslev in the list, Solrød in the text) and 33 not
// registered; 24 forms literally "Digitaliseringsstrategi". 65 entries: 64 in the list, 1 in the text.
const COUNTED_2021 = { 'strategy-or-principles': 41, expired: 13, 'part-of-other': 8, none: 2, 'called-strategy': 24 } as Record<string, number>;
const PUBLISHED = { 'strategy-or-principles': 55, expired: 8, 'part-of-other': 8, none: 27, 'called-strategy': 35 } as Record<string, number>;

const { warned } = useElementFixtures();

describe('<kl-key-figures> published figures', () => {
  it('with sections="chart" alone, the chart still says why published and counted differ', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="chart" as-of="2021-06-01"></kl-key-figures>');
    const chart = shadow(el, '[part="chart"]');
    expect(text(chart)).toContain("KL's tal er udateret");
    expect(text(chart)).toContain('De talte tal kommer fra de 65 kommuner, kortlægningen registrerer (64 i dens liste, 1 i dens tekst)');
    expect(text(chart)).toContain('så de to behøver ikke være ens');
  });

  it('shows the five published figures, of 98, with their Danish wording verbatim, marked as published by KL', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(text(shadow(el, '#published-heading'))).toBe('Nøgletal, som KL har offentliggjort dem');
    expect(shadowAll(el, '[part="figure"]').map((f) => f.dataset.id)).toEqual(IDS);
    for (const figure of dataset.mapping.keyFigures) {
      const card = published(el, figure.id);
      expect(text(card.querySelector('.number'))).toBe(String(PUBLISHED[figure.id]));
      expect(text(card.querySelector('.of'))).toBe('af 98');
      expect(card.querySelector('.wording')!.textContent).toBe(figure.wording);
    }
    expect(text(published(el, 'none'))).toBe('27 af 98 kommuner har ingen digitaliseringsstrategi eller lignende');
    expect(text(published(el, 'called-strategy').querySelector('.wording'))).toBe('kommuner har en "digitaliseringsstrategi"');
    expect(text(shadow(el, '[part="published"] .source'))).toBe('Kilde: KL, »Kommunernes strategiske arbejde med digitalisering«.');
  });
});

describe('<kl-key-figures> the mapping\'s own text behind the figures', () => {
  it('gives the paragraph behind "35 kommuner har en digitaliseringsstrategi": most still current, some expired in 2020 or under revision', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    const paragraph = published(el, 'called-strategy').querySelector('[part="paragraph"]')!;
    expect(text(paragraph)).toBe(
      'Kortlægningen skriver: Den mest gængse type af dokument, som de kommuner der arbejder med digitalisering, arbejder efter, er en "digitaliseringsstrategi". 35 kommuner har en "digitaliseringsstrategi", hvoraf størstedelen fortsat er gældende og nogle enten er udløbet i 2020 eller er ved at blive revideret til en nyere version.',
    );
    expect(paragraph.querySelector('q')!.getAttribute('lang')).toBe('da');
  });

  it('gives "Alle 98 kommuner arbejder strategisk med digitalisering …" with the 55 it frames, and no paragraph where the text gives none', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(text(published(el, 'strategy-or-principles').querySelector('[part="paragraph"] q'))).toBe(
      'Alle 98 kommuner arbejder strategisk med digitalisering, da de følger de fællesoffentlige og fælleskommunale strategier. Sideløbende har 55 kommuner egne digitaliseringsstrategier eller principper, som beskriver deres kommunes visioner, og som de styrer deres indsatser ud fra',
    );
    expect(shadowAll(el, '[part="paragraph"]')).toHaveLength(2);
    expect(published(el, 'none').querySelector('[part="paragraph"]')).toBeNull();
  });

  it('a figure with its paragraph spans the row at 1024 px, so the figures beside it keep their own height', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="published"></kl-key-figures>', { width: 1024 });
    const list = shadow(el, '[part="published"] .figures').getBoundingClientRect();
    for (const id of ['strategy-or-principles', 'called-strategy']) expect(published(el, id).getBoundingClientRect().width, id).toBeCloseTo(list.width, 0);
    const [expired, partOfOther, none] = ['expired', 'part-of-other', 'none'].map((id) => published(el, id).getBoundingClientRect());
    expect(new Set([expired!.top, partOfOther!.top, none!.top]).size).toBe(1);
    expect(expired!.width).toBeLessThan(list.width / 2);
  });

  it('in English introduces the paragraph in English and keeps it Danish, marked lang="da"', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures lang="en"></kl-key-figures>');
    const paragraph = published(el, 'called-strategy').querySelector('[part="paragraph"]')!;
    expect(text(paragraph)).toMatch(/^The mapping writes \(in Danish\): Den mest gængse type/);
    expect(paragraph.querySelector('q')!.getAttribute('lang')).toBe('da');
  });
});

describe('<kl-key-figures> what the data counts', () => {
  it('counts at a pinned as-of what the hand count of data/strategies.csv gives, and says the date', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    expect(text(shadow(el, '.as-of'))).toBe('Talt pr. 1. juni 2021');
    for (const id of IDS) expect(text(counted(el, id).querySelector('.number')), id).toBe(String(COUNTED_2021[id]));
    expect(text(counted(el, 'strategy-or-principles').querySelector('.wording'))).toBe(
      'kommuner i kortlægningen har en digitaliseringsstrategi eller principper, der ikke er udløbet',
    );
    expect(text(counted(el, 'none').querySelector('.wording'))).toBe('kommuner i kortlægningen står uden et strategisk dokument');
    expect(text(counted(el, 'none').querySelector('.not-registered'))).toBe('33 kommuner står hverken i listen eller i teksten: ikke registreret i kortlægningen');
    expect(text(counted(el, 'none').querySelector('.published-value'))).toBe('Offentliggjort: 27');
    expect(text(shadow(el, '[part="counted"] .intro'))).toBe(
      'Tallene her er talt i de 65 af 98 kommuner, som kortlægningen registrerer: 64 i dens liste og Solrød, som kun dens tekst nævner.',
    );
  });

  it('gives each figure that differs a short note on why', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    expect(shadowAll(el, '[part="note"]:not([data-difference="none"])')).toHaveLength(4);
    const note = (id: string) => text(counted(el, id).querySelector('[part="note"]'));
    expect(note('strategy-or-principles')).toBe(
      'Kortlægningen registrerer 65 af 98 kommuner, og her tæller kun dokumenter, der ikke er udløbet: 13 af dens 54 strategier og principper er udløbet.',
    );
    expect(note('expired')).toContain('kortlægningen er ikke dateret');
    expect(note('none')).toBe(
      'Kortlægningen har 2 kommuner uden dokument (1 i listen, 1 i teksten). 33 kommuner står hverken i listen, som kun rummer offentligt tilgængelige dokumenter, eller i teksten; de kaldes her »ikke registreret«, ikke »ingen strategi«.',
    );
    expect(note('called-strategy')).toContain('kortlægningens 21 andre strategier');
  });

  it('part of other strategies: after the review the count is the published 8, and the note says that need not be the same 8', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const figure = counted(el, 'part-of-other');
    expect(text(figure.querySelector('.number'))).toBe('8');
    expect(text(figure.querySelector('.published-value'))).toBe('Offentliggjort: 8');
    const note = figure.querySelector('[part="note"]')!;
    expect(note.getAttribute('data-difference')).toBe('none');
    expect(text(note)).toBe("Samme tal som KL's. Kortlægningen oplyser ikke, hvilke kommuner dens tal dækker, så det er ikke sikkert, at det er de samme kommuner.");
  });

  it('a figure the data no longer agrees with gets the reason for the difference instead', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const altered = structuredClone(dataset);
    altered.mapping.keyFigures.find((f) => f.id === 'part-of-other')!.value = 11;
    el.dataset = altered;
    await el.updateComplete;
    const note = counted(el, 'part-of-other').querySelector('[part="note"]')!;
    expect(note.getAttribute('data-difference')).toBe('categorised-by-form');
    expect(text(note)).toContain('følger kategorien formen, som listen skriver den, efter redaktionens gennemgåede regler');
    expect(shadowAll(el, '[part="note"][data-difference="none"]')).toHaveLength(0);
  });

  it('counts at today by default, and again when as-of changes', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(text(shadow(el, '.as-of'))).toBe(`Talt pr. ${formatDate(isoDate(new Date()), 'da')}`);
    el.asOf = '2020-06-01';
    await el.updateComplete;
    expect(text(counted(el, 'expired').querySelector('.number'))).toBe('0');
    expect(text(counted(el, 'strategy-or-principles').querySelector('.number'))).toBe('54');
  });

  it('an as-of that is not a date shows a notice and counts at today', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="juni 2021"></kl-key-figures>');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Ugyldig dato "juni 2021"; dagens dato bruges.');
    expect(text(shadow(el, '.as-of'))).toBe(`Talt pr. ${formatDate(isoDate(new Date()), 'da')}`);
  });
});

describe('<kl-key-figures> chart', () => {
  it('draws five groups of two bars, published and counted, with widths on the x scale of 0..98', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>', { width: 800 });
    const svg = shadow<SVGSVGElement>(el, '[part="chart-svg"]');
    const groups = shadowAll(el, 'g.group');
    expect(groups.map((g) => g.dataset.id)).toEqual(IDS);
    const [r0, r1] = CHART_LAYOUT.xRange;
    const x = (value: number) => r0 + (value / 98) * (r1 - r0);
    const svgWidth = svg.getBoundingClientRect().width;
    for (const id of IDS) {
      const [pub, cnt] = bars(el, id);
      expect(bars(el, id)).toHaveLength(2);
      expect([pub!.dataset.series, cnt!.dataset.series]).toEqual(['published', 'counted']);
      expect(Number(pub!.dataset.value)).toBe(PUBLISHED[id]);
      expect(Number(cnt!.dataset.value)).toBe(COUNTED_2021[id]);
      expect(pub!.getAttribute('fill')).toBe('url(#kf-published)');
      expect(cnt!.getAttribute('fill')).toBe('url(#kf-counted)');
      // On screen, each bar is (x(value) - x(0)) per cent of the chart's width.
      expect((pub!.getBoundingClientRect().width / svgWidth) * 100).toBeCloseTo(x(PUBLISHED[id]!) - x(0), 1);
      expect((cnt!.getBoundingClientRect().width / svgWidth) * 100).toBeCloseTo(x(COUNTED_2021[id]!) - x(0), 1);
      // Each bar has its value in text beside it, not in colour alone.
      const labels = shadowAll(el, `g.group[data-id="${id}"] text.value-label`).map(text);
      expect(labels).toEqual([String(PUBLISHED[id]), String(COUNTED_2021[id])]);
    }
    const [pub, cnt] = bars(el, 'strategy-or-principles');
    expect(pub!.getBoundingClientRect().width / cnt!.getBoundingClientRect().width).toBeCloseTo(55 / 41, 2);
    expect(shadowAll(el, 'text.group-label').map(text)).toEqual([
      'Strategi eller principper',
      'Udløbet strategi',
      'Del af andre strategier',
      'Ingen strategi',
      '»Digitaliseringsstrategi«',
    ]);
    expect(shadowAll(el, 'text.tick').map(text)).toEqual(['0', '20', '40', '60', '80', '98']);
  });

  it('tells the two series apart by pattern and legend, not colour alone', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Offentliggjort af KL', 'Talt i kortlægningen (65 kommuner)']);
    expect(shadowAll(el, '#kf-counted rect.stripe')).toHaveLength(1);
    expect(shadowAll(el, '#kf-published rect.stripe')).toHaveLength(0);
    expect(getComputedStyle(shadow(el, '#kf-published rect')).fill).toBe(rgb('#00466e'));
  });

  it('names the chart as an image and describes its numbers', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const svg = shadow<SVGSVGElement>(el, '[part="chart-svg"]');
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(shadow(el, `#${svg.getAttribute('aria-labelledby')}`))).toBe('Nøgletal, offentliggjort af KL og talt i data');
    const description = text(shadow(el, `#${svg.getAttribute('aria-describedby')}`));
    expect(description).toContain('Strategi eller principper: offentliggjort 55, talt 41, af 98');
    expect(description).toContain('Ingen strategi: offentliggjort 27, talt 2, af 98');
  });

  it('has a table with a caption and the same numbers as the bars, for screen readers', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const table = shadow<HTMLTableElement>(el, 'table[part="table"]');
    expect(text(table.caption)).toBe('Nøgletal af 98 kommuner: offentliggjort af KL og talt i data pr. 1. juni 2021');
    expect([...table.tHead!.rows[0]!.cells].map(text)).toEqual(['Nøgletal', 'Offentliggjort af KL', 'Talt i kortlægningen (65 kommuner)']);
    const rows = [...table.tBodies[0]!.rows];
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const id = row.dataset.id!;
      const [pub, cnt] = bars(el, id);
      expect([text(row.cells[1]), text(row.cells[2])]).toEqual([pub!.dataset.value, cnt!.dataset.value]);
    }
    expect([...rows[0]!.cells].map(text)).toEqual(['Strategi eller principper', '55', '41']);
  });
});

describe('<kl-key-figures> kinds of document', () => {
  it('lists the five kinds with their heading and traits verbatim, a description, a swatch and the count in the data', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    const cards = shadowAll(el, '[part="kind"]');
    expect(cards.map((c) => c.dataset.id)).toEqual(['strategy', 'principles', 'model-policy', 'part-of-other', 'none']);
    for (const [i, category] of dataset.categories.entries()) {
      const card = cards[i]!;
      expect(text(card.querySelector('h3'))).toBe(category.kind);
      expect([...card.querySelectorAll('.traits li')].map((li) => li.textContent)).toEqual(category.traits);
      expect(text(card.querySelector('.description'))).toBe(category.description.da);
      expect(card.querySelector('.swatch rect')!.getAttribute('fill')).toBe(`url(#kf-${category.id})`);
    }
    expect(cards.map((c) => text(c.querySelector('.count')))).toEqual([
      '45 kommuner i kortlægningen',
      '9 kommuner i kortlægningen',
      '1 kommune i kortlægningen',
      '8 kommuner i kortlægningen',
      '2 kommuner i kortlægningen',
    ]);
    // The model kind is labelled as the mapping names it, so its label is its heading.
    expect(cards[2]!.querySelector('.kind-label')).toBeNull();
    expect(cards[0]!.querySelector('.kind-label')).toBeNull();
    expect(text(cards[4]!.querySelector('.traits'))).toContain('Følger nationale og fælleskommunale strategier');
    expect(getComputedStyle(shadow(el, '#kf-principles rect')).fill).toBe(rgb(PALETTE.light.values.principles));
  });
});

describe('<kl-key-figures> attributes', () => {
  it('sections="kinds" shows only the kinds', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="kinds"></kl-key-figures>');
    expect(sectionParts(el)).toEqual(['kinds']);
    expect(shadowAll(el, '[part="chart-svg"]')).toHaveLength(0);
    // The swatches' patterns are there without the chart.
    expect(getComputedStyle(shadow(el, '#kf-strategy rect')).fill).toBe(rgb(PALETTE.light.values.strategy));
  });

  it('shows the sections asked for in their fixed order, and all by default', async () => {
    const some = await fixture<KlKeyFigures>('<kl-key-figures sections="chart published"></kl-key-figures>');
    expect(sectionParts(some)).toEqual(['published', 'chart']);
    const all = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(sectionParts(all)).toEqual(['published', 'counted', 'chart', 'kinds']);
  });

  it('an unknown section shows a notice, warns, and the known ones still show', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="kinds waffle"></kl-key-figures>');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "waffle" bruges ikke.');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('sections'));
    expect(sectionParts(el)).toEqual(['kinds']);
  });

  it('heading-level sets the level of the section headings, with the kinds one below', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures heading-level="3"></kl-key-figures>');
    expect(shadowAll(el, 'section > h3')).toHaveLength(4);
    expect(shadowAll(el, '[part="kind"] h4')).toHaveLength(5);
    const deep = await fixture<KlKeyFigures>('<kl-key-figures heading-level="6" sections="kinds"></kl-key-figures>');
    expect(shadowAll(deep, '[part="kind"] h6')).toHaveLength(5);
  });

  it('a heading-level that is not 2 to 6 shows a notice and uses level 2', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures heading-level="h3"></kl-key-figures>');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "h3" bruges ikke.');
    expect(shadowAll(el, 'section > h2')).toHaveLength(4);
  });
});

describe('<kl-key-figures> language, theme, data', () => {
  it('speaks English with lang="en", with an English rendering of each wording and the Danish original kept', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures lang="en" as-of="2021-06-01"></kl-key-figures>');
    expect(text(shadow(el, '#published-heading'))).toBe('Key figures, as published by KL');
    const none = published(el, 'none');
    expect(text(none.querySelector('.wording'))).toBe('municipalities have no digitalisation strategy or the like');
    const original = none.querySelector('q')!;
    expect(original.getAttribute('lang')).toBe('da');
    expect(original.textContent).toBe('kommuner har ingen digitaliseringsstrategi eller lignende');
    expect(text(none.querySelector('.original'))).toContain('Danish original:');
    expect(text(none.querySelector('.of'))).toBe('of 98');
    expect(text(shadow(el, '.as-of'))).toBe('Counted as of 1 June 2021');
    expect(text(counted(el, 'none').querySelector('.not-registered'))).toBe('33 municipalities are neither in the list nor in the text: not registered in the mapping');
    expect(text(counted(el, 'none').querySelector('.wording'))).toBe('municipalities in the mapping have no strategic document');
    expect(text(counted(el, 'expired').querySelector('.wording'))).toBe('municipalities in the mapping have a digitalisation strategy whose period has ended');
    expect(text(shadow(el, '[part="counted"] .intro'))).toBe(
      'These figures are counted in the 65 of 98 municipalities the mapping registers: 64 in its list and Solrød, which only its text names.',
    );
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Published by KL', 'Counted in the mapping (65 municipalities)']);
    const kind = shadow(el, '[part="kind"][data-id="strategy"]');
    expect(kind.querySelector('h3 span')!.getAttribute('lang')).toBe('da');
    expect(text(kind.querySelector('.kind-label'))).toBe('Digitalisation strategy');
    expect(kind.querySelector('.traits')!.getAttribute('lang')).toBe('da');
    expect(text(kind.querySelector('.count'))).toBe('45 municipalities in the mapping');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures theme="dark"></kl-key-figures>');
    expect(getComputedStyle(shadow(el, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
    expect(getComputedStyle(shadow(el, '#kf-published rect')).fill).toBe(rgb('#8cc8ff'));
    expect(getComputedStyle(shadow(el, '#kf-counted rect')).fill).toBe(rgb(PALETTE.dark.values.unknown));
    expect(getComputedStyle(shadow(el, '#kf-strategy rect')).fill).toBe(rgb(PALETTE.dark.values.strategy));
  });

  it('the bars follow --kl-color-published and --kl-color-counted', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures style="--kl-color-published: #123456; --kl-color-counted: #654321"></kl-key-figures>');
    expect(getComputedStyle(shadow(el, '#kf-published rect')).fill).toBe('rgb(18, 52, 86)');
    expect(getComputedStyle(shadow(el, '#kf-counted rect')).fill).toBe('rgb(101, 67, 33)');
  });

  it('with src, shows the figures of the loaded dataset', async () => {
    const altered = structuredClone(dataset);
    altered.mapping.keyFigures[0]!.value = 56;
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(altered), { status: 200 }));
    const el = await fixture<KlKeyFigures>('<kl-key-figures src="/data/figures.json"></kl-key-figures>');
    await until(() => el.shadowRoot!.querySelector('[part="figure"]'));
    expect(text(published(el, 'strategy-or-principles').querySelector('.number'))).toBe('56');
  });

  it('a src that fails shows an error state that says why, and fires kl-data-error', async () => {
    failLoads();
    const errors: CustomEvent[] = [];
    document.addEventListener('kl-data-error', (e) => errors.push(e), { once: true });
    const el = await fixture<KlKeyFigures>('<kl-key-figures src="/data/missing-figures.json"></kl-key-figures>');
    const error = await errorState(el);
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/Serveren svarede 404 Not Found for \S*\/data\/missing-figures.json/);
    expect(errors[0]!.detail.message).toContain('404');
    expect(shadowAll(el, 'section')).toHaveLength(0);
  });
});

describe('<kl-key-figures> accessibility and size', () => {
  it.each([
    ['the default', '<kl-key-figures as-of="2021-06-01"></kl-key-figures>'],
    ['English', '<kl-key-figures lang="en" as-of="2021-06-01"></kl-key-figures>'],
    ['the dark theme', '<kl-key-figures theme="dark" as-of="2021-06-01"></kl-key-figures>'],
    ['a notice and only the kinds', '<kl-key-figures sections="kinds bars"></kl-key-figures>'],
  ])('axe-core finds no violations in %s', async (_name, markup) => {
    const el = await fixture<KlKeyFigures>(markup);
    await userEvent.tab();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('axe-core finds no violations in the error state', async () => {
    failLoads(500, 'Internal Server Error');
    const el = await fixture<KlKeyFigures>('<kl-key-figures src="/data/figures-error.json"></kl-key-figures>');
    await errorState(el);
    expect(await axeViolations(el)).toEqual([]);
  });

  it.each([320, 280])('fits %i px without horizontal overflow, with chart text of at least 11 px inside the chart', async (width) => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>', { width });
    const root = shadow(el, '.root');
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(width);
    expect(root.scrollWidth).toBeLessThanOrEqual(width);
    const svg = shadow<SVGSVGElement>(el, '[part="chart-svg"]').getBoundingClientRect();
    expect(svg.width).toBeCloseTo(width, 0);
    const texts = shadowAll<SVGTextElement>(el, '[part="chart-svg"] text');
    expect(texts.length).toBe(5 + 10 + 6);
    for (const t of texts) {
      const box = t.getBoundingClientRect();
      expect(box.height, text(t)).toBeGreaterThanOrEqual(11);
      expect(parseFloat(getComputedStyle(t).fontSize)).toBeGreaterThanOrEqual(11);
      expect(box.left, text(t)).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(box.right, text(t)).toBeLessThanOrEqual(svg.right + 0.5);
    }
    for (const card of shadowAll(el, '[part="figure"], [part="counted-figure"], [part="kind"]')) {
      expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('keeps chart text at its size in a wide column of 1200 px rather than scaling it up', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="chart"></kl-key-figures>', { width: 1200 });
    const label = shadow<SVGTextElement>(el, 'text.group-label').getBoundingClientRect();
    expect(label.height).toBeLessThan(24);
    expect(shadow(el, '.root').scrollWidth).toBeLessThanOrEqual(1200);
  });
});
