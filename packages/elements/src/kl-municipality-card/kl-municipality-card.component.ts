import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  correctionMail,
  formatDate,
  inspirationView,
  LABELS,
  municipalityCardView,
  type CorrectionMail,
  type Example,
  type InspirationItem,
  type InspirationView,
  type MunicipalityCardView,
  type SourceText,
} from '@kl-digital/core';
import { neighbours } from '@kl-digital/core/neighbours';
import { places } from '@kl-digital/core/data/places';
import { categories } from '@kl-digital/core/data/categories';
import { entries } from '@kl-digital/core/data/entries';
import { mapping } from '@kl-digital/core/data/mapping';
import { KlElement, withAttributes } from '../shared/kl-element.js';
import { renderHeading } from '../shared/heading.js';
import { cardStyles, renderProblem } from '../shared/card.js';
import { renderCorrection } from '../shared/correction-link.js';
import { ours } from '../shared/define.js';
import { warnOnce } from '../shared/warn.js';
import '../kl-denmark-map/kl-denmark-map.js';
import { MUNICIPALITY_CARD_ATTRIBUTES } from './kl-municipality-card.defs.js';
import { cardMessages } from './kl-municipality-card.messages.js';
import { municipalityCardStyles } from './kl-municipality-card.styles.js';

/** The parts of the bundled dataset the element shows when it is given none. */
const DATA = { ...places, ...categories, ...entries, ...mapping };

/**
 * One municipality's own entry in KL's mapping of the municipalities' digital strategies, for
 * the municipality's own site: form, category and why, document link, period and status, the
 * mapping's example story where there is one, a locator map, inspiration from its neighbours and
 * from municipalities with the same kind of document, and KL's contact for corrections with a
 * prefilled e-mail ("Foreslå en rettelse"). An entry from the mapping's text rather than its list
 * (Solrød) says so in place of the form, with the sentence it rests on.
 *
 * @tagname kl-municipality-card
 * @summary One municipality's entry in the mapping, with status, example story and a locator map.
 *
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 *
 * @csspart base - The card's box.
 * @csspart heading - The municipality's name.
 * @csspart badge - The status badge (or "not registered").
 * @csspart link - The link to the municipality's document.
 * @csspart example - The mapping's example story of the municipality.
 * @csspart locator - The box of the locator map.
 * @csspart inspiration - The section with the neighbours and the same kind of document.
 * @csspart other - Each municipality of the inspiration.
 * @csspart other-link - Its name: a link (with `card-url`) or a button that fires `kl-municipality-select`.
 * @csspart contact - KL's contact line for corrections.
 * @csspart correction - The "Foreslå en rettelse" link, a prefilled e-mail to the mapping's contact.
 * @csspart notice - A notice about a bad attribute.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --kl-color-text - Text colour.
 * @cssprop --kl-color-text-muted - Secondary text.
 * @cssprop --kl-color-surface - Background.
 * @cssprop --kl-color-surface-raised - Background of badges and the example.
 * @cssprop --kl-color-border - Borders.
 * @cssprop --kl-color-accent - Links and the quote's rule.
 * @cssprop --kl-color-focus - Focus outline.
 * @cssprop --kl-color-current - Mark of the "current" badge (also `--kl-color-expired`, `--kl-color-upcoming`, `--kl-color-unknown`, `--kl-color-not-registered`).
 * @cssprop --kl-font-family - Font (default IBM Plex Sans, then the system font).
 * @cssprop --kl-radius - Corner radius.
 * @cssprop --kl-space - Spacing unit.
 * @cssprop --kl-locator-width - Width of the locator map beside the text on a wide card (default 12em).
 */
export class KlMunicipalityCard extends withAttributes(MUNICIPALITY_CARD_ATTRIBUTES, cardMessages, DATA) {
  static override styles = [...KlElement.styles, cardStyles, municipalityCardStyles];

  // Derived from the attributes and the data (see `derive`); render reads it.
  private view: MunicipalityCardView | undefined;
  private others: InspirationView | undefined;
  private correction: CorrectionMail | null = null;
  /** The municipality the reader chose in the inspiration: when the page shows it here, the focus goes to its name. */
  private chosen: string | null = null;
  private shownCode: string | undefined;

  protected override derive(data: typeof DATA): void {
    const found = this.attrs.municipality;
    const { asOfDate: asOf, language: lang } = this;
    const offered = this.attrs.inspiration;
    this.view = found ? municipalityCardView(data, found.code, { asOf, lang }) : undefined;
    const inspiration = found && offered !== 'off' ? inspirationView(data, found.code, { asOf, lang, neighbours, cardUrl: this.attrs.cardUrl }) : undefined;
    this.others = inspiration && {
      neighbours: offered === 'same-kind' ? { ...inspiration.neighbours, items: [] } : inspiration.neighbours,
      sameKind: offered === 'neighbours' ? null : inspiration.sameKind,
    };
    this.correction = found ? correctionMail(data, found.code, { lang }) : null;
    if (!found && !this.problemOf('municipality')) warnOnce(`<${this.localName}>: ${this.m.missing}`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const code = this.view?.profile.municipality.code;
    if (code === this.shownCode) return;
    this.shownCode = code;
    // The chosen button is gone with the card it was on: the focus goes to the name of the card the page now shows.
    if (code && code === this.chosen) this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    this.chosen = null;
  }

  protected override render(): TemplateResult {
    return this.renderData((dataset) => {
      const m = this.m;
      const problem = this.problemOf('municipality');
      if (this.view) return this.renderProfile(this.view, dataset);
      if (problem?.kind !== 'unknown-municipality') return renderProblem(this.renderNotices(), m.missingTitle, html`<p>${m.missingText}</p>`);
      const [miss] = problem.misses;
      const suggestions = miss?.suggestions ?? [];
      return renderProblem(
        this.renderNotices(),
        m.unknownTitle,
        html`<p>${m.unknownText(miss?.query ?? '')}</p>
          ${suggestions.length
            ? html`<p id="suggestions">${m.didYouMean}:</p>
                <ul class="suggestions" aria-labelledby="suggestions">
                  ${suggestions.map((s) => html`<li>${s.name} <span class="muted">(${s.officialName}, ${s.code})</span></li>`)}
                </ul>`
            : nothing}
          <p class="muted">${m.unknownHint}</p>`,
      );
    });
  }

  /** A heading at the card's level plus `offset`, never deeper than h6. */
  private heading(offset: number, content: unknown, id?: string, part?: string, className?: string): TemplateResult {
    return renderHeading(this.attrs.headingLevel + offset, content, { id, part, className, focusTarget: offset === 0 });
  }

  /** A field of the source, verbatim (and so Danish), or "Ikke angivet" in the reader's language. */
  private source(text: SourceText): TemplateResult {
    return html`<dd lang=${text.verbatim ? 'da' : nothing}>${text.text}</dd>`;
  }

  private renderProfile(view: MunicipalityCardView, dataset: typeof DATA): TemplateResult {
    const m = this.m;
    const l = LABELS[this.language];
    const { profile, entry } = view;
    const { municipality } = profile;
    const lang = this.language;
    return html`<article class="root card" part="base" aria-labelledby="heading">
      ${this.renderNotices()}
      <div class="layout">
        <div class="body">
          <header class="head">
            ${this.heading(0, municipality.officialName, 'heading', 'heading', 'title')}
            ${view.region ? html`<p class="region"><span class="visually-hidden">${l.region}: </span>${view.region}</p>` : nothing}
          </header>
          ${entry
            ? html`<dl class="facts">
                ${entry.basis
                  ? html`<div class="basis">
                      <dt>${l.basis}</dt>
                      <dd>${entry.basis.label}: <q class="evidence" lang="da">${entry.basis.evidence}</q></dd>
                    </div>`
                  : html`<div><dt>${l.form}</dt>${this.source(entry.form)}</div>`}
                <div>
                  <dt>${l.category}</dt>
                  <dd>
                    <span class="category">${entry.categoryLabel}</span>
                    <p class="description">${entry.categoryDescription}</p>
                    <details class="why disclosure">
                      <summary>${m.whyCategory}</summary>
                      <p lang="da">${entry.reason}</p>
                      ${m.reasonNote ? html`<p class="reason-note">${m.reasonNote}</p>` : nothing}
                    </details>
                  </dd>
                </div>
                <div>
                  <dt>${m.document}</dt>
                  <dd>${this.renderDocument(entry.documentText, entry.documentUrl)}</dd>
                </div>
                <div><dt>${l.period}</dt>${this.source(entry.period)}</div>
                <div>
                  <dt>${l.statusLabel}</dt>
                  <dd>
                    <span class="badge" part="badge" data-value=${entry.status}>${entry.statusLabel}</span>
                    <span class="as-of">${l.statusAt(formatDate(this.asOfDate, lang))}</span>
                  </dd>
                </div>
              </dl>`
            : html`<p class="badges"><span class="badge" part="badge" data-value="not-registered">${l.notRegistered}</span></p>
                <p class="not-registered">${profile.example ? m.notRegisteredWithExample : m.notRegisteredText}</p>`}
        </div>
        ${ours('kl-denmark-map')
          ? html`<div class="locator" part="locator">
              <kl-denmark-map
                variant="locator"
                highlight=${municipality.code}
                heading=${m.locatorName(municipality.officialName)}
                .dataset=${dataset}
                lang=${lang}
                theme=${this.theme ?? nothing}
                as-of=${this.asOfDate}
              ></kl-denmark-map>
            </div>`
          : nothing}
      </div>
      ${profile.example ? this.renderExample(view, profile.example) : nothing} ${this.others ? this.renderInspiration(view, this.others) : nothing}
      <div class="footnote">${this.renderContact(view)} ${this.correction ? html`<p class="correction">${renderCorrection(this.correction, 'correction-link')}</p>` : nothing}</div>
    </article>`;
  }

  private renderDocument(text: string | null, url: string | null): TemplateResult {
    if (url) return html`<a class="link" part="link" href=${url} lang="da">${text ?? url}</a>`;
    return html`${text ? html`<span class="link-text" lang="da">${text}</span>` : html`<span>${LABELS[this.language].notStated}</span>`}
      <span class="note">${this.m.noAddress}</span>`;
  }

  private renderExample(view: MunicipalityCardView, example: Example): TemplateResult {
    const m = this.m;
    return html`<div class="example" part="example">
      ${this.heading(1, m.exampleTitle, undefined, undefined, 'example-title')}
      ${view.exampleCategoryLabel ? html`<p class="kicker">${m.exampleOf(view.exampleCategoryLabel)}</p>` : nothing}
      <div lang="da">
        <p class="example-heading">${example.heading}</p>
        <figure class="quote">
          <blockquote><p>${example.quote}</p></blockquote>
          <figcaption>${view.profile.municipality.officialName}</figcaption>
        </figure>
        <p class="summary">${example.summary}</p>
        ${example.highlights.map(
          (highlight) => html`<div class="highlight">
            ${this.heading(2, highlight.title, undefined, undefined, 'highlight-title')}
            <ul>
              ${highlight.items.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>`,
        )}
      </div>
      ${example.answers.length
        ? html`<div class="answers">
            ${this.heading(2, m.answers, undefined, undefined, 'answers-title')}
            <dl lang="da">
              ${example.answers.map((qa) => html`<dt>${qa.question}</dt><dd>${qa.answer}</dd>`)}
            </dl>
          </div>`
        : nothing}
    </div>`;
  }

  private renderInspiration(view: MunicipalityCardView, inspiration: InspirationView): TemplateResult | typeof nothing {
    const m = this.m;
    const { neighbours: near, sameKind } = inspiration;
    if (near.items.length === 0 && !sameKind?.items.length) return nothing;
    const island = near.kind === 'nearest';
    return html`<section class="inspiration" part="inspiration" aria-labelledby="inspiration-title">
      ${this.heading(1, m.inspirationTitle, 'inspiration-title', undefined, 'inspiration-title')}
      ${near.items.length
        ? html`<div class="group">
            ${this.heading(2, island ? m.nearestTitle : m.neighboursTitle, undefined, undefined, 'group-title')}
            ${island ? html`<p class="note nearest-note">${m.nearestNote(view.profile.municipality.officialName)}</p>` : nothing}
            ${this.renderOthers(near.items)}
          </div>`
        : nothing}
      ${sameKind?.items.length
        ? html`<div class="group">
            ${this.heading(2, m.sameKindTitle(sameKind.categoryLabel), undefined, undefined, 'group-title')} ${this.renderOthers(sameKind.items)}
          </div>`
        : nothing}
    </section>`;
  }

  /** Each municipality with its form, period and status; its name a link by `card-url`, else a button for the page. */
  private renderOthers(items: readonly InspirationItem[]): TemplateResult {
    const l = LABELS[this.language];
    const source = (text: SourceText, className: string) => html`<span class=${className} lang=${text.verbatim ? 'da' : nothing}>${text.text}</span>`;
    return html`<ul class="others">
      ${items.map(
        (item) => html`<li class="other" part="other" data-code=${item.code}>
          ${item.href
            ? html`<a class="other-name" part="other-link" href=${item.href}>${item.name}</a>`
            : html`<button type="button" class="other-name" part="other-link" @click=${() => this.choose(item)}>${item.name}</button>`}
          <span class="other-facts">
            ${item.form ? html`<span><span class="visually-hidden">${l.form}: </span>${source(item.form, 'other-form')}</span>` : nothing}
            <span class="other-status">
              ${item.period ? html`<span><span class="visually-hidden">${l.period}: </span>${source(item.period, 'other-period')}</span>` : nothing}
              <span><span class="visually-hidden">${l.statusLabel}: </span><span class="badge" data-value=${item.status}>${item.statusLabel}</span></span>
            </span>
          </span>
        </li>`,
      )}
    </ul>`;
  }

  /** The reader chose a municipality of the inspiration: the page decides what to show. */
  private choose(item: InspirationItem): void {
    this.chosen = item.code;
    this.emit('kl-municipality-select', { code: item.code, name: item.municipality.name });
  }

  private renderContact(view: MunicipalityCardView): TemplateResult {
    const { text, name, email } = view.contact;
    const mail = html`<a href="mailto:${email}">${email}</a>`;
    const intro = this.m.contactIntro;
    if (intro) return html`<p class="contact" part="contact">${intro} ${name}, ${mail}.</p>`;
    // The mapping's own sentence, with its e-mail address as the link.
    const at = text.indexOf(email);
    return at >= 0
      ? html`<p class="contact" part="contact" lang="da">${text.slice(0, at)}${mail}${text.slice(at + email.length)}</p>`
      : html`<p class="contact" part="contact" lang="da">${text} ${mail}</p>`;
  }
}
