import { html, nothing, svg, type TemplateResult } from 'lit';
import { ticks as niceTicks } from 'd3-array';
import { formatNumber, LABELS, NOT_REGISTERED, STATUSES, TIMELINE_VALUES, timelineView, type TimelineView, type TimelineYear } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';
import { entryFacts } from '@kl-digital/core/data/entry-facts';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { renderHeading } from '../shared/heading.js';
import { downloadCsv } from '../shared/download-file.js';
import { patternDefs, patternStyles } from '../shared/svg-patterns.js';
import { renderYearControl, yearChoice, yearControlStyles, yearControlTexts, yearRange } from '../shared/year-control.js';
import { TIMELINE_ATTRIBUTES, TIMELINE_LAYOUT, TIMELINE_SECTIONS } from './kl-strategy-timeline.defs.js';
import { timelineMessages } from './kl-strategy-timeline.messages.js';
import { timelineStyles } from './kl-strategy-timeline.styles.js';

/** The parts of the bundled dataset the element shows when it is given none: the municipalities and the entries' periods. */
const DATA = { ...places, ...entryFacts };

/** Label every k-th year, the smallest k from these that gives a label its room in a container `width` wide. */
function labelStep(width: number, years: number): number {
  const perYear = (width - TIMELINE_LAYOUT.axisWidth) / years;
  return [1, 2, 5, 10, 20].find((k) => perYear * k >= TIMELINE_LAYOUT.labelWidth) ?? 50;
}

/**
 * How many municipalities' documents are current, expired, upcoming or of unknown status at
 * the end of each year the mapping's periods name, as stacked bars with a table of the numbers,
 * beside the municipalities the mapping does not register; a year control sets `as-of`.
 *
 * @tagname kl-strategy-timeline
 * @summary The strategies' statuses year by year, as a chart and a table, with a year slider that sets `as-of` and a CSV download.
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @csspart base - The element's box.
 * @csspart heading - The heading above the chart.
 * @csspart control - The year control: label, slider, the chosen year and its counts.
 * @csspart slider - The year slider (`input type="range"`).
 * @csspart summary - The counts at `as-of` in words.
 * @csspart legend - The chart's legend.
 * @csspart chart - The chart's SVG.
 * @csspart table-toggle - The button that shows the table.
 * @csspart download - The CSV download button.
 * @csspart table - The numbers as a table (shown with the button, and in print).
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-current - Fill of `current` (and `--kl-color-expired`, `--kl-color-upcoming`, `--kl-color-unknown`).
 * @cssprop --kl-color-accent - The slider and the chosen year.
 * @cssprop --kl-color-text - Text colour and the chosen year's outline.
 * @cssprop --kl-color-text-muted - Secondary text and the chart's ticks.
 * @cssprop --kl-color-surface - Background, and the band of the municipalities not registered.
 * @cssprop --kl-color-surface-raised - Background of the year control.
 * @cssprop --kl-color-border - Borders, grid lines and the band of the municipalities not registered.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlStrategyTimeline extends withAttributes(TIMELINE_ATTRIBUTES, timelineMessages, DATA) {
  static override styles = [...KlElement.styles, patternStyles, yearControlStyles, timelineStyles];

  // Lit adds these to the properties the spec creates (a subclass inherits its base's).
  static override properties = {
    _tableOpen: { state: true },
  };

  declare private _tableOpen: boolean;
  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: TimelineView | null = null;

  constructor() {
    super();
    this._tableOpen = false;
  }

  protected override derive(data: typeof DATA): void {
    this.view = timelineView(data, { asOf: this.asOfDate, lang: this.language });
  }

  // ---- public methods ----------------------------------------------------------------------

  /** The years' numbers as CSV text: a header row in the element's language, `;`-separated, with a UTF-8 byte order mark. */
  csv(): string {
    return this.view?.csv() ?? '\uFEFF';
  }

  /** Downloads `csv()` as a file. */
  download(): void {
    downloadCsv(this.renderRoot, this.csv(), this.m.filename);
  }

  // ---- the reader's choice -----------------------------------------------------------------

  /** Sets `as-of` to 31 December of `year` (within the years shown) and tells the page, when it is another year. */
  private choose = (year: number): void => {
    const choice = this.view && yearChoice(this.view, year);
    if (!choice) return;
    this.setAttribute('as-of', choice.asOf);
    this.emit('kl-as-of-change', choice);
  };

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(() => this.renderContent(this.view!));
  }

  private renderContent(view: TimelineView): TemplateResult {
    const m = this.m;
    const shown = new Set(this.attrs.sections.length > 0 ? this.attrs.sections : TIMELINE_SECTIONS);
    if (view.years.length === 0) return html`<div class="root" part="base">${this.renderNotices()}<p class="empty">${m.noYears}</p></div>`;
    const control = shown.has('control') ? renderYearControl(view, this.language, this.choose) : nothing;
    if (!shown.has('chart')) return html`<div class="root" part="base">${this.renderNotices()}${control}</div>`;
    const [first, last] = yearRange(view);
    return html`<div class="root" part="base">
      ${this.renderNotices()}
      <section aria-labelledby="heading">
        ${renderHeading(this.attrs.headingLevel, this.attrs.heading ?? m.heading, { id: 'heading', part: 'heading' })}
        <p class="intro">${m.intro(view.total, first, last, view.total - view.registered)}</p>
        ${control} ${this.renderChart(view, control !== nothing)}
      </section>
    </div>`;
  }

  /**
   * The chart; a click on a year's bar chooses it only where the control is shown (`choosable`):
   * the slider is the keyboard's way to the same choice, and a chart alone follows `as-of`.
   */
  private renderChart(view: TimelineView, choosable: boolean): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const say = yearControlTexts(lang).valueText;
    const L = TIMELINE_LAYOUT;
    const years = view.years;
    const [first, last] = yearRange(view);
    const total = Math.max(1, view.total);
    const selected = view.asOf.position === 'within' ? view.asOf.year : null;
    const band = 100 / years.length;
    const barWidth = band * L.barShare;
    // A linear scale is one line; d3-scale would bring d3-interpolate, -color and -format for it.
    const y = (value: number) => L.top + L.plotHeight * (1 - value / total);
    const axisY = L.top + L.plotHeight;
    const ticks = [...niceTicks(0, total, L.ticks).filter((v) => v <= total * 0.9), total];
    // Which tiers of container width label a year: every k-th year, and always the chosen one, clear of its neighbours.
    const tiers = L.labelTiers.map(([name, width]) => [name, labelStep(width, years.length)] as const);
    const labelClasses = (year: number) =>
      tiers
        .filter(([, k]) => year === selected || (year % k === 0 && (selected === null || Math.abs(year - selected) * 2 > k)) || k === 1)
        .map(([name]) => name)
        .join(' ');

    const bar = (entry: TimelineYear, i: number) => {
      let sum = 0;
      const x = i * band + (band - barWidth) / 2;
      const segments = TIMELINE_VALUES.map((value) => {
        const count = entry.counts[value];
        const bottom = sum;
        sum += count;
        return count
          ? svg`<rect class="segment ${value}" data-value=${value} data-count=${count} x="${x}%" width="${barWidth}%" y=${y(sum)} height=${y(bottom) - y(sum)}
              fill=${value === NOT_REGISTERED ? nothing : `url(#tl-${value})`}></rect>`
          : nothing;
      });
      const chosen = entry.year === selected;
      // The tooltip's text as a property: Lit's server renderer cannot render a binding inside an
      // SVG <title> (the prerendered embed page failed on it); the browser sets it when it hydrates.
      return svg`<g class="year ${chosen ? 'selected' : ''}" data-year=${entry.year} @click=${choosable ? () => this.choose(entry.year) : nothing}>
        <title .textContent=${say(entry.year, entry.text)}></title>
        <rect class="hit" x="${i * band}%" width="${band}%" y=${L.top} height=${L.plotHeight}></rect>
        ${segments}
        ${chosen ? svg`<rect class="outline" x="${x}%" width="${barWidth}%" y=${y(sum)} height=${axisY - y(sum)}></rect>` : nothing}
        <text class="x-label ${labelClasses(entry.year)}" x="${(i + 0.5) * band}%" y=${axisY + 18} text-anchor="middle">${entry.year}</text>
      </g>`;
    };

    // Six columns need more than 320 px: the table scrolls sideways in its own box (#numbers), which the keyboard can reach.
    return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${patternDefs(STATUSES, 'tl-')}</defs></svg>
      <ul class="legend" part="legend">
        ${view.series.map(
          ({ value, label }) => html`<li>
            <svg class="swatch" aria-hidden="true" viewBox="0 0 18 18"><rect class="segment ${value}" width="18" height="18" fill=${value === NOT_REGISTERED ? nothing : `url(#tl-${value})`}></rect></svg>${label}
          </li>`,
        )}
      </ul>
      <p id="chart-title" class="visually-hidden">${m.chartTitle(first, last)}</p>
      <svg class="chart-svg ${choosable ? 'choosable' : ''}" part="chart" role="img" height=${axisY + L.axisHeight} aria-labelledby="chart-title" aria-describedby="chart-desc">
        <desc id="chart-desc">${years.map((entry) => say(entry.year, entry.text)).join('. ')}.</desc>
        <g class="grid">
          ${ticks.map(
            (v) => svg`<line class="gridline ${v === total ? 'total' : ''}" x1="0%" x2="100%" y1=${y(v)} y2=${y(v)}></line>
              <text class="tick" x="-6" y=${y(v)} text-anchor="end" dominant-baseline="central">${formatNumber(v, lang)}</text>`,
          )}
        </g>
        ${years.map(bar)}
      </svg>
      <div class="actions no-print">
        <button type="button" class="button" part="table-toggle" aria-expanded=${this._tableOpen ? 'true' : 'false'} aria-controls="numbers" @click=${() => (this._tableOpen = !this._tableOpen)}>
          ${m.tableToggle}
        </button>
        <button type="button" class="button" part="download" @click=${() => this.download()}>${m.download}</button>
      </div>
      <div id="numbers" class="numbers ${this._tableOpen ? 'open' : ''}" part="table" role="region" tabindex="0" aria-labelledby="numbers-caption">
        <table>
          <caption id="numbers-caption">${m.tableCaption(view.total, first, last)}</caption>
          <thead>
            <tr><th scope="col">${LABELS[lang].year}</th>${view.series.map(({ label }) => html`<th scope="col">${label}</th>`)}</tr>
          </thead>
          <tbody>
            ${years.map(
              (entry) => html`<tr data-year=${entry.year} aria-current=${entry.year === selected ? 'true' : nothing}>
                <th scope="row">${entry.year}</th>${TIMELINE_VALUES.map((value) => html`<td>${formatNumber(entry.counts[value], lang)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
