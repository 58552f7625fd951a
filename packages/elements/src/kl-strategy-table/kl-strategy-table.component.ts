import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { correctionMail, formatDate, formatNumber, LABELS, parseSort, tableView, type CorrectionMail, type SourceText, type TableRowView, type TableView } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';
import { categories } from '@kl-digital/core/data/categories';
import { listedEntries } from '@kl-digital/core/data/listed-entries';
import { contact } from '@kl-digital/core/data/contact';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { checked } from '../shared/checked.js';
import { downloadCsv } from '../shared/download-file.js';
import { renderCorrection } from '../shared/correction-link.js';
import { filterDetail } from '../shared/events/index.js';
import { TABLE_ATTRIBUTES, TABLE_DEFAULTS, type TableColumn } from './kl-strategy-table.defs.js';
import { tableMessages } from './kl-strategy-table.messages.js';
import { tablePrintStyles } from './table-print.styles.js';
import { tableStyles } from './kl-strategy-table.styles.js';

type FilterName = 'category' | 'region' | 'status';

/**
 * The text with a line-break opportunity (<wbr>, which adds no character) after the prefix
 * "digitaliserings", so that the source's long compounds ("Digitaliseringsprincipper") break
 * at the joint in a narrow column rather than anywhere.
 */
function withJoints(text: string): unknown {
  const parts = text.split(/(?<=digitaliserings)(?=\p{L})/iu);
  // Most texts have no joint: the text itself, not a list of one (a list costs Lit a part per item).
  return parts.length === 1 ? text : parts.flatMap((part, i) => (i === 0 ? [part] : [html`<wbr />`, part]));
}

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = { ...places, ...categories, ...listedEntries, ...contact };

/**
 * KL's mapping of the municipalities' digital strategies as a table: search, filters, sort by
 * any column, links to the documents, CSV download, and selection shared with the map.
 *
 * @tagname kl-strategy-table
 * @summary The mapping as a searchable, sortable, filterable table with CSV download; stacks as cards in narrow columns.
 *
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 *
 * @csspart base - The element's box.
 * @csspart controls - The search box, filters and buttons above the table.
 * @csspart search - The search box.
 * @csspart filter - Each filter (category, region, status), a disclosure of checkboxes.
 * @csspart download - The CSV download button.
 * @csspart count - The live line "Viser 3 af 65".
 * @csspart table - The table.
 * @csspart caption - The table's caption with the status date.
 * @csspart header - Each column header's sort button.
 * @csspart row - Each row (also `selected` on the selected one, `not-registered` on those not in the mapping).
 * @csspart municipality - The municipality button that selects a row.
 * @csspart badge - The status badge.
 * @csspart correction - Each row's "Foreslå en rettelse" link, a prefilled e-mail to the mapping's contact.
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
export class KlStrategyTable extends withAttributes(TABLE_ATTRIBUTES, tableMessages, DATA) {
  static override styles = [...KlElement.styles, tableStyles, tablePrintStyles];

  // Lit adds these to the properties the spec creates (a subclass inherits its base's).
  static override properties = {
    _announced: { state: true },
  };

  /** The count as screen readers hear it: set once typing pauses, not on every key. */
  declare private _announced: string;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: TableView | null = null;
  /** Each shown row's correction e-mail, by code. */
  private mails = new Map<string, CorrectionMail | null>();
  /** Set by the reader's changes; `updated` then fires `kl-filter-change` with the new count. */
  private changedByReader = false;

  constructor() {
    super();
    this._announced = '';
  }


  protected override derive(data: typeof DATA): void {
    const a = this.attrs;
    this.view = tableView(data, {
      scope: a.scope,
      query: a.query ?? '',
      categories: a.category,
      regions: a.region,
      statuses: a.status,
      sort: parseSort(a.sort) ?? TABLE_DEFAULTS.sort,
      asOf: this.asOfDate,
      lang: this.language,
    });
    const lang = this.language;
    this.mails = new Map(this.view.rows.map((row) => [row.code, correctionMail(data, row.code, { lang })]));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The live region holds the count from the first render (no announcement on load); later
    // changes reach it once typing pauses (see scheduleAnnouncement).
    if (this._announced === '' && this.view) this._announced = this.countLine(this.view);
  }

  /** "Viser 3 af 64" in the element's language. */
  private countLine(view: TableView): string {
    const lang = this.language;
    return this.m.shown(formatNumber(view.rows.length, lang), formatNumber(view.total, lang));
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
    if (!this.changedByReader || !this.view) return;
    this.changedByReader = false;
    const { key, direction } = this.view.sort;
    const a = this.attrs;
    this.emit(
      'kl-filter-change',
      filterDetail({ query: a.query ?? '', categories: [...a.category], regions: [...a.region], statuses: [...a.status], sort: `${key}:${direction}`, count: this.view.rows.length }),
    );
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
    return this.view?.csv() ?? '\uFEFF';
  }

  /** Downloads `csv()` as a file, through a temporary Blob URL and `<a download>`. */
  download(): void {
    downloadCsv(this.renderRoot, this.csv(), this.m.filename);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(() => this.renderTable(this.view!));
  }

  private renderTable(view: TableView): TemplateResult {
    const m = this.m;
    const a = this.attrs;
    const lang = this.language;
    const filtering = Boolean(a.query) || a.category.length > 0 || a.region.length > 0 || a.status.length > 0;
    return html`<div class="root" part="base" lang=${lang}>
      ${this.renderNotices()}
      <div class="controls" part="controls">
        <div class="search">
          <label for="search">${m.search}</label>
          <input id="search" part="search" class="field" type="search" autocomplete="off" spellcheck="false" .value=${live(a.query ?? '')} @input=${this.onSearch} />
        </div>
        <div class="filter-group" role="group" aria-labelledby="filters-label">
          <span id="filters-label" class="group-label">${m.filters}</span>
          <div class="filters">
            ${this.renderFilter('category', view.columns[3]!.label, view.choices.category, a.category, true)}
            ${this.renderFilter('region', view.columns[1]!.label, view.choices.region, a.region, false)}
            ${this.renderFilter('status', view.columns[6]!.label, view.choices.status, a.status, true)}
          </div>
        </div>
        <div class="actions">
          ${filtering ? html`<button type="button" class="button clear" @click=${this.clearFilters}>${m.clearFilters}</button>` : nothing}
          <button type="button" class="button download" part="download" @click=${() => this.download()}>${m.download}</button>
        </div>
      </div>
      <!-- Screen readers get the count from the live region alone: both were read one after the other. -->
      <p class="count" part="count" aria-hidden="true">${this.countLine(view)}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this._announced}</p>
      <table part="table" role="table">
        <caption part="caption">
          <span class="heading">${a.heading ?? m.caption}</span>
          <span class="as-of">${m.statusAsOf(formatDate(view.asOf, lang))}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row" data-sort-label=${m.sortBy}>
            ${view.columns.map((column) => this.renderHeader(view, column.value, column.label))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${repeat(view.rows, (row) => row.code, (row) => this.renderRow(view, row))}
        </tbody>
      </table>
      ${view.rows.length === 0 ? html`<p class="empty">${m.noRows}</p>` : nothing}
    </div>`;
  }

  private renderFilter(name: FilterName, label: string, options: readonly { value: string; label: string }[], chosen: readonly string[], swatches: boolean): TemplateResult {
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
              ?checked=${checked(chosen.includes(option.value))}
              @change=${(event: Event) => this.toggle(name, option.value, (event.target as HTMLInputElement).checked)}
            />
            ${swatches ? html`<span class="swatch v-${option.value}" aria-hidden="true"></span>` : nothing}
            <span>${option.label}</span>
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  private renderHeader(view: TableView, column: TableColumn, label: string): TemplateResult {
    const active = view.sort.key === column;
    const direction = view.sort.direction;
    const sort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return html`<th role="columnheader" scope="col" class="col-${column}" aria-sort=${sort ?? nothing}>
      <button type="button" part="header" class="sort ${active ? 'active' : ''}" data-column=${column} @click=${() => this.onSort(column)}>
        <span>${label}</span>
        <span class="arrow" aria-hidden="true">${active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  // One template per row with its cells written out (the columns are fixed: SORT_KEYS' order),
  // not a template per cell and per label: a CPU profile of the first paint spent most of its
  // time cloning the ~1,000 small templates of 64 rows.
  private renderRow(view: TableView, row: TableRowView): TemplateResult {
    const selected = row.code === this.attrs.selected?.code;
    const entry = row.entry;
    const parts = ['row', selected && 'selected', !entry && 'not-registered'].filter(Boolean).join(' ');
    const [, region, form, category, link, period, status] = view.columns.map((column) => column.label);
    // In the last cell, small: the row stays one line of facts, and the link is the row's last stop for Tab.
    const correction = renderCorrection(this.mails.get(row.code), 'correction');
    return html`<tr role="row" part=${parts} class=${selected ? 'selected' : ''} data-code=${row.code} aria-current=${selected ? 'true' : nothing}>
      <th role="rowheader" scope="row" class="col-municipality">
        <button type="button" part="municipality" class="select" @click=${() => this.choose(row.code)} @keydown=${this.onRowKey}>
          ${row.name}${selected ? html`<span class="visually-hidden">, ${LABELS[this.language].selected}</span>` : nothing}
        </button>
      </th>
      <td role="cell" class="col-region"><span class="label" aria-hidden="true">${region}</span><span class="value">${row.region}</span></td>
      ${entry
        ? html`<td role="cell" class="col-form"><span class="label" aria-hidden="true">${form}</span><span class="value">${entry.basis ? html`<span class="basis">${entry.basis}</span>` : this.sourceCell(entry.form)}</span></td>
          <td role="cell" class="col-category"><span class="label" aria-hidden="true">${category}</span><span class="value"><span class="category"><span class="swatch v-${entry.category}" aria-hidden="true"></span><span>${withJoints(entry.categoryLabel)}</span></span></span></td>
          <td role="cell" class="col-link"><span class="label" aria-hidden="true">${link}</span><span class="value">${this.renderLink(entry.link)}</span></td>
          <td role="cell" class="col-period"><span class="label" aria-hidden="true">${period}</span><span class="value">${this.sourceCell(entry.period)}</span></td>
          <td role="cell" class="col-status"><span class="label" aria-hidden="true">${status}</span><span class="value"><span class="badge" data-value=${entry.status} part="badge">${entry.statusLabel}</span></span>${correction}</td>`
        : html`<td role="cell" class="not-registered" colspan="5">
            <span class="value"><span class="swatch v-not-registered" aria-hidden="true"></span>${view.choices.category.at(-1)!.label}</span>${correction}
          </td>`}
    </tr>`;
  }

  private renderLink(link: SourceText & { href: string | null }): TemplateResult {
    if (!link.href) return this.sourceCell(link);
    return html`<a href=${link.href} target="_blank" rel="noopener noreferrer"><span lang="da">${link.text}</span><span class="visually-hidden"> ${this.m.newWindow}</span></a>`;
  }

  /** A cell of the source, verbatim (and so Danish), or "Ikke angivet" where it is empty. */
  private sourceCell(text: SourceText): TemplateResult {
    return text.verbatim ? html`<span lang="da">${withJoints(text.text)}</span>` : html`<span class="not-stated">${text.text}</span>`;
  }

  // ---- what the reader does ----------------------------------------------------------------

  private onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.query = value === '' ? null : value;
    this.changedByReader = true;
  };

  private toggle(name: FilterName, value: string, on: boolean): void {
    const current: readonly string[] = this.attrs[name];
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    this[name] = next.length > 0 ? next.join(' ') : null;
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
    const { key, direction } = this.view?.sort ?? TABLE_DEFAULTS.sort;
    const next = key === column ? (direction === 'asc' ? 'desc' : 'asc') : 'asc';
    this.sort = `${column}:${next}`;
    this.changedByReader = true;
  }

  /** Escape on a row clears the selection. */
  private onRowKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.attrs.selected) {
      event.preventDefault();
      this.choose(null);
    }
  };

  /** Selects a municipality's row (the selected one again clears it) and tells the page. */
  private choose(code: string | null): void {
    const next = code && code !== this.attrs.selected?.code ? this.data?.municipalities.find((m) => m.code === code) : undefined;
    this.selected = next?.code ?? null;
    this.emit('kl-municipality-select', { code: next?.code ?? null, name: next?.name ?? null });
  }
}
