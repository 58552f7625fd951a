import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  httpUrl,
  isStated,
  NOT_REGISTERED,
  parseSort,
  resolveMunicipality,
  resolveRegionList,
  sortTableRows,
  tableRows,
  toCsv,
  type Category,
  type Dataset,
  type EntrySort,
  type NotRegistered,
  type RegionCode,
  type Status,
  type TableRow,
  type TableScope,
} from '@kl-digital/core';
import { KlElement } from '../shared/kl-element.js';
import { formatDate, formatNumber } from '../shared/format.js';
import type { MunicipalitySelectDetail } from '../shared/events.js';
import {
  TABLE_CATEGORY_VALUES,
  TABLE_COLUMNS,
  TABLE_DEFAULTS,
  TABLE_EVENTS,
  TABLE_SCOPE_VALUES,
  TABLE_STATUS_VALUES,
  type TableColumn,
} from './kl-strategy-table.defs.js';
import { tableMessages, type TableMessages } from './kl-strategy-table.messages.js';
import { tableStyles } from './kl-strategy-table.styles.js';

/** Detail of `kl-table-change`: the table's state after the reader changed it. */
export interface TableChangeDetail {
  /** The search text ('' for none). */
  query: string;
  /** Categories kept (empty: all), possibly with `not-registered`. */
  categories: string[];
  /** Region codes kept (empty: all). */
  regions: string[];
  /** Statuses kept (empty: all), possibly with `not-registered`. */
  statuses: string[];
  /** The sort as `column:direction`, e.g. `period:desc`. */
  sort: string;
  /** Number of rows shown. */
  count: number;
}

/** Fired when the reader changes the search, a filter or the sort. */
export type TableChangeEvent = CustomEvent<TableChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-table-change': TableChangeEvent;
  }
}

type CategoryValue = Category | NotRegistered;
type StatusValue = Status | NotRegistered;

const blank = (text: string | undefined) => !isStated(text);

/**
 * The text with a line-break opportunity (<wbr>, which adds no character) after the prefix
 * "digitaliserings", so that the source's long compounds ("Digitaliseringsprincipper") break
 * at the joint in a narrow column rather than anywhere.
 */
function withJoints(text: string): unknown[] {
  return text.split(/(?<=digitaliserings)(?=\p{L})/iu).flatMap((part, i) => (i === 0 ? [part] : [html`<wbr />`, part]));
}
const words = (text: string | null) => (text ?? '').split(/[\s,;]+/).filter(Boolean);

/**
 * KL's mapping of the municipalities' digital strategies as a table: search, filters, sort by
 * any column, links to the documents, CSV download, and selection shared with the map.
 *
 * @tagname kl-strategy-table
 * @summary The mapping as a searchable, sortable, filterable table with CSV download; stacks as cards in narrow columns.
 *
 * @attr scope - `mapping` (default): the 64 entries of the mapping; `all`: all 98 municipalities, the ones not in the mapping marked "Ikke registreret i kortlægningen".
 * @attr query - Search text over name, aliases and form, ignoring case and accents (`soroe` finds Sorø). Reflects the search box.
 * @attr category - Categories to show, separated by spaces or commas (`strategy principles`); `not-registered` too with `scope="all"`. Reflects the filter.
 * @attr region - Regions to show, by code or name, separated by commas or spaces (`1085, Region Hovedstaden`). Reflects the filter as codes.
 * @attr status - Statuses at `as-of` to show (`current expired upcoming unknown`; `not-registered` too with `scope="all"`). Reflects the filter.
 * @attr sort - The sort as `column:direction` (`period:desc`); columns `municipality` (default), `region`, `form`, `category`, `link`, `period`, `status`. Reflects the reader's choice.
 * @attr selected - The selected municipality: a code (`0340`) or any name people write (`Sorø Kommune`). Reflects the reader's choice as a code.
 * @attr heading - The table's caption; default "Kommunernes digitale strategier".
 * @attr src - URL of a dataset JSON to load and validate instead of the bundled dataset.
 * @attr lang - `da` (default) or `en`; inherited from the page when not set.
 * @attr as-of - The date statuses are taken at, `YYYY-MM-DD`; default today.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr load-timeout - Seconds before a `src` load gives up (default 15).
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @fires {MunicipalitySelectEvent} kl-municipality-select - The reader selected a municipality's row (`{ code, name }`).
 * @fires {TableChangeEvent} kl-table-change - The reader changed the search, a filter or the sort (`{ query, categories, regions, statuses, sort, count }`).
 * @fires {DataErrorEvent} kl-data-error - The dataset from `src` failed to load or validate (`{ message }`).
 *
 * @csspart base - The element's box.
 * @csspart controls - The search box, filters and buttons above the table.
 * @csspart search - The search box.
 * @csspart filter - Each filter (category, region, status), a disclosure of checkboxes.
 * @csspart download - The CSV download button.
 * @csspart count - The live line "Viser 3 af 64".
 * @csspart table - The table.
 * @csspart caption - The table's caption with the status date.
 * @csspart header - Each column header's sort button.
 * @csspart row - Each row (also `selected` on the selected one, `not-registered` on those not in the mapping).
 * @csspart municipality - The municipality button that selects a row.
 * @csspart badge - The status badge.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-strategy - Swatch of `strategy` (and of the other categories and statuses: `--kl-color-principles`, `--kl-color-model-policy`, `--kl-color-part-of-other`, `--kl-color-none`, `--kl-color-not-registered`, `--kl-color-current`, `--kl-color-expired`, `--kl-color-upcoming`, `--kl-color-unknown`).
 * @cssprop --kl-color-accent - Buttons, links and the selected row's mark.
 * @cssprop --kl-color-focus - Focus outline.
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-color-surface-raised - Header, badges and the selected row.
 * @cssprop --kl-color-border - Borders.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlStrategyTable extends KlElement {
  static override styles = [...KlElement.styles, tableStyles];

  static override properties = {
    ...KlElement.properties,
    _announced: { state: true },
    scope: { type: String, reflect: true },
    query: { type: String, reflect: true },
    category: { type: String, reflect: true },
    region: { type: String, reflect: true },
    status: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    heading: { type: String },
  };

  /** `mapping` (the 64 entries) or `all` (the 98 municipalities); null for the default. */
  /** The count as screen readers hear it: set once typing pauses, not on every key. */
  declare private _announced: string;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  declare scope: string | null;
  /** The search text; null for none. */
  declare query: string | null;
  /** Categories to show, space- or comma-separated; null for all. */
  declare category: string | null;
  /** Regions to show by code or name; null for all. */
  declare region: string | null;
  /** Statuses to show, space- or comma-separated; null for all. */
  declare status: string | null;
  /** The sort, `column:direction`; null for the default (by municipality, ascending). */
  declare sort: string | null;
  /** The selected municipality, as a code or a name; null for none. */
  declare selected: string | null;
  /** The caption; null for the default. */
  declare heading: string | null;

  // Derived in willUpdate from attributes and data; render reads them. A later version can
  // window `rows` without touching how they are derived.
  private rows: TableRow[] = [];
  private total = 0;
  private effectiveScope: TableScope = TABLE_DEFAULTS.scope;
  private effectiveSort: EntrySort = TABLE_DEFAULTS.sort;
  private categories: CategoryValue[] = [];
  private regions: RegionCode[] = [];
  private statuses: StatusValue[] = [];
  private selectedCode: string | null = null;
  /** Set by the reader's changes; `updated` then fires `kl-table-change` with the new count. */
  private changedByReader = false;

  constructor() {
    super();
    this._announced = '';
    this.scope = null;
    this.query = null;
    this.category = null;
    this.region = null;
    this.status = null;
    this.sort = null;
    this.selected = null;
    this.heading = null;
  }

  /** The element's own messages in its language. */
  private get m(): TableMessages {
    return tableMessages[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.data;
    if (!dataset) return;
    const t = this.t;

    const scope = (this.scope ?? '').trim().toLowerCase();
    this.effectiveScope = (TABLE_SCOPE_VALUES as readonly string[]).includes(scope) ? (scope as TableScope) : TABLE_DEFAULTS.scope;
    if (scope !== '' && scope !== this.effectiveScope) this.notice(t.invalidValue('scope', String(this.scope), [...TABLE_SCOPE_VALUES]));
    const all = this.effectiveScope === 'all';

    this.categories = this.readValues('category', this.category, all ? TABLE_CATEGORY_VALUES : TABLE_CATEGORY_VALUES.filter((v) => v !== NOT_REGISTERED));
    this.statuses = this.readValues('status', this.status, all ? TABLE_STATUS_VALUES : TABLE_STATUS_VALUES.filter((v) => v !== NOT_REGISTERED));

    const regions = resolveRegionList(dataset, this.region ?? '');
    this.regions = regions.found.map((r) => r.code);
    const choices = [...dataset.regions].sort((a, b) => a.code.localeCompare(b.code)).map((r) => `${r.code} (${this.language === 'en' ? r.nameEn : r.name})`);
    for (const miss of regions.unknown) this.notice(t.unknownRegion('region', miss.query, choices));

    const sort = this.sort === null || this.sort.trim() === '' ? null : parseSort(this.sort);
    this.effectiveSort = sort ?? TABLE_DEFAULTS.sort;
    if (this.sort && this.sort.trim() !== '' && !sort) {
      this.notice(t.invalidValue('sort', this.sort, TABLE_COLUMNS.flatMap((k) => [k, `${k}:desc`])));
    }

    this.selectedCode = null;
    if (this.selected) {
      const result = resolveMunicipality(dataset, this.selected);
      if (result.found) this.selectedCode = result.municipality.code;
      else this.notice(t.unknownMunicipality('selected', result.query, result.suggestions.map((m) => m.name)));
    }

    const asOf = this.asOfDate;
    this.total = tableRows(dataset, { scope: this.effectiveScope, asOf }).length;
    const kept = tableRows(dataset, {
      scope: this.effectiveScope,
      query: this.query ?? '',
      categories: this.categories,
      regions: this.regions,
      statuses: this.statuses,
      asOf,
    });
    this.rows = sortTableRows(dataset, kept, this.effectiveSort, { asOf, lang: this.language });
  }

  /** The known values of a list attribute; a notice for each unknown one. */
  private readValues<T extends string>(attribute: string, text: string | null, allowed: readonly T[]): T[] {
    const found: T[] = [];
    for (const word of words(text)) {
      const value = word.toLowerCase() as T;
      if (!allowed.includes(value)) this.notice(this.t.invalidValue(attribute, word, [...allowed]));
      else if (!found.includes(value)) found.push(value);
    }
    return found;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Rows are keyed by municipality, so a re-sort moves them; moving a node takes the focus
    // from it, and a keyboard user would be thrown back to the top of the page.
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    super.update(changed);
    if (focused?.isConnected && (this.renderRoot as ShadowRoot).activeElement !== focused) focused.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleAnnouncement();
    if (!this.changedByReader) return;
    this.changedByReader = false;
    const { key, direction } = this.effectiveSort;
    const detail: TableChangeDetail = {
      query: this.query ?? '',
      categories: [...this.categories],
      regions: [...this.regions],
      statuses: [...this.statuses],
      sort: `${key}:${direction}`,
      count: this.rows.length,
    };
    this.dispatchEvent(new CustomEvent(TABLE_EVENTS.change, { detail, bubbles: true, composed: true }));
  }

  /** Announces the visible count once it has stood still for a moment (a live region per key floods screen readers). */
  private scheduleAnnouncement(): void {
    const count = this.renderRoot.querySelector('[part="count"]')?.textContent?.trim() ?? '';
    if (count === this._announced) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this._announced = count), TABLE_DEFAULTS.announceDelayMs);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.announceTimer);
    super.disconnectedCallback();
  }

  // ---- public methods ----------------------------------------------------------------------

  /**
   * The rows shown, in the order shown, as CSV text: a header row in the element's language,
   * `;`-separated, starting with a UTF-8 byte order mark (see `toCsv` in core).
   */
  csv(): string {
    const dataset = this.data;
    if (!dataset) return toCsv([]);
    const t = this.t;
    const m = this.m;
    const asOf = this.asOfDate;
    const header = [t.municipality, m.code, t.region, t.form, t.category, m.link, m.url, t.period, `${t.statusLabel} ${t.statusAt(asOf)}`];
    const body = this.rows.map((row) => {
      const entry = row.entry;
      return [
        row.municipality.name,
        row.municipality.code,
        this.regionName(row),
        entry?.form ?? '',
        this.categoryLabel(dataset, row.category),
        entry?.linkText ?? '',
        httpUrl(entry?.url ?? null) ?? '',
        entry?.period.text ?? '',
        this.statusLabel(row.status),
      ];
    });
    return toCsv([header, ...body], { separator: TABLE_DEFAULTS.csvSeparator });
  }

  /** Downloads `csv()` as a file, through a temporary Blob URL and `<a download>`. */
  download(): void {
    const blob = new Blob([this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = this.m.filename;
    anchor.hidden = true;
    this.renderRoot.append(anchor);
    anchor.click();
    anchor.remove();
    // Some browsers start reading the file after click() returns: revoke later, not now.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderTable(dataset));
  }

  private renderTable(dataset: Dataset): TemplateResult {
    const t = this.t;
    const m = this.m;
    const lang = this.language;
    const filtering = Boolean(this.query) || this.categories.length > 0 || this.regions.length > 0 || this.statuses.length > 0;
    return html`<div class="root" part="base" lang=${lang}>
      ${this.renderNotices()}
      <div class="controls" part="controls">
        <div class="search">
          <label for="search">${m.search}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.query ?? '')}
            @input=${this.onSearch}
          />
        </div>
        <div class="filter-group" role="group" aria-labelledby="filters-label">
          <span id="filters-label" class="group-label">${m.filters}</span>
          <div class="filters">
            ${this.renderFilter('category', t.category, this.categoryOptions(dataset), this.categories)}
            ${this.renderFilter('region', t.region, this.regionOptions(dataset), this.regions)}
            ${this.renderFilter('status', t.statusLabel, this.statusOptions(), this.statuses)}
          </div>
        </div>
        <div class="actions">
          ${filtering ? html`<button type="button" class="button clear" @click=${this.clearFilters}>${m.clearFilters}</button>` : nothing}
          <button type="button" class="button download" part="download" @click=${() => this.download()}>${m.download}</button>
        </div>
      </div>
      <p class="count" part="count">${m.shown(formatNumber(this.rows.length, lang), formatNumber(this.total, lang))}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this._announced}</p>
      <table part="table" role="table">
        <caption part="caption">
          <span class="heading">${this.heading || m.caption}</span>
          <span class="as-of">${m.statusAsOf(formatDate(this.asOfDate, lang))}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row" data-sort-label=${m.sortBy}>
            ${TABLE_COLUMNS.map((column) => this.renderHeader(column))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${repeat(this.rows, (row) => row.municipality.code, (row) => this.renderRow(dataset, row))}
        </tbody>
      </table>
      ${this.rows.length === 0 ? html`<p class="empty">${m.noRows}</p>` : nothing}
    </div>`;
  }

  private renderFilter(
    name: 'category' | 'region' | 'status',
    label: string,
    options: { value: string; label: string; swatch?: string }[],
    chosen: readonly string[],
  ): TemplateResult {
    return html`<details class="filter" part="filter" data-filter=${name}>
      <summary>
        <span>${label}</span>
        ${chosen.length > 0 ? html`<span class="chosen">${this.m.chosen(chosen.length)}</span>` : nothing}
      </summary>
      <fieldset>
        <legend class="visually-hidden">${label}</legend>
        ${options.map(
          (option) => html`<label class="option">
            <input
              type="checkbox"
              name=${name}
              value=${option.value}
              .checked=${live(chosen.includes(option.value))}
              @change=${(event: Event) => this.toggle(name, option.value, (event.target as HTMLInputElement).checked)}
            />
            ${option.swatch ? html`<span class="swatch v-${option.swatch}" aria-hidden="true"></span>` : nothing}
            <span>${option.label}</span>
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  private renderHeader(column: TableColumn): TemplateResult {
    const active = this.effectiveSort.key === column;
    const direction = this.effectiveSort.direction;
    const sort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return html`<th role="columnheader" scope="col" class="col-${column}" aria-sort=${sort ?? nothing}>
      <button type="button" part="header" class="sort ${active ? 'active' : ''}" data-column=${column} @click=${() => this.onSort(column)}>
        <span>${this.columnLabel(column)}</span>
        <span class="arrow" aria-hidden="true">${active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  private renderRow(dataset: Dataset, row: TableRow): TemplateResult {
    const t = this.t;
    const selected = row.municipality.code === this.selectedCode;
    const entry = row.entry;
    const parts = ['row', selected && 'selected', !entry && 'not-registered'].filter(Boolean).join(' ');
    const label = (column: TableColumn) => html`<span class="label" aria-hidden="true">${this.columnLabel(column)}</span>`;
    const cell = (column: TableColumn, content: unknown) =>
      html`<td role="cell" class="col-${column}">${label(column)}<span class="value">${content}</span></td>`;
    return html`<tr role="row" part=${parts} class=${selected ? 'selected' : ''} data-code=${row.municipality.code} aria-current=${selected ? 'true' : nothing}>
      <th role="rowheader" scope="row" class="col-municipality">
        <button type="button" part="municipality" class="select" @click=${() => this.choose(row.municipality.code)}>
          ${row.municipality.name}${selected ? html`<span class="visually-hidden">, ${t.selected}</span>` : nothing}
        </button>
      </th>
      ${cell('region', this.regionName(row))}
      ${entry
        ? html`${cell('form', this.orNotStated(entry.form))}
          ${cell('category', this.renderCategory(dataset, row.category))}
          ${cell('link', this.renderLink(entry.linkText, entry.url))}
          ${cell('period', this.orNotStated(entry.period.text))}
          ${cell('status', html`<span class="badge" data-value=${row.status} part="badge">${this.statusLabel(row.status)}</span>`)}`
        : html`<td role="cell" class="not-registered" colspan="5">
            <span class="value"><span class="swatch v-${NOT_REGISTERED}" aria-hidden="true"></span>${t.notRegistered}</span>
          </td>`}
    </tr>`;
  }

  private renderCategory(dataset: Dataset, category: CategoryValue): TemplateResult {
    return html`<span class="category"><span class="swatch v-${category}" aria-hidden="true"></span><span>${withJoints(this.categoryLabel(dataset, category))}</span></span>`;
  }

  private renderLink(text: string, url: string | null): TemplateResult {
    const href = httpUrl(url);
    const label = blank(text) ? href ?? '' : text.trim();
    if (!href) return this.orNotStated(label);
    return html`<a href=${href} target="_blank" rel="noopener noreferrer"><span lang="da">${label}</span><span class="visually-hidden"> ${this.m.newWindow}</span></a>`;
  }

  /** A cell of the source, verbatim (and so Danish), or "Ikke angivet" where it is empty. */
  private orNotStated(text: string): TemplateResult {
    return blank(text) ? html`<span class="not-stated">${this.t.notStated}</span>` : html`<span lang="da">${withJoints(text.trim())}</span>`;
  }

  // ---- labels ------------------------------------------------------------------------------

  private columnLabel(column: TableColumn): string {
    const t = this.t;
    const labels: Record<TableColumn, string> = {
      municipality: t.municipality,
      region: t.region,
      form: t.form,
      category: t.category,
      link: this.m.link,
      period: t.period,
      status: t.statusLabel,
    };
    return labels[column];
  }

  private regionName(row: TableRow): string {
    return this.language === 'en' ? row.region.nameEn : row.region.name;
  }

  private categoryLabel(dataset: Dataset, category: CategoryValue): string {
    if (category === NOT_REGISTERED) return this.t.notRegistered;
    return dataset.categories.find((c) => c.id === category)?.label[this.language] ?? category;
  }

  private statusLabel(status: StatusValue): string {
    return status === NOT_REGISTERED ? this.t.notRegistered : (this.t.status[status] ?? status);
  }

  private categoryOptions(dataset: Dataset) {
    const values = this.effectiveScope === 'all' ? TABLE_CATEGORY_VALUES : TABLE_CATEGORY_VALUES.filter((v) => v !== NOT_REGISTERED);
    return values.map((value) => ({ value, label: this.categoryLabel(dataset, value), swatch: value }));
  }

  private regionOptions(dataset: Dataset) {
    return [...dataset.regions]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({ value: r.code, label: this.language === 'en' ? r.nameEn : r.name }));
  }

  private statusOptions() {
    const values = this.effectiveScope === 'all' ? TABLE_STATUS_VALUES : TABLE_STATUS_VALUES.filter((v) => v !== NOT_REGISTERED);
    return values.map((value) => ({ value, label: this.statusLabel(value), swatch: value }));
  }

  // ---- interaction -------------------------------------------------------------------------

  private onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.query = value === '' ? null : value;
    this.changedByReader = true;
  };

  private toggle(name: 'category' | 'region' | 'status', value: string, on: boolean): void {
    const current: readonly string[] = name === 'category' ? this.categories : name === 'region' ? this.regions : this.statuses;
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    const text = next.length > 0 ? next.join(' ') : null;
    if (name === 'category') this.category = text;
    else if (name === 'region') this.region = text;
    else this.status = text;
    this.changedByReader = true;
  }

  private clearFilters = (): void => {
    this.query = null;
    this.category = null;
    this.region = null;
    this.status = null;
    this.changedByReader = true;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  };

  private onSort(column: TableColumn): void {
    const { key, direction } = this.effectiveSort;
    const next = key === column ? (direction === 'asc' ? 'desc' : 'asc') : 'asc';
    this.sort = `${column}:${next}`;
    this.changedByReader = true;
  }

  /** Selects a municipality's row and tells the page. */
  private choose(code: string): void {
    const municipality = this.data?.municipalities.find((m) => m.code === code);
    if (!municipality) return;
    this.selected = municipality.code;
    const detail: MunicipalitySelectDetail = { code: municipality.code, name: municipality.name };
    this.dispatchEvent(new CustomEvent(TABLE_EVENTS.select, { detail, bubbles: true, composed: true }));
  }
}
