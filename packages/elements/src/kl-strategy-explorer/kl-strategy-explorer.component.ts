import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { tableRows, type Dataset } from '@kl-digital/core';
import { KlElement } from '../shared/kl-element.js';
import type { FilterChangeDetail, MunicipalitySelectDetail } from '../shared/events.js';
import type { TableChangeEvent } from '../kl-strategy-table/kl-strategy-table.component.js';
import { COLOR_BY_VALUES, type ColorBy } from '../kl-denmark-map/kl-denmark-map.defs.js';
import '../kl-denmark-map/kl-denmark-map.js';
import '../kl-strategy-table/kl-strategy-table.js';
import { TABLE_DEFAULTS } from '../kl-strategy-table/kl-strategy-table.defs.js';
import '../kl-municipality-card/kl-municipality-card.js';
import { EMPTY_STATE, explorerHash, isExplorerHash, parseExplorerHash, sameState, type ExplorerState } from './explorer-state.js';
import { explorerMessages } from './kl-strategy-explorer.messages.js';

import { EXPLORER_DEFAULTS, EXPLORER_EVENTS, URL_STATE_VALUES, type UrlState } from './kl-strategy-explorer.defs.js';

/** The filter of the table each colouring of the map corresponds to. */
const FILTER_OF: Record<ColorBy, 'categories' | 'statuses' | 'regions'> = { category: 'categories', status: 'statuses', region: 'regions' };

/** The table's own sort when none is set: kept out of the URL. */
const DEFAULT_SORT = `${TABLE_DEFAULTS.sort.key}:${TABLE_DEFAULTS.sort.direction}`;

/**
 * Map, filters, table and municipality card together, kept in sync through their `kl-*` events,
 * with the state (selection, filters, search, colour mode, sort) in the URL hash.
 *
 * @tagname kl-strategy-explorer
 * @summary The whole mapping to explore: map, table and the selected municipality's card, in sync, with a shareable URL.
 *
 * @attr url-state - `hash` (default): keep the state in the page's URL hash, so a link reproduces the view and back/forward work; `none`: keep it in the element only.
 * @attr src - URL of a dataset JSON to load and validate instead of the bundled dataset.
 * @attr lang - `da` (default) or `en`; inherited from the page when not set.
 * @attr as-of - The date statuses are taken at, `YYYY-MM-DD`; default today.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr load-timeout - Seconds before a `src` load gives up (default 15).
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 * @prop {ExplorerState} state - The current state (read-only copy); set the URL hash or use the children to change it.
 *
 * @fires {MunicipalitySelectEvent} kl-municipality-select - A municipality was selected on the map or in the table, or the selection cleared.
 * @fires {CustomEvent<ExplorerState>} kl-explorer-change - The explorer's state changed (detail: the new state).
 * @fires {DataErrorEvent} kl-data-error - The dataset from `src` failed to load or validate.
 *
 * @csspart base - The element's box.
 * @csspart controls - The colour-mode control.
 * @csspart map - The map element.
 * @csspart card - The municipality card, or the hint shown before a selection.
 * @csspart table - The table element.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-accent - Accent colour (links, the active colour mode).
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-font-family - Font.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlStrategyExplorer extends KlElement {
  static override styles = [
    ...KlElement.styles,
    css`
      .root {
        container-type: inline-size;
        display: grid;
        gap: calc(var(--_space) * 2);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
        margin: 0;
        padding: 0;
        border: 0;
      }
      .controls legend {
        float: left;
        margin-inline-end: var(--_space);
        padding: 0;
        font-weight: 600;
      }
      .modes {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .modes label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 44px;
        padding: 0 calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        cursor: pointer;
      }
      .modes label:has(input:checked) {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
        font-weight: 600;
      }
      .modes input {
        accent-color: var(--_accent);
        margin: 0;
      }
      .top {
        display: grid;
        gap: calc(var(--_space) * 2);
        align-items: start;
      }
      @container (min-width: 860px) {
        .top {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }
      .hint {
        margin: 0;
        padding: calc(var(--_space) * 2);
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        color: var(--_muted);
      }
      kl-denmark-map,
      kl-municipality-card,
      kl-strategy-table {
        min-width: 0;
      }
    `,
  ];

  static override properties = {
    ...KlElement.properties,
    urlState: { type: String, attribute: 'url-state' },
    _view: { state: true },
  };

  /** `hash` (default) or `none`. */
  declare urlState: UrlState;
  declare private _view: ExplorerState;

  constructor() {
    super();
    this.urlState = EXPLORER_DEFAULTS.urlState;
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
    this.onHashChange();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!(URL_STATE_VALUES as readonly string[]).includes(this.urlState)) {
      this.notice(this.t.invalidValue('url-state', String(this.urlState), [...URL_STATE_VALUES]));
    }
  }

  private get usesHash(): boolean {
    return this.urlState !== 'none';
  }

  private onHashChange = (): void => {
    if (!this.usesHash) return;
    // A skip link (`#indhold`) or another anchor is the page's business, not the explorer's state;
    // an empty hash is the fresh view (back to the first history entry).
    const hash = window.location.hash;
    if (hash.length > 1 && !isExplorerHash(hash)) return;
    const next = parseExplorerHash(hash);
    if (sameState(next, this._view)) return;
    this._view = next;
    this.dispatchEvent(new CustomEvent(EXPLORER_EVENTS.change, { detail: this.state, bubbles: true, composed: true }));
  };

  /** Applies a change made by the reader: to the view, to the URL (a new history entry, or in place while typing), to the page. */
  private change(patch: Partial<ExplorerState>, history: 'push' | 'replace' = 'push'): void {
    const next = { ...this._view, ...patch };
    if (sameState(next, this._view)) return;
    this._view = next;
    if (this.usesHash) {
      const url = `${window.location.pathname}${window.location.search}${explorerHash(next)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.dispatchEvent(new CustomEvent(EXPLORER_EVENTS.change, { detail: this.state, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderExplorer(dataset));
  }

  private renderExplorer(dataset: Dataset): TemplateResult {
    const view = this._view;
    const text = explorerMessages[this.language];
    const filtering = view.query !== '' || view.categories.length > 0 || view.regions.length > 0 || view.statuses.length > 0;
    // The map shows what the table shows: the same selector, the same state.
    const subset = filtering
      ? tableRows(dataset, {
          scope: 'all',
          query: view.query,
          categories: view.categories as never[],
          regions: view.regions as never[],
          statuses: view.statuses as never[],
          asOf: this.asOfDate,
        })
          .map((row) => row.municipality.code)
          .join(' ')
      : null;
    const lang = this.getAttribute('lang') ?? nothing;
    return html`<div class="root" part="base">
      ${this.renderNotices()}
      <fieldset class="controls" part="controls">
        <legend>${text.colourBy}</legend>
        <div class="modes">
          ${COLOR_BY_VALUES.map(
            (mode) => html`<label>
              <input
                type="radio"
                name="color-by"
                .value=${mode}
                .checked=${view.colorBy === mode}
                @change=${() => this.change({ colorBy: mode })}
              />${text.modes[mode]}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="top">
        <kl-denmark-map
          part="map"
          .dataset=${dataset}
          lang=${lang}
          theme=${this.theme ?? nothing}
          as-of=${this.asOfDate}
          color-by=${view.colorBy}
          selected=${view.selected ?? nothing}
          filter=${view[FILTER_OF[view.colorBy]].join(' ') || nothing}
          subset=${subset ?? nothing}
          @kl-municipality-select=${this.onSelect}
          @kl-filter-change=${this.onLegendFilter}
        ></kl-denmark-map>
        ${view.selected
          ? html`<kl-municipality-card
              part="card"
              .dataset=${dataset}
              lang=${lang}
              theme=${this.theme ?? nothing}
              as-of=${this.asOfDate}
              municipality=${view.selected}
              heading-level="3"
            ></kl-municipality-card>`
          : html`<p class="hint" part="card">${text.hint}</p>`}
      </div>
      <kl-strategy-table
        part="table"
        .dataset=${dataset}
        lang=${lang}
        theme=${this.theme ?? nothing}
        as-of=${this.asOfDate}
        scope="all"
        query=${view.query}
        category=${view.categories.join(' ')}
        region=${view.regions.join(' ')}
        status=${view.statuses.join(' ')}
        sort=${view.sort || nothing}
        selected=${view.selected ?? nothing}
        @kl-municipality-select=${this.onSelect}
        @kl-table-change=${this.onTableChange}
      ></kl-strategy-table>
    </div>`;
  }

  private onSelect = (event: CustomEvent<MunicipalitySelectDetail>): void => {
    this.change({ selected: event.detail.code });
  };

  private onLegendFilter = (event: CustomEvent<FilterChangeDetail>): void => {
    const key = FILTER_OF[event.detail.colorBy as ColorBy];
    if (key) this.change({ [key]: [...event.detail.values] });
  };

  private onTableChange = (event: TableChangeEvent): void => {
    const { query, categories, regions, statuses, sort } = event.detail;
    // Typing changes the view in place; a history entry per key would make Back useless.
    const typing = query !== this._view.query;
    this.change({ query, categories, regions, statuses, sort: sort === DEFAULT_SORT ? '' : sort }, typing ? 'replace' : 'push');
  };
}
