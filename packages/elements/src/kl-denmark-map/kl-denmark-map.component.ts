import { html, nothing, type TemplateResult } from 'lit';
import { mapShownCount, mapView, searchMunicipalities, type MapView, type MapViewOptions, type Municipality } from '@kl-digital/core';
import { fitViewBox, geometry, unionBBox, type BBox } from '@kl-digital/core/geo';
import { places } from '@kl-digital/core/data/places';
import { categories } from '@kl-digital/core/data/categories';
import { entryFacts } from '@kl-digital/core/data/entry-facts';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { renderHeading } from '../shared/heading.js';
import { ListboxController } from '../shared/controllers/listbox-controller.js';
import { TooltipController } from '../shared/controllers/tooltip-controller.js';
import { filterDetail } from '../shared/events/index.js';
import { patternStyles } from '../shared/svg-patterns.js';
import { MAP_ATTRIBUTES, MAP_DEFAULTS, type MapControl } from './kl-denmark-map.defs.js';
import { mapMessages } from './kl-denmark-map.messages.js';
import { mapStyles } from './kl-denmark-map.styles.js';
import type { DownloadFormat } from './map-download.js';
import { mapDrawing, SHAPES } from './map-drawing.js';
import { SearchController } from './map-search.js';
import { ASPECT, drawnCentre, ENLARGEMENT_VIEW, FULL_VIEW, zoomTo, zoomToFind, type ViewBox } from './map-zoom.js';

/** The municipality a pointer event is on (a shape in the map or in the enlargement), or null. */
function codeAt(event: Event): string | null {
  const target = event.composedPath()[0];
  return target instanceof SVGElement ? target.getAttribute('data-code') : null;
}

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = { ...places, ...categories, ...entryFacts };

/**
 * A choropleth map of the 98 Danish municipalities from KL's mapping of their digital strategies.
 *
 * @tagname kl-denmark-map
 * @summary Map of the municipalities coloured by category, status or region, with legend, tooltip, selection and keyboard navigation.
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @csspart base - The element's box.
 * @csspart heading - The title set by `heading`.
 * @csspart map - The SVG map.
 * @csspart municipality - Each municipality's shape (also `selected`, `highlighted`, `dimmed` where they apply).
 * @csspart tooltip - The tooltip.
 * @csspart zoom-out - The button that shows the whole map again after a tap or the search zoomed in on a small municipality.
 * @csspart search - The "Find kommune" search (`controls`): its label, input and suggestions.
 * @csspart search-input - The search's input (a combobox).
 * @csspart search-list - The search's suggestions (a listbox).
 * @csspart downloads - The row of download buttons (`controls`).
 * @csspart download - Each download button ("Hent kort som SVG", "Hent kort som PNG"; `data-format` is `svg` or `png`).
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
export class KlDenmarkMap extends withAttributes(MAP_ATTRIBUTES, mapMessages, DATA) {
  static override styles = [...KlElement.styles, patternStyles, mapStyles];

  // Derived when an attribute, the data or the language changed; render reads them.
  private view: MapView | null = null;
  private viewBox: ViewBox = FULL_VIEW;
  /** The reader's zoom: after a tap on a drawing too small for a finger, or to a municipality found with the search; null: the view the attributes ask for. */
  private tapZoom: ViewBox | null = null;

  /** The part of the map shown. */
  private get shownView(): ViewBox {
    return this.tapZoom ?? this.viewBox;
  }

  private readonly keys = new ListboxController(this, {
    order: () => this.view?.byName.map((m) => ({ id: m.code, name: m.name })) ?? [],
    neighbour: (code, direction) => SHAPES.get(code)?.next[direction],
    start: () => this.attrs.selected?.code ?? null,
    onMove: (code) => this.tooltip.showAt(code),
    onChoose: (code) => this.choose(code),
    onEscape: () => {
      const had = Boolean(this.attrs.selected || this.tooltip.tip);
      this.tooltip.hide();
      if (this.attrs.selected) this.choose(null);
      return had;
    },
    typeAheadMs: MAP_DEFAULTS.typeAheadMs,
  });

  private readonly tooltip = new TooltipController(this, {
    anchor: (code) => {
      const [x, y, w, h] = this.shownView;
      // Zoomed to the enlargement, the shape shown is the enlarged one.
      const [cx, cy] = drawnCentre(code, this.shownView);
      const clamp = (n: number) => Math.min(100, Math.max(0, n));
      return { x: clamp(((cx - x) / w) * 100), y: clamp(((cy - y) / h) * 100) };
    },
    codeAt,
    elements: () => ({ tooltip: this.renderRoot.querySelector<HTMLElement>('.tooltip'), stage: this.renderRoot.querySelector<HTMLElement>('.stage') }),
  });

  private readonly search = new SearchController(this, {
    suggest: (text) =>
      this.data ? searchMunicipalities(this.data, text, MAP_DEFAULTS.suggestions).map(({ municipality, match }) => ({ code: municipality.code, name: municipality.name, match })) : [],
    onChoose: (code) => this.find(code),
    root: () => this.renderRoot,
    announceDelayMs: MAP_DEFAULTS.announceDelayMs,
  });

  // Built when opened: closed, it is not read by anyone. A prerendered map has it built (a reader
  // without JavaScript opens it too), and keeps it.
  private listOpen = false;
  /** The last download failed (the live region says so). */
  private downloadFailed = false;

  protected override derive(data: typeof DATA): void {
    const a = this.attrs;
    this.view = mapView(data, this.viewOptions(a.filter));
    let box: BBox | null = a.region ? (geometry.regions.find((r) => r.code === a.region!.code)?.bbox ?? null) : null;
    if (a.zoomToHighlight && a.highlight?.size) box = unionBBox([...a.highlight].map((code) => SHAPES.get(code)!.bbox));
    const viewBox = box ? fitViewBox(box, ASPECT, MAP_DEFAULTS.zoomPadding, FULL_VIEW) : FULL_VIEW;
    // The reader's own zoom lasts until the editor's changes (another region, another highlight).
    if (viewBox.join(' ') !== this.viewBox.join(' ')) this.tapZoom = null;
    this.viewBox = viewBox;
  }

  /** What the view is derived from: the attributes as read, with a legend filter. */
  private viewOptions(filter: readonly string[]): MapViewOptions {
    const a = this.attrs;
    return { colorBy: a.colorBy, asOf: this.asOfDate, lang: this.language, selected: a.selected?.code ?? null, highlighted: a.highlight ?? new Set(), subset: a.subset, filter };
  }

  protected override render(): TemplateResult {
    return this.renderData(() => {
      const view = this.view!;
      return this.attrs.variant === 'locator' ? this.renderLocator(view) : this.renderMap(view);
    });
  }

  /** The locator: the drawing only, static, the highlighted municipalities in the accent colour. */
  private renderLocator(view: MapView): TemplateResult {
    const names = [...(this.attrs.highlight ?? [])].map((code) => view.municipalities.get(code)?.name ?? code);
    const label = this.attrs.heading ?? (names.length > 0 ? this.m.locatorLabel(names) : this.m.mapTitle);
    return html`<div class="root locator" part="base">
      <svg part="map" class="map" viewBox=${this.viewBox.join(' ')} role="img" aria-label=${label}>${mapDrawing(view, { interactive: false })}</svg>
      <p class="attribution" part="attribution">${geometry.attribution[this.language]}</p>
    </div>`;
  }

  private renderMap(view: MapView): TemplateResult {
    const m = this.m;
    const heading = this.attrs.heading;
    const active = this.keys.active && SHAPES.has(this.keys.active) ? this.keys.active : null;
    const tip = this.tooltip.tip;
    const view$ = this.shownView;
    // Zoomed in on the main map, the frames of the inset and the enlargement would cover it.
    const zoomed = this.viewBox !== FULL_VIEW || (this.tapZoom !== null && this.tapZoom !== ENLARGEMENT_VIEW);
    return html`<div class="root" part="base">
      ${heading ? renderHeading(this.attrs.headingLevel, heading, { id: 'heading', part: 'heading', className: 'heading' }) : nothing}
      ${this.renderNotices()}
      ${this.shows('search') ? this.search.render(m) : nothing}
      <div class="stage">
        <svg
          part="map"
          class="map ${zoomed ? 'zoomed' : ''}"
          viewBox=${view$.join(' ')}
          role="listbox"
          tabindex="0"
          aria-label=${heading ? nothing : m.mapTitle}
          aria-labelledby=${heading ? 'heading' : nothing}
          aria-describedby="description"
          aria-activedescendant=${active ? `m-${active}` : nothing}
          @keydown=${this.keys.onKeyDown}
          @focus=${this.keys.onFocus}
          @blur=${this.onBlur}
          @pointerdown=${this.onPointerDown}
          @pointerover=${this.tooltip.onPointerOver}
          @pointermove=${this.tooltip.onPointerMove}
          @pointerout=${this.tooltip.onPointerOut}
          @click=${this.onClick}
        >
          ${mapDrawing(view, { interactive: true, active, enlargementLabel: m.enlargement })}
        </svg>
        ${tip ? this.renderTooltip(view, tip.code) : nothing}
        ${this.tapZoom ? html`<button type="button" class="button zoom-out" part="zoom-out" @click=${this.zoomOut}>${m.zoomOut}</button>` : nothing}
      </div>
      <p id="description" class="visually-hidden">${view.description} ${m.mapHelp}</p>
      ${this.renderLegend(view)}
      <p class="attribution" part="attribution">${geometry.attribution[this.language]}</p>
      ${this.shows('download') ? this.renderDownloads() : nothing}
      <details class="list no-print" part="list" @toggle=${this.onListToggle}>
        <summary>${m.asList}</summary>
        ${this.listOpen || this.prerendered ? html`<ul>${view.byName.map((entry) => html`<li>${entry.label}</li>`)}</ul>` : nothing}
      </details>
    </div>`;
  }

  private renderTooltip(view: MapView, code: string) {
    const municipality = view.municipalities.get(code);
    const tip = this.tooltip.tip!;
    if (!municipality) return nothing;
    const { region, facts, note } = municipality.tooltip;
    return html`<div class="tooltip ${tip.y < 30 ? 'below' : 'above'} ${tip.x > 60 ? 'left' : 'right'}" part="tooltip" aria-hidden="true">
      <strong>${municipality.name}</strong>
      ${region ? html`<span>${region}</span>` : nothing}
      ${facts
        ? html`<dl>${facts.map(({ term, value }) => html`<dt>${term}</dt><dd lang=${value.verbatim ? 'da' : nothing}>${value.text}</dd>`)}</dl>`
        : html`<span>${note}</span>`}
      ${this.tooltip.pointer === 'touch' && !municipality.selected ? html`<em>${this.m.tapAgain}</em>` : nothing}
    </div>`;
  }

  private renderLegend(view: MapView) {
    const m = this.m;
    // The help describes the group, apart from its name: inside the title, the hidden span made
    // the name "Signaturforklaring . Vælg …" (a positioned span counts as a block of its own).
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title" aria-describedby="legend-help">
      <p id="legend-title" class="legend-title">${m.legend}</p>
      <p id="legend-help" class="visually-hidden">${m.legendHelp}</p>
      <ul>
        ${view.legend.map(
          (item) => html`<li>
            <button type="button" class="legend-item" part="legend-item" data-value=${item.value} aria-pressed=${item.pressed ? 'true' : 'false'} @click=${() => this.toggleFilter(item.value)}>
              <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><rect width="18" height="18" fill="url(#p-${item.value})"></rect></svg>
              <span class="label">${item.label}</span>
              <span class="count">${item.countText}</span>
            </button>
          </li>`,
        )}
        ${view.filter.length > 0 ? html`<li><button type="button" class="legend-item reset" @click=${() => this.setFilter([])}>${m.showAll}</button></li>` : nothing}
      </ul>
    </div>`;
  }

  // ---- what the reader does ----------------------------------------------------------------

  private onListToggle = (event: Event): void => {
    this.listOpen = (event.target as HTMLDetailsElement).open;
    this.requestUpdate();
  };

  private onBlur = (): void => this.tooltip.hide();

  private onPointerDown = (event: PointerEvent): void => {
    this.tooltip.onPointerDown(event);
    this.keys.onPointerDown();
  };

  private onClick = (event: MouseEvent): void => {
    const code = codeAt(event);
    if (!code) return;
    // On a touch screen the first tap shows what it is; the second selects.
    if (this.tooltip.firstTap(code)) {
      this.zoomForFinger(event, code);
      this.tooltip.showAt(code);
      return;
    }
    this.keys.active = code;
    this.choose(code);
  };

  /**
   * A first tap on a drawing smaller than a finger's target zooms in, so that the second tap
   * can hit what the reader meant: in the capital's area to the enlargement, elsewhere around
   * the municipality until it is `touchZoomTo` pixels across.
   */
  private zoomForFinger(event: Event, code: string): void {
    const drawn = (event.composedPath()[0] as Element).getBoundingClientRect();
    const svgWidth = this.svgWidth;
    if (this.tapZoom || svgWidth === 0 || Math.min(drawn.width, drawn.height) >= MAP_DEFAULTS.touchTarget) return;
    this.tapZoom = zoomTo(code, this.viewBox, svgWidth);
    this.requestUpdate();
  }

  private get svgWidth(): number {
    return this.renderRoot.querySelector('svg.map')?.getBoundingClientRect().width ?? 0;
  }

  /**
   * A municipality found with the search: selected, zoomed to where it is drawn too small to
   * see (or lies outside the view), its tooltip open. Returns what screen readers hear of it.
   */
  private find(code: string): string {
    this.keys.active = code;
    this.choose(code);
    const zoom = this.svgWidth > 0 ? zoomToFind(code, this.shownView, this.viewBox, this.svgWidth) : null;
    if (zoom) this.tapZoom = zoom;
    this.tooltip.showAt(code);
    const municipality = this.view?.municipalities.get(code);
    return municipality ? this.m.found(municipality.name, municipality.valueLabel) : '';
  }

  /** The controls shown (`controls`): both unless the attribute names some, none for `none`. */
  private shows(control: Exclude<MapControl, 'none'>): boolean {
    const listed = this.attrs.controls;
    return listed.length === 0 || (listed.includes(control) && !listed.includes('none'));
  }

  private renderDownloads(): TemplateResult {
    const m = this.m;
    return html`<div class="downloads no-print" part="downloads">
      <button type="button" class="button" part="download" data-format="svg" @click=${() => this.download('svg')}>${m.downloadSvg}</button>
      <button type="button" class="button" part="download" data-format="png" @click=${() => this.download('png')}>${m.downloadPng}</button>
      <p class="visually-hidden" role="status">${this.downloadFailed ? m.downloadFailed : ''}</p>
    </div>`;
  }

  /** Makes the file from the drawing as shown (the code that does it is loaded on the first press). */
  private async download(format: DownloadFormat): Promise<void> {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!drawing || !root || !this.view) return;
    try {
      const { downloadMap } = await import('./map-download.js');
      await downloadMap(format, {
        drawing, root, view: this.view, texts: this.m, lang: this.language, asOf: this.asOfDate, heading: this.attrs.heading,
        attribution: geometry.attribution[this.language], where: this.renderRoot,
      });
      this.downloadFailed = false;
    } catch (error) {
      console.error(`[kl-digital] <kl-denmark-map>: ${this.m.downloadFailed}`, error);
      this.downloadFailed = true;
    }
    this.requestUpdate();
  }

  private zoomOut = (): void => {
    this.tapZoom = null;
    this.tooltip.hide();
  };

  private toggleFilter(value: string): void {
    const kept = this.view?.filter ?? [];
    this.setFilter(kept.includes(value) ? kept.filter((v) => v !== value) : [...kept, value]);
  }

  /** Sets the legend filter as the reader chose it, reflects it to the attribute and tells the page. */
  private setFilter(values: string[]): void {
    this.filter = values.length > 0 ? values.join(' ') : null;
    const count = this.data ? mapShownCount(this.data, this.viewOptions(values)) : 0;
    const field = { category: 'categories', status: 'statuses', region: 'regions' } as const;
    this.emit('kl-filter-change', filterDetail({ [field[this.attrs.colorBy]]: values, count }));
  }

  /** Selects a municipality by code (null clears) and tells the page. */
  private choose(code: string | null): void {
    const municipality: Municipality | undefined = code ? this.data?.municipalities.find((m) => m.code === code) : undefined;
    this.selected = municipality ? municipality.code : null;
    this.emit('kl-municipality-select', { code: municipality?.code ?? null, name: municipality?.name ?? null });
  }
}
