import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { COLOR_BY, shownCodes, timelineView, yearEnd, type ColorBy, type RegionCode, type TimelineView } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';
import { categories } from '@kl-digital/core/data/categories';
import { entries } from '@kl-digital/core/data/entries';
import { mapping } from '@kl-digital/core/data/mapping';
import { checked } from '../shared/checked.js';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import type { FilterChangeEvent, MunicipalitySelectEvent } from '../shared/events/index.js';
import { prerenderedAt } from '../shared/prerendered.js';
import { renderYearControl, yearChoice, yearControlStyles } from '../shared/year-control.js';
import '../kl-denmark-map/kl-denmark-map.js';
import '../kl-strategy-table/kl-strategy-table.js';
import { TABLE_DEFAULTS } from '../kl-strategy-table/kl-strategy-table.defs.js';
import '../kl-municipality-card/kl-municipality-card.js';
import { EMPTY_STATE, explorerHash, isExplorerHash, knownState, parseExplorerHash, sameState, type ExplorerState } from './explorer-state.js';
import { ours } from '../shared/define.js';
import { warnOnce } from '../shared/warn.js';
import { explorerMessages } from './kl-strategy-explorer.messages.js';
import { EXPLORER_ATTRIBUTES } from './kl-strategy-explorer.defs.js';
import { explorerStyles } from './kl-strategy-explorer.styles.js';

/** The filter of the table each colouring of the map corresponds to. */
const FILTER_OF: Record<ColorBy, 'categories' | 'statuses' | 'regions'> = { category: 'categories', status: 'statuses', region: 'regions' };
/** The table's own sort when none is set: kept out of the URL. */
const DEFAULT_SORT = `${TABLE_DEFAULTS.sort.key}:${TABLE_DEFAULTS.sort.direction}`;

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = { ...places, ...categories, ...entries, ...mapping };

/**
 * Map, filters, table and municipality card together, kept in sync through their `kl-*` events,
 * with the state (selection, filters, search, colour mode, sort, year) in the URL hash. The year
 * control (the timeline's) sets the date of the statuses for all of them: 31 December of the year.
 *
 * @tagname kl-strategy-explorer
 * @summary The whole mapping to explore: map, table and the selected municipality's card, in sync, with a shareable URL.
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 * @prop {ExplorerState} state - The current state (read-only copy); set the URL hash or use the children to change it.
 *
 * @csspart base - The element's box.
 * @csspart controls - The colour-mode control.
 * @csspart control - The year control (the timeline's), which sets the statuses' date for map, table and card.
 * @csspart slider - The year slider (`input type="range"`).
 * @csspart summary - The counts at the chosen year in words.
 * @csspart map - The map element.
 * @csspart card - The municipality card, or the hint shown before a selection.
 * @csspart table - The table element.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-accent - Accent colour (links, the active colour mode).
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-font-family - Font.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlStrategyExplorer extends withAttributes(EXPLORER_ATTRIBUTES, explorerMessages, DATA) {
  static override styles = [...KlElement.styles, yearControlStyles, explorerStyles];

  // Lit adds these to the properties the spec creates (a subclass inherits its base's).
  static override properties = {
    _view: { state: true },
  };

  declare private _view: ExplorerState;
  /** What screen readers hear of the reader's last choice in the table (a polite live region). */
  private announced = '';
  // The municipalities the table shows, for the map to dim the rest: computed once per state.
  private subset: ReadonlySet<string> | null = null;
  /** True while the reader's last change was a year: the next year replaces its history entry, so one slide is one entry. */
  private sliding = false;
  // The years and counts of the year control, at the state's date.
  private timeline: TimelineView | null = null;

  constructor() {
    super();
    this._view = EMPTY_STATE;
  }

  /** The current state (a copy). */
  get state(): ExplorerState {
    return structuredClone(this._view);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    // A prerendered explorer first renders what the server rendered (a page has no hash there),
    // then takes the state of the hash.
    if (!this.hasUpdated && prerenderedAt(this)) void this.updateComplete.then(this.onHashChange);
    else this.onHashChange();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The state is the explorer's own (from the hash or its children): a change of it derives again too.
    const data = this.data;
    if (data && !this.inputsChanged && changed.has('_view' as keyof KlStrategyExplorer)) this.derive(data);
  }

  /** The date of the statuses: 31 December of the year chosen with the year control, else `as-of` (default today). */
  private get statusDate(): string {
    return this._view.year !== null ? yearEnd(this._view.year) : this.asOfDate;
  }

  protected override derive(data: typeof DATA): void {
    // A link read before the data was there is checked against it now.
    const view = (this._view = this.known(this._view, data));
    this.timeline = timelineView(data, { asOf: this.statusDate, lang: this.language });
    const filtering = view.query !== '' || view.categories.length > 0 || view.regions.length > 0 || view.statuses.length > 0;
    // The map shows what the table shows: the same selector, the same state, passed as a set.
    this.subset = filtering
      ? shownCodes(data, {
          query: view.query,
          categories: view.categories as never[],
          regions: view.regions as RegionCode[],
          statuses: view.statuses as never[],
          asOf: this.statusDate,
        })
      : null;
  }

  private get usesHash(): boolean {
    return this.attrs.urlState !== 'none';
  }

  private onHashChange = (): void => {
    if (!this.usesHash) return;
    // A skip link (`#indhold`) or another anchor is the page's business, not the explorer's state;
    // an empty hash is the fresh view (back to the first history entry).
    const hash = window.location.hash;
    if (hash.length > 1 && !isExplorerHash(hash)) return;
    this.sliding = false;
    const next = this.known(parseExplorerHash(hash), this.data);
    if (sameState(next, this._view)) return;
    this._view = next;
    this.emit('kl-explorer-change', this.state);
  };

  /** The state with only what the data knows (see knownState); the rest is the editor's to hear of, on the console. */
  private known(state: ExplorerState, data: typeof DATA | undefined): ExplorerState {
    if (!data) return state;
    const { state: known, dropped } = knownState(state, data);
    for (const [key, value] of dropped) warnOnce(`<${this.localName}>: ${this.m.ignored(key, value)}`);
    return sameState(known, state) ? state : known;
  }

  /** Applies a change made by the reader: to the view, to the URL (a new history entry, or in place while typing), to the page. */
  private change(patch: Partial<ExplorerState>, history: 'push' | 'replace' = 'push'): void {
    const next = { ...this._view, ...patch };
    this.sliding = false;
    if (sameState(next, this._view)) return;
    this._view = next;
    if (this.usesHash) {
      const url = `${window.location.pathname}${window.location.search}${explorerHash(next)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.emit('kl-explorer-change', this.state);
  }

  protected override render(): TemplateResult {
    return this.renderData((dataset) => this.renderExplorer(dataset));
  }

  private renderExplorer(dataset: typeof DATA): TemplateResult {
    const view = this._view;
    const text = this.m;
    const lang = this.getAttribute('lang') ?? nothing;
    const theme = this.theme ?? nothing;
    // Each part only where its tag is ours: a page may have registered one of the names first
    // (define() warns), and the explorer then shows the others.
    const map = ours('kl-denmark-map')
      ? html`<kl-denmark-map
          part="map"
          .dataset=${dataset} lang=${lang} theme=${theme} as-of=${this.statusDate}
          color-by=${view.colorBy}
          selected=${view.selected ?? nothing}
          filter=${view[FILTER_OF[view.colorBy]].join(' ') || nothing}
          .subset=${this.subset}
          @kl-municipality-select=${this.onSelect}
          @kl-filter-change=${this.onLegendFilter}
        ></kl-denmark-map>`
      : nothing;
    // The hint says what to do on the screen, the colour choice is a control: neither is printed.
    const card =
      view.selected && ours('kl-municipality-card')
        ? html`<kl-municipality-card
            part="card"
            .dataset=${dataset} lang=${lang} theme=${theme} as-of=${this.statusDate}
            municipality=${view.selected}
            heading-level="3"
            @kl-municipality-select=${this.onSelect}
          ></kl-municipality-card>`
        : html`<p class="hint no-print" part="card">${text.hint}</p>`;
    const table = ours('kl-strategy-table')
      ? html`<kl-strategy-table
          part="table"
          .dataset=${dataset} lang=${lang} theme=${theme} as-of=${this.statusDate}
          scope="all"
          query=${view.query}
          category=${view.categories.join(' ')}
          region=${view.regions.join(' ')}
          status=${view.statuses.join(' ')}
          sort=${view.sort || nothing}
          selected=${view.selected ?? nothing}
          @kl-municipality-select=${this.onTableSelect}
          @kl-filter-change=${this.onTableChange}
        ></kl-strategy-table>`
      : nothing;
    return html`<div class="root" part="base">
      ${this.renderNotices()}
      <fieldset class="controls no-print" part="controls">
        <legend>${text.colourBy}</legend>
        <div class="modes">
          ${COLOR_BY.map(
            (mode) => html`<label>
              <input type="radio" name="color-by" .value=${mode} ?checked=${checked(view.colorBy === mode)} @change=${() => this.change({ colorBy: mode })} />${text.modes[mode]}
            </label>`,
          )}
        </div>
      </fieldset>
      ${this.timeline?.years.length ? renderYearControl(this.timeline, this.language, this.chooseYear) : nothing}
      <div class="top">${map} ${card}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announced}</p>
      ${table}
    </div>`;
  }

  private onSelect = (event: MunicipalitySelectEvent): void => {
    this.change({ selected: event.detail.code });
  };

  /**
   * A row chosen in the table shows its card above the table, possibly far above at a wide
   * width: the card comes into view (the focus stays on the row), and screen readers hear
   * where it is.
   */
  private onTableSelect = async (event: MunicipalitySelectEvent): Promise<void> => {
    const { code } = event.detail;
    this.announced = code ? this.m.shownAbove(this.data?.municipalities.find((m) => m.code === code)?.officialName ?? code) : '';
    this.change({ selected: code });
    if (!code) return;
    await this.updateComplete;
    const card = this.renderRoot.querySelector('kl-municipality-card');
    if (!card) return;
    const box = card.getBoundingClientRect();
    if (box.top >= 0 && box.top < window.innerHeight) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  };

  /** The map's legend filters the table's filter of the same colouring. */
  private onLegendFilter = (event: FilterChangeEvent): void => {
    const key = FILTER_OF[this._view.colorBy];
    this.change({ [key]: [...event.detail[key]] });
  };

  /** The year control sets the year for map, table and card, and tells the page; a slide (consecutive years) is one history entry. */
  private chooseYear = (year: number): void => {
    const choice = this.timeline && yearChoice(this.timeline, year);
    if (!choice) return;
    const sliding = this.sliding;
    this.change({ year: choice.year }, sliding ? 'replace' : 'push');
    this.sliding = true;
    this.emit('kl-as-of-change', choice);
  };

  private onTableChange = (event: FilterChangeEvent): void => {
    const { query, categories, regions, statuses, sort } = event.detail;
    // Typing changes the view in place; a history entry per key would make Back useless.
    const typing = query !== this._view.query;
    this.change({ query, categories, regions, statuses: statuses as string[], sort: !sort || sort === DEFAULT_SORT ? '' : sort }, typing ? 'replace' : 'push');
  };
}
