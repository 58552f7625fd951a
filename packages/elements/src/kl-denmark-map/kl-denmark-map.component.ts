import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  compareDanish,
  entryFor,
  isStated,
  municipalityByCode,
  foldName,
  municipalityValues,
  NOT_REGISTERED,
  resolveMunicipality,
  resolveMunicipalityList,
  resolveRegion,
  statusAt,
  type Dataset,
  type Municipality,
  type MunicipalityValues,
} from '@kl-digital/core';
import { fitViewBox, geometry, unionBBox, type BBox, type MapShape } from '@kl-digital/core/geo';
import { KlElement } from '../shared/kl-element.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { patternDefs, patternStyles } from '../shared/svg-patterns.js';
import type { FilterChangeDetail, MunicipalitySelectDetail } from '../shared/events.js';
import { ARROW_DIRECTIONS, COLOR_BY_VALUES, MAP_DEFAULTS, MAP_EVENTS, MAP_VARIANTS, type ColorBy, type MapVariant } from './kl-denmark-map.defs.js';
import { mapStyles } from './kl-denmark-map.styles.js';

const SHAPES = new Map(geometry.municipalities.map((shape) => [shape.code, shape]));
const FULL_VIEW: [number, number, number, number] = [0, 0, geometry.width, geometry.height];

const normalise = (value: string | null | undefined) => String(value ?? '').trim().toLowerCase();

/** Internal state that changes with every pointer move or key press. */
const INTERACTION_STATE = new Set(['_tooltip', '_active', '_listOpen']);

// The municipalities in Danish name order, once per dataset (list, Home/End, type-ahead).
const sortedByName = new WeakMap<Dataset, Municipality[]>();
function byName(dataset: Dataset): Municipality[] {
  let sorted = sortedByName.get(dataset);
  if (!sorted) sortedByName.set(dataset, (sorted = [...dataset.municipalities].sort((a, b) => compareDanish(a.name, b.name))));
  return sorted;
}

interface Tooltip {
  code: string;
  /** What opened it: a pointer over a shape, or focus (keyboard or tap); only a pointer's closes on leave. */
  source: 'pointer' | 'focus';
  /** Position in percent of the map's box. */
  x: number;
  y: number;
}

/**
 * A choropleth map of the 98 Danish municipalities from KL's mapping of their digital strategies.
 *
 * @tagname kl-denmark-map
 * @summary Map of the municipalities coloured by category, status or region, with legend, tooltip, selection and keyboard navigation.
 *
 * @attr color-by - What the colours show: `category` (default), `status` (at `as-of`) or `region`.
 * @attr selected - The selected municipality: a code (`0340`) or any name people write (`Sorø Kommune`). Reflects the user's choice as a code.
 * @attr highlight - One or more municipalities to emphasise, separated by commas or spaces (`Sorø, 0101`).
 * @attr zoom-to-highlight - Zoom the map to fit the highlighted municipalities.
 * @attr subset - Municipalities to keep (codes or names, comma- or space-separated); the others are dimmed. Present but empty dims all (a search with no results).
 * @attr region - A region to zoom to: a code (`1085`) or a name (`Sjælland`).
 * @attr filter - Legend values to keep (space-separated, e.g. `strategy principles`); the others are dimmed.
 * @attr variant - `full` (default), or `locator`: only the map, not interactive, with the highlighted municipalities in the accent colour (for cards).
 * @attr heading - The map's accessible name; default "Kort over kommunernes strategiske arbejde med digitalisering".
 * @attr src - URL of a dataset JSON to load and validate instead of the bundled dataset.
 * @attr lang - `da` (default) or `en`; inherited from the page when not set.
 * @attr as-of - The date statuses are taken at, `YYYY-MM-DD`; default today.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr load-timeout - Seconds before a `src` load gives up (default 15).
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @fires {MunicipalitySelectEvent} kl-municipality-select - A municipality was selected (`{ code, name }`), or the selection cleared (`{ code: null, name: null }`).
 * @fires {FilterChangeEvent} kl-filter-change - The legend filter changed (`{ colorBy, values }`; empty values: all shown).
 * @fires {DataErrorEvent} kl-data-error - The dataset from `src` failed to load or validate (`{ message }`).
 *
 * @csspart base - The element's box.
 * @csspart map - The SVG map.
 * @csspart municipality - Each municipality's shape (also `selected`, `highlighted`, `dimmed` where they apply).
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend.
 * @csspart legend-item - Each legend button.
 * @csspart attribution - The attribution line of the geodata.
 * @csspart list - The text alternative: the municipalities as a list.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-strategy - Fill of `strategy` (and of the other values: `--kl-color-principles`, `--kl-color-model-policy`, `--kl-color-part-of-other`, `--kl-color-none`, `--kl-color-not-registered`, `--kl-color-current`, `--kl-color-expired`, `--kl-color-upcoming`, `--kl-color-unknown`, `--kl-color-1081` ... `--kl-color-1085`).
 * @cssprop --kl-color-line - Borders between municipalities.
 * @cssprop --kl-color-region-line - Borders between regions.
 * @cssprop --kl-color-focus - Focus and selection outline.
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlDenmarkMap extends KlElement {
  static override styles = [...KlElement.styles, patternStyles, mapStyles];

  static override properties = {
    ...KlElement.properties,
    colorBy: { type: String, attribute: 'color-by', reflect: true },
    selected: { type: String, reflect: true },
    highlight: { type: String },
    zoomToHighlight: { type: Boolean, attribute: 'zoom-to-highlight' },
    region: { type: String },
    subset: { type: String },
    filter: { type: String, reflect: true },
    heading: { type: String },
    variant: { type: String, reflect: true },
    _active: { state: true },
    _tooltip: { state: true },
    _listOpen: { state: true },
  };

  /** What the colours show: `category`, `status` or `region`. */
  declare colorBy: ColorBy;
  /** The selected municipality, as a code or a name; null for none. */
  declare selected: string | null;
  /** Municipalities to emphasise (codes or names, comma- or space-separated). */
  declare highlight: string | null;
  /** Zoom to fit the highlighted municipalities. */
  declare zoomToHighlight: boolean;
  /** A region to zoom to, by code or name. */
  declare region: string | null;
  /** Municipalities to keep; the others are dimmed. Null keeps all; empty keeps none. */
  declare subset: string | null;
  /** Legend values to keep, space-separated; empty keeps all. */
  declare filter: string | null;
  /** Accessible name of the map. */
  declare heading: string | null;
  /** `full`, or `locator` for a small, static map that shows where the highlighted municipalities are. */
  declare variant: MapVariant;
  declare private _active: string | null;
  declare private _tooltip: Tooltip | null;
  declare private _listOpen: boolean;

  private typed = '';
  private typedAt = 0;
  private lastPointer = 'mouse';
  // Derived in willUpdate from attributes and data; render reads them.
  private view: MunicipalityValues = { values: new Map(), legend: [] };
  private selectedCode: string | null = null;
  private highlighted = new Set<string>();
  private kept = new Set<string>();
  private subsetCodes: Set<string> | null = null;
  private viewBox: [number, number, number, number] = FULL_VIEW;
  private effectiveColorBy: ColorBy = MAP_DEFAULTS.colorBy;
  private effectiveVariant: MapVariant = 'full';
  private labels = new Map<string, string>();

  constructor() {
    super();
    this.colorBy = MAP_DEFAULTS.colorBy;
    this.selected = null;
    this.highlight = null;
    this.zoomToHighlight = false;
    this.region = null;
    this.subset = null;
    this.filter = null;
    this.heading = null;
    this.variant = 'full';
    this._active = null;
    this._tooltip = null;
    this._listOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A pointer move or an arrow key changes only the tooltip or the focused shape: nothing
    // derived from the attributes or the data changes, so nothing is derived again.
    if (this.hasUpdated && [...changed.keys()].every((key) => INTERACTION_STATE.has(key as string))) {
      const notices = this.notices;
      super.willUpdate(changed);
      this.notices = notices;
      return;
    }
    super.willUpdate(changed);
    const dataset = this.data;
    if (!dataset) return;
    const t = this.t;

    // Values are read as editors type them: any case, surrounding spaces.
    this.effectiveVariant = normalise(this.variant) as MapVariant;
    if (!(MAP_VARIANTS as readonly string[]).includes(this.effectiveVariant)) {
      this.notice(t.invalidValue('variant', String(this.variant), [...MAP_VARIANTS]));
      this.effectiveVariant = 'full';
    }
    const colorBy = normalise(this.colorBy);
    this.effectiveColorBy = (COLOR_BY_VALUES as readonly string[]).includes(colorBy) ? (colorBy as ColorBy) : MAP_DEFAULTS.colorBy;
    if (this.effectiveColorBy !== colorBy) this.notice(t.invalidValue('color-by', String(this.colorBy), [...COLOR_BY_VALUES]));
    this.view = municipalityValues(dataset, { colorBy: this.effectiveColorBy, asOf: this.asOfDate });

    this.selectedCode = null;
    if (this.selected) {
      const result = resolveMunicipality(dataset, this.selected);
      if (result.found) this.selectedCode = result.municipality.code;
      else this.notice(t.unknownMunicipality('selected', result.query, result.suggestions.map((m) => m.name)));
    }

    this.highlighted = new Set();
    if (this.highlight) {
      const result = resolveMunicipalityList(dataset, this.highlight);
      this.highlighted = new Set(result.found.map((m) => m.code));
      for (const miss of result.unknown) this.notice(t.unknownMunicipality('highlight', miss.query, miss.suggestions.map((m) => m.name)));
    }

    this.subsetCodes = null;
    if (this.subset !== null && this.subset !== undefined) {
      const result = resolveMunicipalityList(dataset, this.subset);
      this.subsetCodes = new Set(result.found.map((m) => m.code));
      for (const miss of result.unknown) this.notice(t.unknownMunicipality('subset', miss.query, miss.suggestions.map((m) => m.name)));
    }

    const legendValues = new Set(this.view.legend.map((item) => item.value));
    this.kept = new Set();
    for (const value of normalise(this.filter).split(/[\s,]+/).filter(Boolean)) {
      if (legendValues.has(value)) this.kept.add(value);
      else this.notice(t.invalidValue('filter', value, [...legendValues]));
    }

    let box: BBox | null = null;
    if (this.region) {
      const result = resolveRegion(dataset, this.region);
      if (result.found) box = geometry.regions.find((r) => r.code === result.region.code)?.bbox ?? null;
      else this.notice(t.unknownRegion('region', result.query, result.suggestions.map((r) => (this.language === 'en' ? r.nameEn : r.name))));
    }
    if (this.zoomToHighlight && this.highlighted.size > 0) {
      box = unionBBox([...this.highlighted].map((code) => SHAPES.get(code)!.bbox));
    }
    // Each label is read by the shape and by the text list: computed once per update.
    this.labels = new Map(dataset.municipalities.map((m) => [m.code, this.describeMunicipality(dataset, m.code)]));
    this.viewBox = box ? fitViewBox(box, geometry.width / geometry.height, MAP_DEFAULTS.zoomPadding, [0, 0, geometry.width, geometry.height]) : FULL_VIEW;
  }

  protected override render(): TemplateResult {
    return this.renderWithData((dataset) => (this.effectiveVariant === 'locator' ? this.renderLocator(dataset) : this.renderMap(dataset)));
  }

  /** The locator: the shapes only, static, the highlighted ones in the accent colour. */
  private renderLocator(dataset: Dataset): TemplateResult {
    const names = [...this.highlighted].map((code) => municipalityByCode(dataset, code)?.name ?? code);
    const label = this.heading || (names.length > 0 ? this.t.locatorLabel(names) : this.t.mapTitle);
    return html`<div class="root locator" part="base">
      <svg part="map" class="map" viewBox=${this.viewBox.join(' ')} role="img" aria-label=${label}>
        <g class="frames">
          ${this.renderFrame(geometry.bornholm.frame, 'frame')} ${this.renderFrame(geometry.enlargement.frame, 'frame')}
          ${this.renderFrame(geometry.enlargement.area, 'area')}
        </g>
        <path class="land" d=${geometry.land}></path>
        <g class="municipalities">
          ${geometry.municipalities.map(
            (shape) => svg`<path class="m ${this.highlighted.has(shape.code) ? 'hl' : ''}" part=${this.highlighted.has(shape.code) ? 'municipality highlighted' : 'municipality'} data-code=${shape.code} d=${shape.d}></path>`,
          )}
        </g>
        <path class="region-borders" d=${geometry.regionBorders}></path>
        <g class="enlargement">
          ${geometry.enlargement.shapes.map((shape) => svg`<path class="m enlarged ${this.highlighted.has(shape.code) ? 'hl' : ''}" d=${shape.d}></path>`)}
          <path class="region-borders" d=${geometry.enlargement.regionBorders}></path>
        </g>
      </svg>
      <p class="attribution" part="attribution">${geometry.attribution}</p>
    </div>`;
  }

  private renderMap(dataset: Dataset): TemplateResult {
    const t = this.t;
    const zoomed = this.viewBox !== FULL_VIEW;
    const active = this._active && SHAPES.has(this._active) ? this._active : null;
    const ring = (code: string | null, kind: string) => {
      const shape = code ? SHAPES.get(code) : undefined;
      return shape ? svg`<path class="ring ${kind}" d=${shape.d} aria-hidden="true"></path>` : nothing;
    };
    const tooltip = this._tooltip;
    return html`<div class="root" part="base">
      ${this.renderNotices()}
      <div class="stage">
        <svg
          part="map"
          class="map ${zoomed ? 'zoomed' : ''}"
          viewBox=${this.viewBox.join(' ')}
          role="listbox"
          tabindex="0"
          aria-label=${this.heading || t.mapTitle}
          aria-describedby="description"
          aria-activedescendant=${active ? `m-${active}` : nothing}
          @keydown=${this.onKeyDown}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
          @pointerdown=${this.onPointerDown}
          @pointerover=${this.onPointerOver}
          @pointermove=${this.onPointerMove}
          @pointerout=${this.onPointerOut}
          @click=${this.onClick}
        >
          ${this.renderPatterns()}
          <g class="frames" aria-hidden="true">
            ${this.renderFrame(geometry.bornholm.frame, 'frame')}
            ${this.renderFrame(geometry.enlargement.frame, 'frame')}
            ${this.renderFrame(geometry.enlargement.area, 'area')}
          </g>
          <path class="land" d=${geometry.land} aria-hidden="true"></path>
          <g class="municipalities">${geometry.municipalities.map((shape) => this.renderShape(shape))}</g>
          <path class="region-borders" d=${geometry.regionBorders} aria-hidden="true"></path>
          <g class="enlargement" aria-hidden="true">
            ${geometry.enlargement.shapes.map((shape) => this.renderEnlarged(shape.code, shape.d))}
            <path class="region-borders" d=${geometry.enlargement.regionBorders}></path>
            <text class="frame-label" x=${geometry.enlargement.frame.x + 6} y=${geometry.enlargement.frame.y + geometry.enlargement.frame.height - 8}>${t.enlargement}</text>
          </g>
          ${ring(this.selectedCode, 'selected')} ${ring(active, 'active')}
        </svg>
        ${tooltip ? this.renderTooltip(dataset, tooltip) : nothing}
      </div>
      <p id="description" class="visually-hidden">${this.describe(dataset)} ${t.mapHelp}</p>
      ${this.renderLegend(dataset)}
      <p class="attribution" part="attribution">${geometry.attribution}</p>
      ${this.renderList(dataset)}
    </div>`;
  }

  private renderFrame(frame: { x: number; y: number; width: number; height: number }, kind: string) {
    return svg`<rect class=${kind} x=${frame.x} y=${frame.y} width=${frame.width} height=${frame.height}></rect>`;
  }

  private renderPatterns() {
    return svg`<defs>${patternDefs(this.view.legend.map(({ value }) => value))}</defs>`;
  }

  private renderShape(shape: MapShape) {
    const value = this.view.values.get(shape.code) ?? NOT_REGISTERED;
    const selected = shape.code === this.selectedCode;
    const highlighted = this.highlighted.has(shape.code);
    const dimmed = this.isDimmed(shape.code, value);
    const parts = ['municipality', selected && 'selected', highlighted && 'highlighted', dimmed && 'dimmed'].filter(Boolean).join(' ');
    return svg`<path
      id="m-${shape.code}"
      part=${parts}
      class="m ${dimmed ? 'dim' : ''} ${highlighted ? 'hl' : ''}"
      data-code=${shape.code}
      data-value=${value}
      fill="url(#p-${value})"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.labels.get(shape.code) ?? shape.code}
      d=${shape.d}
    ></path>`;
  }

  private renderEnlarged(code: string, d: string) {
    const value = this.view.values.get(code) ?? NOT_REGISTERED;
    const dimmed = this.isDimmed(code, value);
    return svg`<path class="m enlarged ${dimmed ? 'dim' : ''} ${this.highlighted.has(code) ? 'hl' : ''} ${code === this.selectedCode ? 'sel' : ''}"
      data-code=${code} fill="url(#p-${value})" d=${d}></path>`;
  }

  private isDimmed(code: string, value: string): boolean {
    if (this.kept.size > 0 && !this.kept.has(value)) return true;
    if (this.subsetCodes && !this.subsetCodes.has(code)) return true;
    return this.highlighted.size > 0 && !this.highlighted.has(code);
  }

  private renderTooltip(dataset: Dataset, tooltip: Tooltip) {
    const t = this.t;
    const municipality = municipalityByCode(dataset, tooltip.code);
    if (!municipality) return nothing;
    const entry = entryFor(dataset, municipality.code);
    const region = dataset.regions.find((r) => r.code === municipality.regionCode);
    const below = tooltip.y < 30;
    const left = tooltip.x > 60;
    return html`<div
      class="tooltip ${below ? 'below' : 'above'} ${left ? 'left' : 'right'}"
      part="tooltip"
      aria-hidden="true"
    >
      <strong>${municipality.name}</strong>
      ${this.effectiveColorBy === 'region' && region ? html`<span>${this.language === 'en' ? region.nameEn : region.name}</span>` : nothing}
      ${entry
        ? html`<dl>
            <dt>${t.category}</dt><dd>${this.valueLabel(dataset, entry.category)}</dd>
            <dt>${t.form}</dt><dd>${isStated(entry.form) ? entry.form : t.notStated}</dd>
            <dt>${t.period}</dt><dd>${isStated(entry.period.text) ? entry.period.text : t.notStated}</dd>
            <dt>${t.statusLabel}</dt><dd>${t.status[statusAt(entry, this.asOfDate)]}</dd>
          </dl>`
        : html`<span>${t.notRegistered}</span>`}
      ${this.lastPointer === 'touch' && tooltip.code !== this.selectedCode ? html`<em>${t.tapAgain}</em>` : nothing}
    </div>`;
  }

  private renderLegend(dataset: Dataset) {
    const t = this.t;
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <p id="legend-title" class="legend-title">${t.legend}<span class="visually-hidden">. ${t.legendHelp}</span></p>
      <ul>
        ${this.view.legend.map(
          ({ value, count }) => html`<li>
            <button
              type="button"
              class="legend-item"
              part="legend-item"
              data-value=${value}
              aria-pressed=${this.kept.has(value) ? 'true' : 'false'}
              @click=${() => this.toggleFilter(value)}
            >
              <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><rect width="18" height="18" fill="url(#p-${value})"></rect></svg>
              <span class="label">${this.valueLabel(dataset, value)}</span>
              <span class="count">${formatNumber(count, this.language)}</span>
            </button>
          </li>`,
        )}
        ${this.kept.size > 0
          ? html`<li><button type="button" class="legend-item reset" @click=${() => this.setFilter([])}>${t.showAll}</button></li>`
          : nothing}
      </ul>
    </div>`;
  }

  private renderList(dataset: Dataset) {
    const t = this.t;
    // Built when opened: closed, it is not read by anyone, and sorting in Danish costs the first
    // render ICU's collation data.
    return html`<details class="list no-print" part="list" @toggle=${(event: Event) => (this._listOpen = (event.target as HTMLDetailsElement).open)}>
      <summary>${t.asList}</summary>
      ${this._listOpen ? html`<ul>${byName(dataset).map((m) => html`<li>${this.labels.get(m.code) ?? m.name}</li>`)}</ul>` : nothing}
    </details>`;
  }

  /** A label for a legend value in the element's language. */
  private valueLabel(dataset: Dataset, value: string): string {
    const t = this.t;
    if (value === NOT_REGISTERED) return t.notRegistered;
    const category = dataset.categories.find((c) => c.id === value);
    if (category) return category.label[this.language];
    const region = dataset.regions.find((r) => r.code === value);
    if (region) return this.language === 'en' ? region.nameEn : region.name;
    return t.status[value] ?? value;
  }

  /** What a screen reader hears for a municipality: name, value, and the entry's form, period and status. */
  private describeMunicipality(dataset: Dataset, code: string): string {
    const t = this.t;
    const municipality = municipalityByCode(dataset, code);
    const name = municipality?.name ?? code;
    const value = this.view.values.get(code) ?? NOT_REGISTERED;
    const entry = entryFor(dataset, code);
    const parts = [`${name}: ${this.valueLabel(dataset, value)}`];
    if (entry && this.effectiveColorBy !== 'category') parts.push(this.valueLabel(dataset, entry.category));
    if (entry && isStated(entry.form)) parts.push(entry.form);
    if (entry && entry.period.kind !== 'none') parts.push(`${t.period.toLowerCase()} ${entry.period.text.trim()}`);
    if (entry && this.effectiveColorBy !== 'status') parts.push(t.status[statusAt(entry, this.asOfDate)]!.toLowerCase());
    if (code === this.selectedCode) parts.push(t.selected);
    // What the eye sees as emphasis or dimming, a screen reader hears too.
    if (this.highlighted.has(code)) parts.push(t.highlighted);
    else if (this.isDimmed(code, value)) parts.push(t.dimmed);
    return parts.join(', ');
  }

  private describe(dataset: Dataset): string {
    const t = this.t;
    const colorText = t.colorByText[this.effectiveColorBy] ?? '';
    const when = this.effectiveColorBy === 'status' ? ` ${t.statusAt(formatDate(this.asOfDate, this.language))}.` : '';
    const counts = this.view.legend.map(({ value, count }) => `${this.valueLabel(dataset, value)}: ${t.municipalitiesCount(count)}`).join('; ');
    const filtered = this.kept.size > 0 ? ` ${t.filteredTo([...this.kept].map((value) => this.valueLabel(dataset, value)))}` : '';
    return `${colorText}${when} ${counts}.${filtered}`;
  }

  protected override updated(): void {
    // Positioned through the CSSOM, never a style attribute: pages with a strict CSP
    // (style-src 'self') refuse inline style attributes, including Lit's styleMap on first render.
    const element = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (element && this._tooltip) {
      element.style.setProperty('left', `${this._tooltip.x}%`);
      element.style.setProperty('top', `${this._tooltip.y}%`);
      // Kept inside the map's box: in a narrow column a tooltip that starts mid-map would stick
      // out on the right (and scroll the page sideways at 320 px).
      element.style.removeProperty('translate');
      const stage = element.parentElement!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const dx = box.right > stage.right ? stage.right - box.right : box.left < stage.left ? stage.left - box.left : 0;
      if (dx !== 0) element.style.setProperty('translate', `${Math.round(dx)}px 0`);
    }
  }

  // ---- interaction -------------------------------------------------------------------------

  private toggleFilter(value: string): void {
    const next = new Set(this.kept);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    this.setFilter([...next]);
  }

  private setFilter(values: string[]): void {
    this.filter = values.length > 0 ? values.join(' ') : null;
    const detail: FilterChangeDetail = { colorBy: this.effectiveColorBy, values };
    this.dispatchEvent(new CustomEvent(MAP_EVENTS.filter, { detail, bubbles: true, composed: true }));
  }

  /** Selects a municipality by code (null clears) and tells the page. */
  private choose(code: string | null): void {
    const municipality: Municipality | undefined = code && this.data ? municipalityByCode(this.data, code) : undefined;
    this.selected = municipality ? municipality.code : null;
    const detail: MunicipalitySelectDetail = { code: municipality?.code ?? null, name: municipality?.name ?? null };
    this.dispatchEvent(new CustomEvent(MAP_EVENTS.select, { detail, bubbles: true, composed: true }));
  }

  private codeAt(event: Event): string | null {
    const target = event.composedPath()[0];
    return target instanceof SVGElement ? target.getAttribute('data-code') : null;
  }

  private pointerTooltip(code: string, event: PointerEvent): Tooltip {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    return {
      code,
      source: 'pointer',
      x: ((event.clientX - box.left) / Math.max(box.width, 1)) * 100,
      y: ((event.clientY - box.top) / Math.max(box.height, 1)) * 100,
    };
  }

  private shapeTooltip(code: string): Tooltip {
    const shape = SHAPES.get(code)!;
    const [x, y, w, h] = this.viewBox;
    const clamp = (n: number) => Math.min(100, Math.max(0, n));
    return { code, source: 'focus', x: clamp(((shape.centroid[0] - x) / w) * 100), y: clamp(((shape.centroid[1] - y) / h) * 100) };
  }

  private onPointerDown = (event: PointerEvent): void => {
    this.lastPointer = event.pointerType || 'mouse';
  };

  private onPointerOver = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const code = this.codeAt(event);
    if (code) this._tooltip = this.pointerTooltip(code, event);
    else if (this._tooltip?.source === 'pointer') this._tooltip = null;
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || this._tooltip?.source !== 'pointer') return;
    const code = this.codeAt(event);
    if (code === this._tooltip.code) this._tooltip = this.pointerTooltip(code, event);
  };

  private onPointerOut = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    const stillOnShape = to instanceof SVGElement && to.hasAttribute('data-code');
    if (!stillOnShape && this._tooltip?.source === 'pointer') this._tooltip = null;
  };

  private onClick = (event: MouseEvent): void => {
    const code = this.codeAt(event);
    if (!code) return;
    if (this.lastPointer === 'touch' && this._tooltip?.code !== code) {
      // First tap shows what it is; the second selects.
      this._tooltip = this.shapeTooltip(code);
      return;
    }
    this._active = code;
    this.choose(code);
  };

  private onFocus = (): void => {
    if (!this._active) this._active = this.selectedCode ?? this.sortedCodes()[0] ?? null;
    if (this._active) this._tooltip = this.shapeTooltip(this._active);
  };

  private onBlur = (): void => {
    this._tooltip = null;
  };

  private sortedCodes(): string[] {
    return this.data ? byName(this.data).map((m) => m.code) : [];
  }

  private moveTo(code: string | null | undefined): void {
    if (!code) return;
    this._active = code;
    this._tooltip = this.shapeTooltip(code);
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const active = this._active ?? this.selectedCode ?? this.sortedCodes()[0] ?? null;
    const direction = ARROW_DIRECTIONS[event.key as keyof typeof ARROW_DIRECTIONS];
    if (direction) {
      event.preventDefault();
      this.moveTo(active && SHAPES.get(active)?.next[direction] ? SHAPES.get(active)!.next[direction] : active);
      return;
    }
    switch (event.key) {
      case 'Home':
        event.preventDefault();
        this.moveTo(this.sortedCodes()[0]);
        return;
      case 'End':
        event.preventDefault();
        this.moveTo(this.sortedCodes().at(-1));
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (active) {
          this._active = active;
          this.choose(active);
        }
        return;
      case 'Escape':
        if (this.selectedCode || this._tooltip) event.preventDefault();
        this._tooltip = null;
        if (this.selectedCode) this.choose(null);
        return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && /\S/.test(event.key)) {
      this.typeAhead(event.key);
    }
  };

  private typeAhead(char: string): void {
    const dataset = this.data;
    if (!dataset) return;
    const now = performance.now();
    this.typed = now - this.typedAt > MAP_DEFAULTS.typeAheadMs ? char : this.typed + char;
    this.typedAt = now;
    const wanted = foldName(this.typed);
    const names = byName(dataset);
    // Repeating one letter cycles through the names that start with it.
    const cycling = this.typed.length > 1 && [...this.typed].every((c) => c === char);
    const prefix = cycling ? foldName(char) : wanted;
    const matches = names.filter((m) => foldName(m.name).startsWith(prefix));
    if (matches.length === 0) return;
    const current = matches.findIndex((m) => m.code === this._active);
    const next = cycling ? matches[(current + 1) % matches.length] : current >= 0 && this.typed.length === 1 ? matches[(current + 1) % matches.length] : matches[0];
    this.moveTo(next?.code);
  }
}
