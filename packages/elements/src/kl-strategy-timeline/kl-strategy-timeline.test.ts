import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { dataset } from '@kl-digital/core/dataset';
import { formatDate, isoDate } from '@kl-digital/core';
import { PALETTE } from '../shared/palette.js';
import { axeViolations, captureDownloads, errorState, failLoads, fixture, shadow, shadowAll, until, useElementFixtures } from '../test-support/fixture.js';
import { TIMELINE_LAYOUT } from './kl-strategy-timeline.defs.js';
import './kl-strategy-timeline.js';
import type { KlStrategyTimeline } from './kl-strategy-timeline.component.js';
import type { AsOfChangeDetail } from '../shared/events/index.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const slider = (el: Element) => shadow<HTMLInputElement>(el, 'input[type="range"]');
const bar = (el: Element, year: number) => shadow<SVGGElement>(el, `g.year[data-year="${year}"]`);
const counts = (el: Element, year: number) =>
  Object.fromEntries([...bar(el, year).querySelectorAll<SVGRectElement>('rect.segment')].map((r) => [r.dataset.value, Number(r.dataset.count)]));
const changes = (el: HTMLElement) => {
  const details: AsOfChangeDetail[] = [];
  el.addEventListener('kl-as-of-change', (e) => details.push(e.detail));
  return details;
};

// Hand counts from data/strategies.csv (see core's timeline-view.test.ts), with Solrød, which the
// mapping's example registers as "Ingen strategi" without a period (data/text-mentions.csv): 65
// entries, 33 not registered; the periods name 2015 (Hillerød) to 2032 (Hørsholm). At the end of
// 2021: 31 current, 13 expired, 21 of unknown status; at the end of 2015: 2 current, 51 upcoming,
// 12 unknown.
const YEAR_2021 = { current: 31, expired: 13, unknown: 21, 'not-registered': 33 };
const TEXT_2021 = '31 gældende, 13 udløbet, 0 endnu ikke gældende, 21 status ukendt og 33 ikke registreret i kortlægningen';

const { warned } = useElementFixtures();

describe('<kl-strategy-timeline> chart', () => {
  it('draws one stacked bar per year from 2015 to 2032, each of the 98 municipalities, with the counts of the year', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>', { width: 900 });
    expect(shadowAll(el, 'g.year').map((g) => Number(g.dataset.year))).toEqual(Array.from({ length: 18 }, (_, i) => 2015 + i));
    expect(counts(el, 2021)).toEqual(YEAR_2021);
    expect(counts(el, 2015)).toEqual({ current: 2, upcoming: 51, unknown: 12, 'not-registered': 33 });
    for (const g of shadowAll(el, 'g.year')) {
      const sum = [...g.querySelectorAll<SVGRectElement>('rect.segment')].reduce((n, r) => n + Number(r.dataset.count), 0);
      expect(sum, g.dataset.year).toBe(98);
    }
    // Heights on the scale of 0..98: the stack fills the plot, each segment its share.
    const segments = [...bar(el, 2021).querySelectorAll<SVGRectElement>('rect.segment')];
    const height = (r: SVGRectElement) => r.getBoundingClientRect().height;
    expect(segments.reduce((h, r) => h + height(r), 0)).toBeCloseTo(TIMELINE_LAYOUT.plotHeight, 0);
    expect(height(segments.find((r) => r.dataset.value === 'current')!)).toBeCloseTo((31 / 98) * TIMELINE_LAYOUT.plotHeight, 0);
  });

  it('tells the statuses apart by pattern and draws the municipalities not registered as an empty dashed band, named in the legend', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Gældende', 'Udløbet', 'Endnu ikke gældende', 'Status ukendt', 'Ikke registreret i kortlægningen']);
    expect(shadow(el, 'rect.segment.expired').getAttribute('fill')).toBe('url(#tl-expired)');
    expect(shadowAll(el, '#tl-expired path.mark')).toHaveLength(1);
    expect(shadowAll(el, '#tl-upcoming circle.dot')).toHaveLength(1);
    const band = shadow(el, 'g.year rect.segment.not-registered');
    expect(band.hasAttribute('fill')).toBe(false);
    expect(getComputedStyle(band).strokeDasharray).not.toBe('none');
    expect(getComputedStyle(band).fill).toBe(rgb(PALETTE.light.background));
  });

  it('marks the year of as-of with an outline, a bold label and the current row of the table', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>', { width: 900 });
    expect(shadowAll(el, 'g.year.selected').map((g) => g.dataset.year)).toEqual(['2021']);
    expect(bar(el, 2021).querySelector('rect.outline')).not.toBeNull();
    expect(shadowAll(el, 'tr[aria-current="true"]').map((tr) => tr.dataset.year)).toEqual(['2021']);
  });

  it('labels every year at 900 px, and every fifth and the chosen one, clear of its neighbours, at 320 px', async () => {
    const visible = (el: Element) => shadowAll<SVGTextElement>(el, 'text.x-label').filter((t) => getComputedStyle(t).display !== 'none').map(text);
    const wide = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2026-06-01"></kl-strategy-timeline>', { width: 900 });
    expect(visible(wide)).toHaveLength(18);
    const narrow = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2026-06-01"></kl-strategy-timeline>', { width: 320 });
    expect(visible(narrow)).toEqual(['2015', '2020', '2026', '2030']);
    const boxes = shadowAll<SVGTextElement>(narrow, 'text.x-label').filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  });

  it('names the chart as an image and describes every year in words', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const svg = shadow<SVGSVGElement>(el, '[part="chart"]');
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(shadow(el, `#${svg.getAttribute('aria-labelledby')}`))).toBe('Kommunernes dokumenter efter status ved udgangen af hvert år, 2015–2032');
    const description = text(shadow(el, `#${svg.getAttribute('aria-describedby')}`));
    expect(description).toContain(`2021: ${TEXT_2021}.`);
    expect(description.startsWith('2015: 2 gældende, 0 udløbet, 51 endnu ikke gældende, 12 status ukendt')).toBe(true);
  });

  it('says that each year is taken at 31 December and that the municipalities not registered are not "no strategy"', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline></kl-strategy-timeline>');
    expect(text(shadow(el, '[part="heading"]'))).toBe('Strategiernes perioder år for år');
    const intro = text(shadow(el, '.intro'));
    expect(intro).toContain('ved udgangen af hvert år (31. december), 2015–2032.');
    expect(intro).toContain('33 kommuner er ikke registreret i kortlægningen; de vises for sig og tælles ikke som kommuner uden strategi.');
  });
});

describe('<kl-strategy-timeline> table and CSV', () => {
  it('shows the numbers as a table with the button, which says whether it is open', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const toggle = shadow<HTMLButtonElement>(el, '[part="table-toggle"]');
    const wrap = shadow(el, '[part="table"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(wrap.id);
    expect(getComputedStyle(wrap).display).toBe('none');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle(wrap).display).not.toBe('none');
    const table = wrap.querySelector('table')!;
    expect(text(table.caption)).toBe('Antal kommuner af 98 efter status pr. 31. december, 2015–2032');
    expect([...table.tHead!.rows[0]!.cells].map(text)).toEqual(['År', 'Gældende', 'Udløbet', 'Endnu ikke gældende', 'Status ukendt', 'Ikke registreret i kortlægningen']);
    const row = table.querySelector('tr[data-year="2021"]') as HTMLTableRowElement;
    expect([...row.cells].map(text)).toEqual(['2021', '31', '13', '0', '21', '33']);
    expect(row.cells[0]!.getAttribute('scope')).toBe('row');
    expect(table.tBodies[0]!.rows).toHaveLength(18);
  });

  it('csv() is one row per year with its date and the counts; the button downloads it as strategiernes-tidslinje.csv', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const lines = el.csv().split('\r\n');
    expect(lines[0]).toBe('\uFEFFÅr;Status pr.;Gældende;Udløbet;Endnu ikke gældende;Status ukendt;Ikke registreret i kortlægningen;Kommuner i alt');
    expect(lines).toContain('2021;2021-12-31;31;13;0;21;33;98');
    expect(lines).toHaveLength(18 + 2);
    const { blobs, clicked } = captureDownloads();
    await userEvent.click(shadow(el, '[part="download"]'));
    expect(clicked[0]!.download).toBe('strategiernes-tidslinje.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await blobs[0]!.arrayBuffer()))).toBe(el.csv());
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
  });
});

describe('<kl-strategy-timeline> year control', () => {
  it('is a slider named "Vis status for året", from 2015 to 2032, at the year of as-of, whose value says the counts', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const input = slider(el);
    await expect.element(page.getByRole('slider', { name: 'Vis status for året' })).toBeInTheDocument();
    expect([input.min, input.max, input.step, input.value]).toEqual(['2015', '2032', '1', '2021']);
    expect(input.getAttribute('aria-valuetext')).toBe(`2021: ${TEXT_2021}`);
    expect(text(shadow(el, `#${input.getAttribute('aria-describedby')}`))).toContain('Status pr. 31. december i året');
    expect(text(shadow(el, '[part="summary"]'))).toBe(`Pr. 1. juni 2021: ${TEXT_2021}.`);
  });

  it('moves a year with the arrow keys, five with Page Up/Down, to the ends with Home/End, setting as-of to 31 December and firing kl-as-of-change', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const details = changes(el);
    slider(el).focus();
    const press = async (key: string) => {
      await userEvent.keyboard(`{${key}}`);
      await el.updateComplete;
      return [el.getAttribute('as-of'), slider(el).value];
    };
    expect(await press('ArrowRight')).toEqual(['2022-12-31', '2022']);
    expect(await press('ArrowUp')).toEqual(['2023-12-31', '2023']);
    expect(await press('ArrowLeft')).toEqual(['2022-12-31', '2022']);
    expect(await press('PageDown')).toEqual(['2017-12-31', '2017']);
    expect(await press('PageUp')).toEqual(['2022-12-31', '2022']);
    expect(await press('Home')).toEqual(['2015-12-31', '2015']);
    expect(await press('End')).toEqual(['2032-12-31', '2032']);
    expect(await press('PageUp')).toEqual(['2032-12-31', '2032']);
    expect(details).toEqual([2022, 2023, 2022, 2017, 2022, 2015, 2032].map((year) => ({ asOf: `${year}-12-31`, year })));
    expect(slider(el).getAttribute('aria-valuetext')).toMatch(/^2032: 5 gældende, 39 udløbet/);
    expect(text(shadow(el, '[part="summary"]'))).toMatch(/^Pr\. 31\. december 2032: 5 gældende/);
    expect(shadowAll(el, 'g.year.selected').map((g) => g.dataset.year)).toEqual(['2032']);
  });

  it('a click on a year\'s bar chooses that year', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>', { width: 900 });
    const details = changes(el);
    expect(getComputedStyle(bar(el, 2018)).cursor).toBe('pointer');
    await userEvent.click(bar(el, 2018).querySelector('rect.segment.upcoming')!);
    await el.updateComplete;
    expect(el.getAttribute('as-of')).toBe('2018-12-31');
    expect(details).toEqual([{ asOf: '2018-12-31', year: 2018 }]);
    expect(slider(el).value).toBe('2018');
  });

  it('follows as-of set by the page, without firing kl-as-of-change', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    const details = changes(el);
    el.setAttribute('as-of', '2016-03-01');
    await el.updateComplete;
    expect(slider(el).value).toBe('2016');
    expect(details).toEqual([]);
  });

  it('as-of after the last year: the slider stands at 2032 and a note says the date is after it', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2040-01-01"></kl-strategy-timeline>');
    expect(slider(el).value).toBe('2032');
    expect(text(shadow(el, '.outside'))).toBe('1. januar 2040 ligger efter tidslinjens sidste år, 2032; derefter ændrer ingen periode status.');
    expect(text(shadow(el, '[part="summary"]'))).toMatch(/^Pr\. 1\. januar 2040: 4 gældende, 40 udløbet/);
    expect(shadowAll(el, 'g.year.selected')).toHaveLength(0);
  });

  it('defaults to today', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline></kl-strategy-timeline>');
    const today = isoDate(new Date());
    expect(text(shadow(el, '[part="summary"]')).startsWith(`Pr. ${formatDate(today, 'da')}:`)).toBe(true);
    expect(slider(el).value).toBe(String(Math.min(2032, Number(today.slice(0, 4)))));
  });
});

describe('<kl-strategy-timeline> attributes', () => {
  it('sections="control" shows only the year control: no heading, chart or table', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline sections="control" as-of="2021-06-01"></kl-strategy-timeline>');
    expect(shadowAll(el, '[part="control"]')).toHaveLength(1);
    expect(shadowAll(el, '[part="chart"], [part="heading"], table')).toHaveLength(0);
  });

  it('sections="chart" shows the chart without the control, following as-of: a click on a bar chooses nothing (there is no keyboard way to it)', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline sections="chart" as-of="2021-06-01"></kl-strategy-timeline>', { width: 900 });
    expect(shadowAll(el, '[part="control"]')).toHaveLength(0);
    expect(shadowAll(el, 'g.year')).toHaveLength(18);
    const details = changes(el);
    await userEvent.click(bar(el, 2018).querySelector('rect.segment.upcoming')!);
    await el.updateComplete;
    expect([el.getAttribute('as-of'), details]).toEqual(['2021-06-01', []]);
    expect(getComputedStyle(bar(el, 2018)).cursor).toBe('auto');
    el.setAttribute('as-of', '2018-12-31');
    await el.updateComplete;
    expect(shadowAll(el, 'g.year.selected').map((g) => g.dataset.year)).toEqual(['2018']);
  });

  it('heading and heading-level set the heading\'s text and level', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline heading="Strategierne over tid" heading-level="3"></kl-strategy-timeline>');
    expect(text(shadow(el, 'h3[part="heading"]'))).toBe('Strategierne over tid');
  });

  it('an unknown section shows a notice, warns, and the known one still shows', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline sections="chart bars"></kl-strategy-timeline>');
    // The reader's notice, without the attribute; the editor's sentence on the console.
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "bars" bruges ikke.');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ugyldig værdi "bars" for sections'));
    expect(shadowAll(el, '[part="chart"]')).toHaveLength(1);
  });

  it('a dataset whose periods name no year says there is no timeline, instead of an empty chart', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline></kl-strategy-timeline>');
    const altered = structuredClone(dataset);
    for (const entry of altered.entries) entry.period = { text: '-', kind: 'none', from: null, to: null, openEnded: false };
    el.dataset = altered;
    await el.updateComplete;
    expect(text(shadow(el, '.empty'))).toBe('Ingen af kortlægningens perioder nævner et år, så der er ingen tidslinje at vise.');
    expect(shadowAll(el, 'input, svg[part="chart"]')).toHaveLength(0);
  });
});

describe('<kl-strategy-timeline> language, theme, data', () => {
  it('speaks English with lang="en"', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline lang="en" as-of="2021-06-01"></kl-strategy-timeline>');
    expect(text(shadow(el, '[part="heading"]'))).toBe("The strategies' periods year by year");
    await expect.element(page.getByRole('slider', { name: 'Show the status for the year' })).toBeInTheDocument();
    expect(slider(el).getAttribute('aria-valuetext')).toBe('2021: 31 current, 13 expired, 0 not yet in force, 21 status unknown and 33 not registered in the mapping');
    expect(text(shadow(el, '[part="summary"]'))).toMatch(/^As of 1 June 2021: 31 current/);
    expect(shadowAll(el, '[part="legend"] li').map(text)).toEqual(['Current', 'Expired', 'Not yet in force', 'Status unknown', 'Not registered in the mapping']);
    expect(text(shadow(el, '[part="download"]'))).toBe('Download the numbers as CSV');
    expect(el.csv().split('\r\n')[0]).toBe('\uFEFFYear;Status as of;Current;Expired;Not yet in force;Status unknown;Not registered in the mapping;Municipalities in all');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline theme="dark"></kl-strategy-timeline>');
    expect(getComputedStyle(shadow(el, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
    expect(getComputedStyle(shadow(el, '#tl-current rect')).fill).toBe(rgb(PALETTE.dark.values.current));
  });

  it('a src that fails shows an error state that says why, and fires kl-data-error', async () => {
    failLoads();
    const errors: CustomEvent[] = [];
    document.addEventListener('kl-data-error', (e) => errors.push(e), { once: true });
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline src="/data/missing-timeline.json"></kl-strategy-timeline>');
    const error = await errorState(el);
    expect(error.getAttribute('role')).toBe('alert');
    expect(errors[0]!.detail.message).toContain('404');
    expect(shadowAll(el, 'input')).toHaveLength(0);
  });

  it('with src, shows the years of the loaded dataset', async () => {
    const altered = structuredClone(dataset);
    altered.entries[0]!.period = { text: '2012-2014', kind: 'range', from: 2012, to: 2014, openEnded: false };
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(altered), { status: 200 }));
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline src="/data/timeline.json"></kl-strategy-timeline>');
    await until(() => el.shadowRoot!.querySelector('g.year'));
    expect(shadow(el, 'g.year').dataset.year).toBe('2012');
  });
});

describe('<kl-strategy-timeline> accessibility and size', () => {
  it.each([
    ['the default', '<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>'],
    ['English', '<kl-strategy-timeline lang="en" as-of="2021-06-01"></kl-strategy-timeline>'],
    ['the dark theme', '<kl-strategy-timeline theme="dark" as-of="2021-06-01"></kl-strategy-timeline>'],
    ['the control alone', '<kl-strategy-timeline sections="control"></kl-strategy-timeline>'],
  ])('axe-core finds no violations in %s, with the table open', async (_name, markup) => {
    const el = await fixture<KlStrategyTimeline>(markup);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]');
    if (toggle) await userEvent.click(toggle);
    await userEvent.tab();
    expect(await axeViolations(el)).toEqual([]);
  });

  it.each([320, 280])('fits %i px without horizontal overflow, the table open, with chart text of at least 11 px', async (width) => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>', { width });
    await userEvent.click(shadow(el, '[part="table-toggle"]'));
    const root = shadow(el, '.root');
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(width);
    expect(root.scrollWidth).toBeLessThanOrEqual(width);
    const box = root.getBoundingClientRect();
    for (const t of shadowAll<SVGTextElement>(el, '[part="chart"] text').filter((t) => getComputedStyle(t).display !== 'none')) {
      const r = t.getBoundingClientRect();
      expect(parseFloat(getComputedStyle(t).fontSize)).toBeGreaterThanOrEqual(11);
      expect(r.left, text(t)).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right, text(t)).toBeLessThanOrEqual(box.right + 0.5);
    }
    // The table is wider than 320 px: it scrolls in its own box, which the keyboard can reach and which is named by the caption.
    const numbers = shadow(el, '[part="table"]');
    expect(numbers.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5);
    expect([numbers.getAttribute('role'), numbers.tabIndex, text(shadow(el, `#${numbers.getAttribute('aria-labelledby')}`))]).toEqual(['region', 0, text(shadow(el, 'caption'))]);
  });

  it('in print, shows the table and leaves out the year control and the buttons', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline as-of="2021-06-01"></kl-strategy-timeline>');
    // The element's own @media print rules, applied on screen: what a printed page gets.
    const root = el.shadowRoot!;
    const print = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(print.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    expect(getComputedStyle(shadow(el, '[part="table"]')).display).toBe('block');
    for (const part of ['control', 'table-toggle', 'download']) expect(getComputedStyle(shadow(el, `[part="${part}"]`)).display, part).toBe('none');
    expect(getComputedStyle(shadow(el, '[part="chart"]')).display).toBe('block');
  });

  it('the slider and the buttons are at least 44 px high', async () => {
    const el = await fixture<KlStrategyTimeline>('<kl-strategy-timeline></kl-strategy-timeline>');
    for (const target of [slider(el), shadow(el, '[part="table-toggle"]'), shadow(el, '[part="download"]')]) {
      expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });
});
