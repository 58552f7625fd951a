import { html, nothing, type TemplateResult } from 'lit';
import { mapShownCount, mapView, type MapView, type MapViewOptions, type Municipality } from '@kl-digital/core';
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
import { MAP_ATTRIBUTES, MAP_DEFAULTS } from './kl-denmark-map.defs.js';
import { mapMessages } from './kl-denmark-map.messages.js';
import { mapStyles } from './kl-denmark-map.styles.js';
import { mapDrawing, SHAPES } from './map-drawing.js';

const FULL_VIEW: [number, number, number, number] = [0, 0, geometry.width, geometry.height];

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
  private viewBox: [number, number, number, number] = FULL_VIEW;

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
      const [x, y, w, h] = this.viewBox;
      const [cx, cy] = SHAPES.get(code)!.centroid;
      const clamp = (n: number) => Math.min(100, Math.max(0, n));
      return { x: clamp(((cx - x) / w) * 100), y: clamp(((cy - y) / h) * 100) };
    },
    codeAt,
    elements: () => ({ tooltip: this.renderRoot.querySelector<HTMLElement>('.tooltip'), stage: this.renderRoot.querySelector<HTMLElement>('.stage') }),
  });

  // Built when opened: closed, it is not read by anyone.
  private listOpen = false;

  protected override derive(data: typeof DATA): void {
    const a = this.attrs;
    this.view = mapView(data, this.viewOptions(a.filter));
    let box: BBox | null = a.region ? (geometry.regions.find((r) => r.code === a.region!.code)?.bbox ?? null) : null;
    if (a.zoomToHighlight && a.highlight?.size) box = unionBBox([...a.highlight].map((code) => SHAPES.get(code)!.bbox));
    this.viewBox = box ? fitViewBox(box, geometry.width / geometry.height, MAP_DEFAULTS.zoomPadding, FULL_VIEW) : FULL_VIEW;
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
      <p class="attribution" part="attribution">${geometry.attribution}</p>
    </div>`;
  }

  private renderMap(view: MapView): TemplateResult {
    const m = this.m;
    const heading = this.attrs.heading;
    const active = this.keys.active && SHAPES.has(this.keys.active) ? this.keys.active : null;
    const tip = this.tooltip.tip;
    return html`<div class="root" part="base">
      ${heading ? renderHeading(this.attrs.headingLevel, heading, { id: 'heading', part: 'heading', className: 'heading' }) : nothing}
      ${this.renderNotices()}
      <div class="stage">
        <svg
          part="map"
          class="map ${this.viewBox !== FULL_VIEW ? 'zoomed' : ''}"
          viewBox=${this.viewBox.join(' ')}
          role="listbox"
          tabindex="0"
          aria-label=${heading ? nothing : m.mapTitle}
          aria-labelledby=${heading ? 'heading' : nothing}
          aria-describedby="description"
          aria-activedescendant=${active ? `m-${active}` : nothing}
          @keydown=${this.keys.onKeyDown}
          @focus=${this.keys.onFocus}
          @blur=${this.onBlur}
          @pointerdown=${this.tooltip.onPointerDown}
          @pointerover=${this.tooltip.onPointerOver}
          @pointermove=${this.tooltip.onPointerMove}
          @pointerout=${this.tooltip.onPointerOut}
          @click=${this.onClick}
        >
          ${mapDrawing(view, { interactive: true, active, enlargementLabel: m.enlargement })}
        </svg>
        ${tip ? this.renderTooltip(view, tip.code) : nothing}
      </div>
      <p id="description" class="visually-hidden">${view.description} ${m.mapHelp}</p>
      ${this.renderLegend(view)}
      <p class="attribution" part="attribution">${geometry.attribution}</p>
      <details class="list no-print" part="list" @toggle=${this.onListToggle}>
        <summary>${m.asList}</summary>
        ${this.listOpen ? html`<ul>${view.byName.map((entry) => html`<li>${entry.label}</li>`)}</ul>` : nothing}
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
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <p id="legend-title" class="legend-title">${m.legend}<span class="visually-hidden">. ${m.legendHelp}</span></p>
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

  private onClick = (event: MouseEvent): void => {
    const code = codeAt(event);
    if (!code) return;
    // On a touch screen the first tap shows what it is; the second selects.
    if (this.tooltip.firstTap(code)) {
      this.tooltip.showAt(code);
      return;
    }
    this.keys.active = code;
    this.choose(code);
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
