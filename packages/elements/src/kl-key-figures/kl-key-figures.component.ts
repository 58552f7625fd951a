import { html, nothing, svg, type TemplateResult } from 'lit';
import { ticks as niceTicks } from 'd3-array';
import { formatDate, formatNumber, keyFiguresView, type KeyFiguresView } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';
import { categories } from '@kl-digital/core/data/categories';
import { entryFacts } from '@kl-digital/core/data/entry-facts';
import { mapping } from '@kl-digital/core/data/mapping';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { renderHeading } from '../shared/heading.js';
import { patternDefs, patternStyles } from '../shared/svg-patterns.js';
import { CHART_LAYOUT, KEY_FIGURE_SECTIONS, KEY_FIGURES_ATTRIBUTES } from './kl-key-figures.defs.js';
import { keyFiguresMessages } from './kl-key-figures.messages.js';
import { keyFiguresStyles } from './kl-key-figures.styles.js';

/** A heading of the element's level (see shared/heading.ts). */
function heading(level: number, id: string | undefined, content: unknown, className = ''): TemplateResult {
  return renderHeading(level, content, { id, className: className || undefined });
}

/** Text with a line-break opportunity after each slash (`strategi/principper`), text unchanged. */
function breakable(text: string): unknown[] {
  return text.split('/').flatMap((part, i) => (i === 0 ? [part] : [html`/<wbr>`, part]));
}

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = { ...places, ...categories, ...entryFacts, ...mapping };

/**
 * The key figures of KL's mapping as KL published them, beside what the mapping's own list of
 * entries counts at a date, with a note where the two differ, a bar chart of both, and the
 * five kinds of strategic document with their traits.
 *
 * @tagname kl-key-figures
 * @summary The mapping's published key figures, what the data counts beside them, a chart of both, and the five kinds of document.
 *
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 *
 * @csspart base - The element's box.
 * @csspart published - The published figures, as KL published them.
 * @csspart figure - Each published figure.
 * @csspart counted - What the data counts.
 * @csspart counted-figure - Each counted figure.
 * @csspart note - The note on why a counted figure differs from the published one (or, where they agree, that the municipalities need not be the same).
 * @csspart paragraph - The mapping's own paragraph behind a published figure, verbatim.
 * @csspart chart - The chart part: heading, legend, SVG and its table.
 * @csspart chart-svg - The chart's SVG.
 * @csspart legend - The chart's legend.
 * @csspart table - The chart's numbers as a table (visually hidden; read by screen readers).
 * @csspart kinds - The five kinds of document.
 * @csspart kind - Each kind's card.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-published - Fill of the published figures' bars (default the accent colour).
 * @cssprop --kl-color-counted - Fill of the counted figures' bars (hatched).
 * @cssprop --kl-color-strategy - Swatch of `strategy` (and `--kl-color-principles`, `--kl-color-model-policy`, `--kl-color-part-of-other`, `--kl-color-none`).
 * @cssprop --kl-color-accent - The big numbers and the published bars.
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-text-muted - Secondary text and the chart's ticks.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-color-surface-raised - Background of the cards.
 * @cssprop --kl-color-border - Borders of the cards and the chart's grid lines.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlKeyFigures extends withAttributes(KEY_FIGURES_ATTRIBUTES, keyFiguresMessages, DATA) {
  static override styles = [...KlElement.styles, patternStyles, keyFiguresStyles];

  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: KeyFiguresView | null = null;


  /** The parts shown: those asked for, always in their own order; none asked for shows all. */
  private get shown(): ReadonlySet<string> {
    return new Set(this.attrs.sections.length > 0 ? this.attrs.sections : KEY_FIGURE_SECTIONS);
  }

  private get level(): number {
    return this.attrs.headingLevel;
  }

  protected override derive(data: typeof DATA): void {
    this.view = keyFiguresView(data, { asOf: this.asOfDate, lang: this.language });
  }

  protected override render(): TemplateResult {
    return this.renderData(() => this.renderContent(this.view!));
  }

  private n(value: number): string {
    return formatNumber(value, this.language);
  }

  private renderContent(view: KeyFiguresView): TemplateResult {
    const shown = this.shown;
    return html`<div class="root" part="base">
      ${this.renderNotices()} ${this.renderPatterns(view)}
      ${shown.has('published') ? this.renderPublished(view) : nothing}
      ${shown.has('counted') ? this.renderCounted(view) : nothing}
      ${shown.has('chart') ? this.renderChart(view) : nothing}
      ${shown.has('kinds') ? this.renderKinds(view) : nothing}
    </div>`;
  }

  // The chart's two series, and the categories' fills shared with the map (see svg-patterns.ts).
  private renderPatterns(view: KeyFiguresView): TemplateResult {
    const categories = view.kinds.map(({ category }) => category.id);
    return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern id="kf-published" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect class="fill-published" width="8" height="8"></rect>
        </pattern>
        <pattern id="kf-counted" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect class="fill-counted" width="8" height="8"></rect>
          <rect class="stripe" width="2.5" height="8"></rect>
        </pattern>
        ${patternDefs(categories, 'kf-')}
      </defs>
    </svg>`;
  }

  private renderPublished(view: KeyFiguresView): TemplateResult {
    const m = this.m;
    const en = this.language === 'en';
    return html`<section class="section published" part="published" aria-labelledby="published-heading">
      ${heading(this.level, 'published-heading', m.publishedHeading)}
      <ul class="figures">
        ${view.published.map((figure) => {
          const english = en ? m.wording[figure.id] : undefined;
          return html`<li class=${figure.paragraph ? 'figure with-paragraph' : 'figure'} part="figure" data-id=${figure.id}>
            <p class="value"><span class="number">${this.n(figure.value)}</span> <span class="of">${m.of(figure.of)}</span></p>
            ${english
              ? html`<p class="wording">${breakable(english)}</p>
                  <p class="original">${m.danishOriginal} <q lang="da">${breakable(figure.wording)}</q></p>`
              : html`<p class="wording" lang=${en ? 'da' : nothing}>${breakable(figure.wording)}</p>`}
            ${figure.paragraph
              ? html`<p class="paragraph" part="paragraph">${m.paragraphIntro} <q lang="da">${breakable(figure.paragraph)}</q></p>`
              : nothing}
          </li>`;
        })}
      </ul>
      <p class="source">${m.source(view.source)}</p>
    </section>`;
  }

  private renderCounted(view: KeyFiguresView): TemplateResult {
    const m = this.m;
    const first = view.comparison[0];
    const date = formatDate(this.asOfDate, this.language);
    return html`<section class="section counted" part="counted" aria-labelledby="counted-heading">
      ${heading(this.level, 'counted-heading', m.countedHeading)}
      <p class="as-of">${m.countedAt(date)}</p>
      ${first ? html`<p class="intro">${m.countedIntro(first.listed, view.fromText, first.of)}</p>` : nothing}
      <ul class="figures">
        ${view.comparison.map(
          (figure) => html`<li class="figure" part="counted-figure" data-id=${figure.id}>
            <p class="value"><span class="number">${this.n(figure.counted)}</span> <span class="of">${m.of(figure.of)}</span></p>
            <p class="wording">${m.counted[figure.id](figure.counted)}</p>
            ${figure.notRegistered !== null ? html`<p class="not-registered">${m.notRegistered(figure.notRegistered)}</p>` : nothing}
            <p class="published-value">${m.publishedValue(figure.published)}</p>
            <p class="note" part="note" data-difference=${figure.difference ?? 'none'}>${figure.difference ? m.notes[figure.difference](figure) : m.sameCount}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderChart(view: KeyFiguresView): TemplateResult {
    const m = this.m;
    const figures = view.comparison;
    const of = Math.max(1, ...figures.map((f) => f.of));
    const date = formatDate(this.asOfDate, this.language);
    const { listed = 0, fromText = 0 } = figures[0] ?? {};
    const L = CHART_LAYOUT;
    // A linear scale is one line; d3-scale would bring d3-interpolate, -color and -format (25 KB) for it.
    const [r0, r1] = L.xRange;
    const x = (value: number) => r0 + (value / of) * (r1 - r0);
    const ticks = [...niceTicks(0, of, L.ticks).filter((v) => v <= of * 0.9), of];
    const groupHeight = L.labelHeight + 2 * L.barHeight + L.barGap + L.groupGap;
    const axisY = L.top + figures.length * groupHeight - L.groupGap + 4;
    const height = axisY + L.axisHeight;
    const summary = m.chartSummary(figures.map((f) => m.chartRow(m.short[f.id], f.published, f.counted, f.of)));

    const bar = (series: 'published' | 'counted', value: number, y: number) =>
      svg`<rect class="bar ${series}" data-series=${series} data-value=${value}
          x="${x(0)}%" y=${y} width="${x(value) - x(0)}%" height=${L.barHeight} fill="url(#kf-${series})"></rect>
        <text class="value-label ${series}" data-series=${series} x="${x(value)}%" dx="5" y=${y + L.barHeight / 2} dominant-baseline="central">${this.n(value)}</text>`;

    return html`<section class="section chart" part="chart" aria-labelledby="chart-heading">
      ${heading(this.level, 'chart-heading', m.chartHeading)}
      <p class="intro">${m.chartIntro(of, date, listed, fromText)}</p>
      <ul class="legend" part="legend">
        <li><svg class="swatch" aria-hidden="true" viewBox="0 0 18 18"><rect width="18" height="18" fill="url(#kf-published)"></rect></svg>${m.legendPublished}</li>
        <li><svg class="swatch" aria-hidden="true" viewBox="0 0 18 18"><rect class="counted-swatch" width="18" height="18" fill="url(#kf-counted)"></rect></svg>${m.legendCounted(listed + fromText)}</li>
      </ul>
      <span id="chart-title" hidden>${m.chartTitle}</span>
      <svg class="chart-svg" part="chart-svg" role="img" width="100%" height=${height} aria-labelledby="chart-title" aria-describedby="chart-desc">
        <desc id="chart-desc">${summary}</desc>
        <g class="grid">
          ${ticks.map(
            (v) => svg`<line class="gridline ${v === of ? 'of' : ''}" x1="${x(v)}%" x2="${x(v)}%" y1=${L.top} y2=${axisY}></line>
              <text class="tick" x="${x(v)}%" y=${axisY + 16} text-anchor="middle">${this.n(v)}</text>`,
          )}
        </g>
        ${figures.map((f, i) => {
          const y0 = L.top + i * groupHeight;
          return svg`<g class="group" data-id=${f.id}>
            <text class="group-label" x="${x(0)}%" y=${y0 + 15}>${m.short[f.id]}</text>
            ${bar('published', f.published, y0 + L.labelHeight)}
            ${bar('counted', f.counted, y0 + L.labelHeight + L.barHeight + L.barGap)}
          </g>`;
        })}
      </svg>
      <div class="visually-hidden">
        <table part="table">
          <caption>${m.tableCaption(of, date)}</caption>
          <thead>
            <tr><th scope="col">${m.figureColumn}</th><th scope="col">${m.legendPublished}</th><th scope="col">${m.legendCounted(listed + fromText)}</th></tr>
          </thead>
          <tbody>
            ${figures.map(
              (f) => html`<tr data-id=${f.id}><th scope="row">${m.short[f.id]}</th><td>${this.n(f.published)}</td><td>${this.n(f.counted)}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderKinds(view: KeyFiguresView): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const en = lang === 'en';
    return html`<section class="section kinds" part="kinds" aria-labelledby="kinds-heading">
      ${heading(this.level, 'kinds-heading', m.kindsHeading)}
      <ul class="kind-list">
        ${view.kinds.map(
          ({ category, label, description, count }) => html`<li class="kind" part="kind" data-id=${category.id}>
            ${heading(this.level + 1, undefined, html`<span lang=${en ? 'da' : nothing}>${category.kind}</span>`, 'kind-title')}
            ${en || category.label.da !== category.kind ? html`<p class="kind-label">${label}</p>` : nothing}
            <p class="count">
              <svg class="swatch" aria-hidden="true" viewBox="0 0 18 18"><rect width="18" height="18" fill="url(#kf-${category.id})"></rect></svg>
              ${m.kindCount(count)}
            </p>
            <p class="description">${description}</p>
            <p class="traits-title">${m.traits}</p>
            <ul class="traits" lang=${en ? 'da' : nothing}>
              ${category.traits.map((trait) => html`<li>${trait}</li>`)}
            </ul>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
