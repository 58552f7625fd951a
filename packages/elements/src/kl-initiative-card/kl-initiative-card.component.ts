import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, initiativeView, type Initiative, type InitiativeView } from '@kl-digital/core';
import { initiatives } from '@kl-digital/core/data/initiatives';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { renderHeading, type HeadingOptions } from '../shared/heading.js';
import { cardStyles, renderProblem } from '../shared/card.js';
import { warnOnce } from '../shared/warn.js';
import { INITIATIVE_CARD_ATTRIBUTES } from './kl-initiative-card.defs.js';
import { initiativeMessages } from './kl-initiative-card.messages.js';
import { initiativeCardStyles } from './kl-initiative-card.styles.js';

/** A `tel:` address for a phone number as written; Danish eight-digit numbers get +45. */
function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return null;
  return `tel:${/^\d{8}$/.test(digits) ? `+45${digits}` : digits}`;
}

/** A plain e-mail address (no spaces, one @), so a `mailto:` link says only that. */
const isEmail = (value: string) => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value);

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = initiatives;

/**
 * One of KL's initiatives around the municipalities' digital strategies: a network, a
 * programme, an action plan or the mapping itself, with its dates, status at a date, purpose,
 * audience, the headed parts of its source, details, contact and source.
 *
 * @tagname kl-initiative-card
 * @summary A card for one KL initiative: kind, title, dates, status, purpose, details and contact.
 *
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 *
 * @csspart base - The card's box.
 * @csspart heading - The initiative's title.
 * @csspart badge - The kind badge (`Netværk`, `Program`, ...).
 * @csspart status - The status at `as-of`.
 * @csspart facts - The list of dates, audience, number of initiatives and price.
 * @csspart section - A headed part of the source with the points it lists (the network's questions, the action plan's examples), verbatim.
 * @csspart contact - The contact person with e-mail and phone links.
 * @csspart source - The source line.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-text-muted - Secondary text.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-color-surface-raised - Background of the badges.
 * @cssprop --kl-color-border - Borders.
 * @cssprop --kl-color-accent - Links and the kind badge's mark.
 * @cssprop --kl-color-focus - Focus outline.
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 */
export class KlInitiativeCard extends withAttributes(INITIATIVE_CARD_ATTRIBUTES, initiativeMessages, DATA) {
  static override styles = [...KlElement.styles, cardStyles, initiativeCardStyles];

  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: InitiativeView | null = null;


  protected override derive(data: typeof DATA): void {
    const found = this.attrs.initiative;
    this.view = found ? initiativeView(data, found, { asOf: this.asOfDate, lang: this.language }) : null;
    if (!found && !this.problemOf('initiative')) warnOnce(`<${this.localName}>: ${this.m.missing(data.initiatives.map((i) => i.id).join(', '))}`);
  }

  protected override render(): TemplateResult {
    return this.renderData((dataset) => {
      if (this.view) return this.renderInitiative(this.view);
      const m = this.m;
      const problem = this.problemOf('initiative');
      const known = dataset.initiatives.map((i) => i.id).join(', ');
      return renderProblem(
        this.renderNotices(),
        problem ? m.unknownTitle : m.missingTitle,
        html`<p>${problem?.kind === 'unknown-initiative' ? m.unknown(problem.query, known) : m.missingText}</p>
          <ul class="known">
            ${dataset.initiatives.map((i) => html`<li><code>${i.id}</code>: <span lang="da">${i.title}</span></li>`)}
          </ul>`,
      );
    });
  }

  /** A heading at the card's level plus `offset`, never deeper than h6. */
  private heading(offset: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
    return renderHeading(this.attrs.headingLevel + offset, content, options);
  }

  /** A date as written in the data: a year stays a year, an ISO date is written out in the language. */
  private date(value: string): TemplateResult {
    return html`<time datetime=${value}>${/^\d{4}$/.test(value) ? value : formatDate(value, this.language)}</time>`;
  }

  private renderInitiative(view: InitiativeView): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const { initiative, status, source } = view;
    const facts: [string, TemplateResult | string, boolean][] = [];
    if (initiative.audience) facts.push([m.audience, initiative.audience, true]);
    if (initiative.published) facts.push([m.published, this.date(initiative.published), false]);
    if (initiative.start) facts.push([m.start, this.date(initiative.start), false]);
    if (initiative.end) facts.push([m.end, this.date(initiative.end), false]);
    if (initiative.initiativeCount !== null) facts.push([m.initiatives, m.initiativeCount(formatNumber(initiative.initiativeCount, lang)), false]);
    if (initiative.price) facts.push([m.price, initiative.price, true]);

    return html`<article class="root card" part="base" aria-labelledby="heading" data-kind=${initiative.kind}>
      ${this.renderNotices()}
      ${this.heading(0, initiative.title, { id: 'heading', part: 'heading', className: 'title', lang: 'da' })}
      <p class="badges">
        <span class="badge kind" part="badge" data-kind=${initiative.kind}
          ><span class="visually-hidden">${m.kindLabel}: </span>${view.kindLabel}</span
        >
        <span class="badge status" part="status" data-value=${status}
          ><span class="visually-hidden">${m.statusLabel}: </span>${view.statusLabel}</span
        >
        <span class="muted as-of">${m.statusAt(formatDate(this.asOfDate, lang))}</span>
      </p>
      <p class="purpose" lang="da">${initiative.purpose}</p>
      ${facts.length
        ? html`<dl class="facts" part="facts">
            ${facts.map(([term, value, danish]) => html`<div><dt>${term}</dt><dd lang=${danish ? 'da' : nothing}>${value}</dd></div>`)}
          </dl>`
        : nothing}
      ${initiative.milestones.length
        ? html`<div class="section milestones">
            ${this.heading(1, m.milestones, { className: 'section-title' })}
            <ul>
              ${initiative.milestones.map(
                (milestone) => html`<li>
                  <span class="when">${this.date(milestone.date)}:</span>
                  <span lang="da">${milestone.label}</span>${milestone.place ? html`<span class="place" lang="da">, ${milestone.place}</span>` : nothing}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${initiative.tracks.length
        ? html`<div class="section tracks">
            ${this.heading(1, m.tracks, { className: 'section-title' })}
            <ul lang="da">
              ${initiative.tracks.map(
                (track) => html`<li>
                  <strong class="track-title">${track.title}</strong>
                  <p>${track.description}</p>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${initiative.sections.map(
        (section) => html`<div class="section source-section" part="section" lang="da">
          ${this.heading(1, section.heading, { className: 'section-title' })}
          ${section.text ? html`<p>${section.text}</p>` : nothing}
          <ul>
            ${section.items.map((item) => html`<li>${item}</li>`)}
          </ul>
        </div>`,
      )}
      ${initiative.details.length
        ? html`<details class="more disclosure">
            <summary>${m.details}</summary>
            <ul lang="da">
              ${initiative.details.map((detail) => html`<li>${detail}</li>`)}
            </ul>
          </details>`
        : nothing}
      ${initiative.contact ? this.renderContact(initiative.contact) : nothing}
      <p class="source footnote" part="source">${m.source}: <cite lang="da">${source?.title ?? initiative.source}</cite></p>
    </article>`;
  }

  private renderContact(contact: NonNullable<Initiative['contact']>): TemplateResult {
    const m = this.m;
    const tel = contact.phone ? telHref(contact.phone) : null;
    return html`<div class="section contact" part="contact">
      ${this.heading(1, m.contact, { className: 'section-title' })}
      <p class="contact-name">${contact.name}</p>
      <ul class="contact-links">
        ${contact.email
          ? html`<li>${m.email}: ${isEmail(contact.email) ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : contact.email}</li>`
          : nothing}
        ${contact.phone ? html`<li>${m.phone}: ${tel ? html`<a href=${tel}>${contact.phone}</a>` : contact.phone}</li>` : nothing}
      </ul>
    </div>`;
  }
}
