import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate, formatNumber, initiativeListView, selectInitiatives, type InitiativeKind, type InitiativeListView, type InitiativeStatus } from '@kl-digital/core';
import { initiatives } from '@kl-digital/core/data/initiatives';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { filterDetail } from '../shared/events/index.js';
import '../kl-initiative-card/kl-initiative-card.js';
import { LIST_ATTRIBUTES, LIST_KINDS, LIST_STATUSES } from './kl-initiative-list.defs.js';
import { listMessages } from './kl-initiative-list.messages.js';
import { initiativeListStyles } from './kl-initiative-list.styles.js';

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = initiatives;

/**
 * KL's initiatives as a list of cards, filtered by kind and by status at a date, sorted by date,
 * with filter buttons for the reader.
 *
 * @tagname kl-initiative-list
 * @summary KL's networks, programmes, action plans and mapping as cards, with filters by kind and status.
 *
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
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
export class KlInitiativeList extends withAttributes(LIST_ATTRIBUTES, listMessages, DATA) {
  static override styles = [...KlElement.styles, initiativeListStyles];

  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: InitiativeListView | null = null;


  protected override derive(data: typeof DATA): void {
    const a = this.attrs;
    this.view = initiativeListView(data, { kinds: a.kind, statuses: a.status, order: a.order, asOf: this.asOfDate, lang: this.language });
  }

  protected override render(): TemplateResult {
    return this.renderData((dataset) => this.renderList(this.view!, dataset));
  }

  private renderList(view: InitiativeListView, dataset: typeof DATA): TemplateResult {
    const m = this.m;
    const count = view.items.length;
    const controls = this.attrs.controls === 'filters';
    const filtered = this.attrs.kind.length > 0 || this.attrs.status.length > 0;
    return html`<div class="root" part="base">
      ${this.renderNotices()} ${controls ? this.renderControls(view, filtered) : nothing}
      <p class="count" part="count" role="status" aria-live="polite" aria-atomic="true">
        ${count === 0 ? m.none : m.count(formatNumber(count, this.language), count === 1)}
      </p>
      ${count > 0
        ? html`<ul class="list" part="list" aria-label=${m.listLabel}>
            ${repeat(
              view.items,
              (item) => item.initiative.id,
              (item) => html`<li class="item" part="item">
                <kl-initiative-card
                  initiative=${item.initiative.id}
                  heading-level=${this.attrs.headingLevel}
                  .dataset=${dataset}
                  lang=${this.language}
                  theme=${this.theme ?? nothing}
                  as-of=${this.asOfDate}
                ></kl-initiative-card>
              </li>`,
            )}
          </ul>`
        : controls && filtered
          ? html`<p class="empty-actions"><button type="button" class="button reset" @click=${this.resetFilters}>${m.showAll}</button></p>`
          : nothing}
    </div>`;
  }

  private renderControls(view: InitiativeListView, filtered: boolean): TemplateResult {
    const m = this.m;
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
          ${view.kinds.map((kind) => toggle(kind.pressed, kind.label, kind.value, () => this.toggle('kind', kind.value)))}
        </ul>
      </div>
      <div class="group" role="group" aria-labelledby="status-label">
        <p id="status-label" class="group-label">${m.statusGroup(formatDate(this.asOfDate, this.language))}</p>
        <ul class="toggles">
          ${view.statuses.map((status) => toggle(status.pressed, status.label, status.value, () => this.toggle('status', status.value)))}
        </ul>
      </div>
      ${filtered ? html`<button type="button" class="toggle reset" @click=${this.resetFilters}>${m.showAll}</button>` : nothing}
    </div>`;
  }

  private toggle(which: 'kind' | 'status', value: string): void {
    const flip = <T extends string>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
    if (which === 'kind') this.setFilters(flip(this.attrs.kind, value as InitiativeKind), this.attrs.status);
    else this.setFilters(this.attrs.kind, flip(this.attrs.status, value as InitiativeStatus));
  }

  /** Clears the filters; the button that did it goes away, so focus moves to the first filter button. */
  private resetFilters = async (): Promise<void> => {
    this.setFilters([], []);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  };

  /** Sets the filters as the reader chose them, reflects them to the attributes and tells the page. */
  private setFilters(kinds: readonly InitiativeKind[], statuses: readonly InitiativeStatus[]): void {
    // Keep the display order of the buttons, whatever the order of the clicks.
    const sortedKinds = LIST_KINDS.filter((k) => kinds.includes(k));
    const sortedStatuses = LIST_STATUSES.filter((s) => statuses.includes(s));
    this.kind = sortedKinds.length ? sortedKinds.join(' ') : null;
    this.status = sortedStatuses.length ? sortedStatuses.join(' ') : null;
    const count = this.data ? selectInitiatives(this.data, { kinds: sortedKinds, statuses: sortedStatuses, asOf: this.asOfDate }).length : 0;
    this.emit('kl-filter-change', filterDetail({ kinds: sortedKinds, statuses: sortedStatuses, count }));
  }
}
