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

// Hand counts from data/strategies.csv at 2021-06-01 (see core's key-figure-comparison.test.ts):
// 40 strategy + 9 principles - 13 expired strategies = 36; 13 expired; 11 part of other;
// 1 without a document (Haderslev) and 34 not registered; 24 forms literally "Digitaliseringsstrategi".
const COUNTED_2021 = { 'strategy-or-principles': 36, expired: 13, 'part-of-other': 11, none: 1, 'called-strategy': 24 } as Record<string, number>;
const PUBLISHED = { 'strategy-or-principles': 55, expired: 8, 'part-of-other': 8, none: 27, 'called-strategy': 35 } as Record<string, number>;

const { warned } = useElementFixtures();

describe('<kl-key-figures> published figures', () => {
  it('with sections="chart" alone, the chart still says why published and counted differ', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures sections="chart" as-of="2021-06-01"></kl-key-figures>');
    const chart = shadow(el, '[part="chart"]');
    expect(text(chart)).toContain("KL's tal er udateret");
    expect(text(chart)).toContain('liste over 64 kommuner');
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
    expect(text(published(el, 'called-strategy'))).toBe('35 af 98 kommuner har en "digitaliseringsstrategi"');
    expect(text(shadow(el, '[part="published"] .source'))).toBe('Kilde: KL, »Kommunernes strategiske arbejde med digitalisering«.');
  });
});

describe('<kl-key-figures> what the data counts', () => {
  it('counts at a pinned as-of what the hand count of data/strategies.csv gives, and says the date', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    expect(text(shadow(el, '.as-of'))).toBe('Talt pr. 1. juni 2021');
    for (const id of IDS) expect(text(counted(el, id).querySelector('.number')), id).toBe(String(COUNTED_2021[id]));
    expect(text(counted(el, 'strategy-or-principles').querySelector('.wording'))).toBe(
      'kommuner i listen har en digitaliseringsstrategi eller principper, der ikke er udløbet',
    );
    expect(text(counted(el, 'none').querySelector('.wording'))).toBe('kommune i listen står uden et strategisk dokument');
    expect(text(counted(el, 'none').querySelector('.not-registered'))).toBe('34 kommuner står ikke i listen: ikke registreret i kortlægningen');
    expect(text(counted(el, 'none').querySelector('.published-value'))).toBe('Offentliggjort: 27');
    expect(text(shadow(el, '[part="counted"] .intro'))).toBe('Tallene her er talt i kortlægningens liste, som rummer 64 af 98 kommuner.');
  });

  it('gives each figure that differs a short note on why', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    expect(shadowAll(el, '[part="note"]')).toHaveLength(5);
    const note = (id: string) => text(counted(el, id).querySelector('[part="note"]'));
    expect(note('strategy-or-principles')).toBe(
      'Listen rummer 64 af 98 kommuner, og her tæller kun dokumenter, der ikke er udløbet: 13 af listens 49 strategier og principper er udløbet.',
    );
    expect(note('expired')).toContain('kortlægningen er ikke dateret');
    expect(note('part-of-other')).toContain('følger kategorien formen');
    expect(note('none')).toBe(
      'Listen har 1 kommune uden dokument. 34 kommuner står slet ikke i listen, som kun rummer offentligt tilgængelige dokumenter; de kaldes her »ikke registreret«, ikke »ingen strategi«.',
    );
    expect(note('called-strategy')).toContain('listens 16 andre strategier');
  });

  it('has no note on a figure the data agrees with', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const altered = structuredClone(dataset);
    altered.mapping.keyFigures.find((f) => f.id === 'part-of-other')!.value = 11;
    el.dataset = altered;
    await el.updateComplete;
    expect(counted(el, 'part-of-other').querySelector('[part="note"]')).toBeNull();
    expect(shadowAll(el, '[part="note"]')).toHaveLength(4);
  });

  it('counts at today by default, and again when as-of changes', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures></kl-key-figures>');
    expect(text(shadow(el, '.as-of'))).toBe(`Talt pr. ${formatDate(isoDate(new Date()), 'da')}`);
    el.asOf = '2020-06-01';
    await el.updateComplete;
    expect(text(counted(el, 'expired').querySelector('.number'))).toBe('0');
    expect(text(counted(el, 'strategy-or-principles').querySelector('.number'))).toBe('49');
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
    expect(pub!.getBoundingClientRect().width / cnt!.getBoundingClientRect().width).toBeCloseTo(55 / 36, 2);
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
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Offentliggjort af KL', 'Talt i listen (64 kommuner)']);
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
    expect(description).toContain('Strategi eller principper: offentliggjort 55, talt 36, af 98');
    expect(description).toContain('Ingen strategi: offentliggjort 27, talt 1, af 98');
  });

  it('has a table with a caption and the same numbers as the bars, for screen readers', async () => {
    const el = await fixture<KlKeyFigures>('<kl-key-figures as-of="2021-06-01"></kl-key-figures>');
    const table = shadow<HTMLTableElement>(el, 'table[part="table"]');
    expect(text(table.caption)).toBe('Nøgletal af 98 kommuner: offentliggjort af KL og talt i data pr. 1. juni 2021');
    expect([...table.tHead!.rows[0]!.cells].map(text)).toEqual(['Nøgletal', 'Offentliggjort af KL', 'Talt i listen (64 kommuner)']);
    const rows = [...table.tBodies[0]!.rows];
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const id = row.dataset.id!;
      const [pub, cnt] = bars(el, id);
      expect([text(row.cells[1]), text(row.cells[2])]).toEqual([pub!.dataset.value, cnt!.dataset.value]);
    }
    expect([...rows[0]!.cells].map(text)).toEqual(['Strategi eller principper', '55', '36']);
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
      '40 kommuner i listen',
      '9 kommuner i listen',
      '3 kommuner i listen',
      '11 kommuner i listen',
      '1 kommune i listen',
    ]);
    expect(text(cards[2]!.querySelector('.kind-label'))).toBe('Model eller politik');
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
    expect(text(counted(el, 'none').querySelector('.not-registered'))).toBe('34 municipalities are not in the list: not registered in the mapping');
    expect(text(counted(el, 'none').querySelector('.wording'))).toBe('municipality in the list has no strategic document');
    expect(text(counted(el, 'expired').querySelector('.wording'))).toBe('municipalities in the list have a digitalisation strategy whose period has ended');
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Published by KL', 'Counted in the list (64 municipalities)']);
    const kind = shadow(el, '[part="kind"][data-id="strategy"]');
    expect(kind.querySelector('h3 span')!.getAttribute('lang')).toBe('da');
    expect(text(kind.querySelector('.kind-label'))).toBe('Digitalisation strategy');
    expect(kind.querySelector('.traits')!.getAttribute('lang')).toBe('da');
    expect(text(kind.querySelector('.count'))).toBe('40 municipalities in the list');
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
