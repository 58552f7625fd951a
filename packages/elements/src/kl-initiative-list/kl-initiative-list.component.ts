import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { selectInitiatives, type Dataset, type Initiative, type InitiativeKind, type InitiativeStatus } from '@kl-digital/core';
import { KlElement } from '../shared/kl-element.js';
import { readHeadingLevel } from '../shared/heading.js';
import { formatDate, formatNumber } from '../shared/format.js';
import '../kl-initiative-card/kl-initiative-card.js';
import { initiativeMessages } from '../kl-initiative-card/kl-initiative-card.messages.js';
import {
  LIST_CONTROLS,
  LIST_DEFAULTS,
  LIST_EVENTS,
  LIST_HEADING_LEVELS,
  LIST_KINDS,
  LIST_ORDERS,
  LIST_STATUSES,
  parseTokens,
  type ListOrder,
} from './kl-initiative-list.defs.js';
import { listMessages, type ListMessages } from './kl-initiative-list.messages.js';
import { initiativeListStyles } from './kl-initiative-list.styles.js';

/** Detail of `kl-initiative-filter-change`: the kinds and statuses kept (empty: all). */
export interface InitiativeFilterChangeDetail {
  kinds: InitiativeKind[];
  statuses: InitiativeStatus[];
}

/** Fired when the reader changes the list's filters. */
export type InitiativeFilterChangeEvent = CustomEvent<InitiativeFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-initiative-filter-change': InitiativeFilterChangeEvent;
  }
}

// Editors may write the labels they read (`netværk`, `handleplan`, `i-gang`) as well as the ids.
function labelAliases<T extends string>(pick: (lang: 'da' | 'en') => Record<T, string>): Record<string, T> {
  const aliases: Record<string, T> = {};
  for (const lang of ['da', 'en'] as const) {
    for (const [value, label] of Object.entries(pick(lang)) as [T, string][]) aliases[label.toLowerCase().replace(/\s+/g, '-')] = value;
  }
  return aliases;
}
const KIND_ALIASES = labelAliases((lang) => initiativeMessages[lang].kind);
const STATUS_ALIASES = labelAliases((lang) => initiativeMessages[lang].status);

/**
 * KL's initiatives as a list of cards, filtered by kind and by status at a date, sorted by date,
 * with filter buttons for the reader.
 *
 * @tagname kl-initiative-list
 * @summary KL's networks, programmes, action plans and mapping as cards, with filters by kind and status.
 *
 * @attr kind - Kinds to show, separated by spaces or commas: `network`, `programme`, `action-plan`, `mapping` (empty: all). Reflects the reader's choice.
 * @attr status - Statuses at `as-of` to show: `upcoming`, `running`, `ended`, `unknown` (empty: all). Reflects the reader's choice.
 * @attr order - `desc` (newest first, default) or `asc`; initiatives without a date come last.
 * @attr controls - `filters` (default) shows the filter buttons; `none` hides them.
 * @attr heading-level - Level of the cards' headings, 2 to 6 (default 2).
 * @attr src - URL of a dataset JSON to load and validate instead of the bundled dataset.
 * @attr lang - `da` (default) or `en`; inherited from the page when not set.
 * @attr as-of - The date statuses are taken at, `YYYY-MM-DD`; default today.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr load-timeout - Seconds before a `src` load gives up (default 15).
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @fires {InitiativeFilterChangeEvent} kl-initiative-filter-change - The reader changed the filters (`{ kinds, statuses }`; empty: all).
 * @fires {DataErrorEvent} kl-data-error - The dataset from `src` failed to load or validate (`{ message }`).
 *
 * @csspart base - The list's box.
 * @csspart controls - The filter buttons.
 * @csspart toggle - Each filter button (pressed or not, in `aria-pressed`).
 * @csspart count - The number of initiatives shown, or that none match; announced when it changes.
 * @csspart list - The list of cards.
 * @csspart item - Each list item holding a `<kl-initiative-card>`.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-color-border - Borders of the buttons and cards.
 * @cssprop --kl-color-accent - Pressed filter buttons.
 * @cssprop --kl-color-focus - Focus outline.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlInitiativeList extends KlElement {
  static override styles = [...KlElement.styles, initiativeListStyles];

  static override properties = {
    ...KlElement.properties,
    kind: { type: String, reflect: true },
    status: { type: String, reflect: true },
    order: { type: String },
    controls: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
  };

  /** Kinds to show (space- or comma-separated); empty shows all. */
  declare kind: string | null;
  /** Statuses at `as-of` to show (space- or comma-separated); empty shows all. */
  declare status: string | null;
  /** `desc` (default) or `asc`. */
  declare order: string | null;
  /** `filters` (default) or `none`. */
  declare controls: string | null;
  /** Level of the cards' headings, `2`..`6`. */
  declare headingLevel: string | number | null;

  private kinds: InitiativeKind[] = [];
  private statuses: InitiativeStatus[] = [];
  private shown: Initiative[] = [];
  private level: number = LIST_DEFAULTS.headingLevel;
  private showControls = true;

  constructor() {
    super();
    this.kind = null;
    this.status = null;
    this.order = null;
    this.controls = null;
    this.headingLevel = null;
  }

  /** The list's own texts in its language. */
  private get m(): ListMessages {
    return listMessages[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.t;

    const kinds = parseTokens(this.kind, LIST_KINDS, KIND_ALIASES);
    for (const token of kinds.unknown) this.notice(t.invalidValue('kind', token, [...LIST_KINDS]));
    this.kinds = kinds.values;

    const statuses = parseTokens(this.status, LIST_STATUSES, STATUS_ALIASES);
    for (const token of statuses.unknown) this.notice(t.invalidValue('status', token, [...LIST_STATUSES]));
    this.statuses = statuses.values;

    let order: ListOrder = LIST_DEFAULTS.order;
    if (this.order) {
      const value = this.order.trim().toLowerCase();
      if ((LIST_ORDERS as readonly string[]).includes(value)) order = value as ListOrder;
      else this.notice(t.invalidValue('order', this.order, [...LIST_ORDERS]));
    }

    this.showControls = true;
    if (this.controls) {
      const value = this.controls.trim().toLowerCase();
      if (value === 'none') this.showControls = false;
      else if (!(LIST_CONTROLS as readonly string[]).includes(value)) this.notice(t.invalidValue('controls', this.controls, [...LIST_CONTROLS]));
    }

    const heading = readHeadingLevel(this.headingLevel, LIST_HEADING_LEVELS, LIST_DEFAULTS.headingLevel);
    this.level = heading.level;
    if (heading.invalid) this.notice(t.invalidValue('heading-level', String(this.headingLevel), LIST_HEADING_LEVELS.map(String)));

    const dataset = this.data;
    this.shown = dataset ? selectInitiatives(dataset, { kinds: this.kinds, statuses: this.statuses, asOf: this.asOfDate, order }) : [];
  }

  protected override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderList(dataset));
  }

  private renderList(dataset: Dataset): TemplateResult {
    const m = this.m;
    const count = this.shown.length;
    return html`<div class="root" part="base">
      ${this.renderNotices()} ${this.showControls ? this.renderControls() : nothing}
      <p class="count" part="count" role="status" aria-live="polite" aria-atomic="true">
        ${count === 0 ? m.none : m.count(formatNumber(count, this.language), count === 1)}
      </p>
      ${count > 0
        ? html`<ul class="list" part="list" aria-label=${m.listLabel}>
            ${repeat(
              this.shown,
              (initiative) => initiative.id,
              (initiative) => html`<li class="item" part="item">
                <kl-initiative-card
                  initiative=${initiative.id}
                  heading-level=${this.level}
                  .dataset=${dataset}
                  lang=${this.language}
                  theme=${this.theme ?? nothing}
                  as-of=${this.asOfDate}
                ></kl-initiative-card>
              </li>`,
            )}
          </ul>`
        : this.showControls && (this.kinds.length || this.statuses.length)
          ? html`<p class="empty-actions"><button type="button" class="button reset" @click=${this.resetFilters}>${m.showAll}</button></p>`
          : nothing}
    </div>`;
  }

  private renderControls(): TemplateResult {
    const m = this.m;
    const labels = initiativeMessages[this.language];
    const toggle = (pressed: boolean, label: string, value: string, onClick: () => void) =>
      html`<li>
        <button type="button" class="toggle" part="toggle" data-value=${value} aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>
          ${pressed ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}${label}
        </button>
      </li>`;
    return html`<div class="controls" part="controls" role="group" aria-label=${m.filters}>
      <div class="group" role="group" aria-labelledby="kind-label">
        <p id="kind-label" class="group-label">${m.kindGroup}</p>
        <ul class="toggles">
          ${LIST_KINDS.map((kind) => toggle(this.kinds.includes(kind), labels.kind[kind], kind, () => this.toggle('kind', kind)))}
        </ul>
      </div>
      <div class="group" role="group" aria-labelledby="status-label">
        <p id="status-label" class="group-label">${m.statusGroup(formatDate(this.asOfDate, this.language))}</p>
        <ul class="toggles">
          ${LIST_STATUSES.map((status) => toggle(this.statuses.includes(status), labels.status[status], status, () => this.toggle('status', status)))}
        </ul>
      </div>
      ${this.kinds.length || this.statuses.length
        ? html`<button type="button" class="toggle reset" @click=${this.resetFilters}>${m.showAll}</button>`
        : nothing}
    </div>`;
  }

  private toggle(which: 'kind', value: InitiativeKind): void;
  private toggle(which: 'status', value: InitiativeStatus): void;
  private toggle(which: 'kind' | 'status', value: string): void {
    const flip = <T extends string>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
    if (which === 'kind') this.setFilters(flip(this.kinds, value as InitiativeKind), this.statuses);
    else this.setFilters(this.kinds, flip(this.statuses, value as InitiativeStatus));
  }

  /** Clears the filters; the button that did it goes away, so focus moves to the first filter button. */
  private resetFilters = async (): Promise<void> => {
    this.setFilters([], []);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  };

  /** Sets the filters as the reader chose them, reflects them to the attributes and tells the page. */
  private setFilters(kinds: InitiativeKind[], statuses: InitiativeStatus[]): void {
    // Keep the display order of the buttons, whatever the order of the clicks.
    const sortedKinds = LIST_KINDS.filter((k) => kinds.includes(k));
    const sortedStatuses = LIST_STATUSES.filter((s) => statuses.includes(s));
    this.kind = sortedKinds.length ? sortedKinds.join(' ') : null;
    this.status = sortedStatuses.length ? sortedStatuses.join(' ') : null;
    const detail: InitiativeFilterChangeDetail = { kinds: sortedKinds, statuses: sortedStatuses };
    this.dispatchEvent(new CustomEvent(LIST_EVENTS.filter, { detail, bubbles: true, composed: true }));
  }
}
