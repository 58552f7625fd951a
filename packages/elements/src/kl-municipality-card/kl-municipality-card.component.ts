import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { municipalityProfile, resolveMunicipality, type Dataset, type Example, type Municipality, type MunicipalityProfile, isStated } from '@kl-digital/core';
import { KlElement } from '../shared/kl-element.js';
import { readHeadingLevel, renderHeading } from '../shared/heading.js';
import { formatDate } from '../shared/format.js';
import { warnOnce } from '../shared/warn.js';
import '../kl-denmark-map/kl-denmark-map.js';
import { HEADING_LEVELS, MUNICIPALITY_CARD_DEFAULTS, type HeadingLevel } from './kl-municipality-card.defs.js';
import { cardMessages, type CardMessages } from './kl-municipality-card.messages.js';
import { municipalityCardStyles } from './kl-municipality-card.styles.js';

/** What the card shows, derived from the attributes and the data in willUpdate. */
type View =
  | { kind: 'profile'; profile: MunicipalityProfile }
  | { kind: 'unknown'; query: string; suggestions: Municipality[] }
  | { kind: 'missing' };

/** A cell the source left empty or wrote as `-`. */
const blank = (text: string) => !isStated(text);

/**
 * One municipality's own entry in KL's mapping of the municipalities' digital strategies, for
 * the municipality's own site: form, category and why, document link, period and status, the
 * mapping's example story where there is one, a locator map and KL's contact for corrections.
 *
 * @tagname kl-municipality-card
 * @summary One municipality's entry in the mapping, with status, example story and a locator map.
 *
 * @attr municipality - The municipality as people write it: a name (`Sorø`, `Sorø Kommune`, `soroe`) or a code (`0340`, `340`).
 * @attr heading-level - Level of the card's heading, 2 to 6 (default 2), so it fits the page's outline; its sub-headings follow.
 * @attr src - URL of a dataset JSON to load and validate instead of the bundled dataset.
 * @attr lang - `da` (default) or `en`; inherited from the page when not set.
 * @attr as-of - The date the status is taken at, `YYYY-MM-DD`; default today.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr load-timeout - Seconds before a `src` load gives up (default 15).
 *
 * @prop {Dataset | undefined} dataset - The dataset to render; default the bundled one.
 *
 * @fires {DataErrorEvent} kl-data-error - The dataset from `src` failed to load or validate (`{ message }`).
 *
 * @csspart base - The card's box.
 * @csspart heading - The municipality's name.
 * @csspart badge - The status badge (or "not registered").
 * @csspart link - The link to the municipality's document.
 * @csspart example - The mapping's example story of the municipality.
 * @csspart locator - The box of the locator map.
 * @csspart contact - KL's contact line for corrections.
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
export class KlMunicipalityCard extends KlElement {
  static override styles = [...KlElement.styles, municipalityCardStyles];

  static override properties = {
    ...KlElement.properties,
    municipality: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
  };

  /** The municipality, by name or code. */
  declare municipality: string | null;
  /** Level of the card's heading, `2`..`6`. */
  declare headingLevel: string | number | null;

  private view: View = { kind: 'missing' };
  private level: HeadingLevel = MUNICIPALITY_CARD_DEFAULTS.headingLevel;

  constructor() {
    super();
    this.municipality = null;
    this.headingLevel = null;
  }

  /** The card's own messages in its language. */
  private get m(): CardMessages {
    return cardMessages[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.t;

    const heading = readHeadingLevel(this.headingLevel, HEADING_LEVELS, MUNICIPALITY_CARD_DEFAULTS.headingLevel);
    this.level = heading.level as HeadingLevel;
    if (heading.invalid) this.notice(t.invalidValue('heading-level', String(this.headingLevel), HEADING_LEVELS.map(String)));

    const dataset = this.data;
    if (!dataset) return;
    const text = (this.municipality ?? '').trim();
    if (!text) {
      this.view = { kind: 'missing' };
      warnOnce(`<${this.localName}>: ${this.m.missing}`);
      return;
    }
    const result = resolveMunicipality(dataset, text);
    if (!result.found) {
      this.view = { kind: 'unknown', query: result.query, suggestions: result.suggestions };
      warnOnce(`<${this.localName}>: ${t.unknownMunicipality('municipality', result.query, result.suggestions.map((s) => s.name))}`);
      return;
    }
    const profile = municipalityProfile(dataset, result.municipality.code, { asOf: this.asOfDate });
    this.view = profile ? { kind: 'profile', profile } : { kind: 'unknown', query: text, suggestions: [] };
  }

  protected override render(): TemplateResult {
    return this.renderWithData((dataset) => {
      const view = this.view;
      if (view.kind === 'missing') return this.renderProblem(this.m.missingTitle, html`<p>${this.m.missing}</p>`);
      if (view.kind === 'unknown') return this.renderUnknown(view.query, view.suggestions);
      return this.renderProfile(dataset, view.profile);
    });
  }

  /** A heading at the card's level plus `offset`, never deeper than h6. */
  private heading(offset: number, content: unknown, id?: string, part?: string, className?: string): TemplateResult {
    return renderHeading(this.level + offset, content, { id, part, className });
  }

  private renderProblem(title: string, body: TemplateResult): TemplateResult {
    return html`<div class="root card" part="base">
      ${this.renderNotices()}
      <div class="problem" role="status">
        <p class="problem-title"><strong>${title}</strong></p>
        ${body}
      </div>
    </div>`;
  }

  private renderUnknown(query: string, suggestions: Municipality[]): TemplateResult {
    const m = this.m;
    return this.renderProblem(
      m.unknownTitle,
      html`<p>${m.unknownText(query)}</p>
        ${suggestions.length
          ? html`<p id="suggestions">${m.didYouMean}:</p>
              <ul class="suggestions" aria-labelledby="suggestions">
                ${suggestions.map((s) => html`<li>${s.name} <span class="muted">(${s.officialName}, ${s.code})</span></li>`)}
              </ul>`
          : nothing}
        <p class="muted">${m.unknownHint}</p>`,
    );
  }

  private renderProfile(dataset: Dataset, profile: MunicipalityProfile): TemplateResult {
    const t = this.t;
    const m = this.m;
    const lang = this.language;
    const { municipality, region, entry, category, status } = profile;
    return html`<article class="root card" part="base" aria-labelledby="heading">
      ${this.renderNotices()}
      <div class="layout">
        <div class="body">
          <header class="head">
            ${this.heading(0, municipality.officialName, 'heading', 'heading', 'title')}
            ${region ? html`<p class="region"><span class="visually-hidden">${t.region}: </span>${lang === 'en' ? region.nameEn : region.name}</p>` : nothing}
          </header>
          ${entry && category
            ? html`<dl class="facts">
                <div>
                  <dt>${t.form}</dt>
                  <dd lang="da">${blank(entry.form) ? t.notStated : entry.form}</dd>
                </div>
                <div>
                  <dt>${t.category}</dt>
                  <dd>
                    <span class="category">${category.label[lang]}</span>
                    <p class="description">${category.description[lang]}</p>
                    <details class="why">
                      <summary>${m.whyCategory}</summary>
                      <p lang="da">${entry.categoryReason}</p>
                    </details>
                  </dd>
                </div>
                <div>
                  <dt>${m.document}</dt>
                  <dd>${this.renderDocument(entry.linkText, profile.documentUrl)}</dd>
                </div>
                <div>
                  <dt>${t.period}</dt>
                  <dd lang="da">${entry.period.kind === 'none' || blank(entry.period.text) ? t.notStated : entry.period.text}</dd>
                </div>
                <div>
                  <dt>${t.statusLabel}</dt>
                  <dd>
                    <span class="badge" part="badge" data-value=${status ?? 'unknown'}>${t.status[status ?? 'unknown']}</span>
                    <span class="muted as-of">${t.statusAt(formatDate(this.asOfDate, lang))}</span>
                  </dd>
                </div>
              </dl>`
            : html`<p class="badges"><span class="badge" part="badge" data-value="not-registered">${t.notRegistered}</span></p>
                <p class="not-registered">${profile.example ? m.notRegisteredWithExample : m.notRegisteredText}</p>`}
        </div>
        <div class="locator" part="locator">
          <kl-denmark-map
            variant="locator"
            highlight=${municipality.code}
            heading=${m.locatorName(municipality.officialName)}
            .dataset=${dataset}
            lang=${lang}
            theme=${this.theme ?? nothing}
            as-of=${this.asOfDate}
          ></kl-denmark-map>
        </div>
      </div>
      ${profile.example ? this.renderExample(profile, profile.example) : nothing} ${this.renderContact(dataset)}
    </article>`;
  }

  private renderDocument(linkText: string, url: string | null): TemplateResult {
    const t = this.t;
    const text = blank(linkText) ? null : linkText;
    if (url) {
      return html`<a class="link" part="link" href=${url} lang="da">${text ?? url}</a>`;
    }
    return html`${text ? html`<span class="link-text" lang="da">${text}</span>` : html`<span>${t.notStated}</span>`}
      <span class="note">${this.m.noAddress}</span>`;
  }

  private renderExample(profile: MunicipalityProfile, example: Example): TemplateResult {
    const m = this.m;
    const lang = this.language;
    return html`<div class="example" part="example">
      ${this.heading(1, m.exampleTitle, undefined, undefined, 'example-title')}
      ${profile.exampleCategory ? html`<p class="kicker">${m.exampleOf(profile.exampleCategory.label[lang])}</p>` : nothing}
      <div lang="da">
        <p class="example-heading">${example.heading}</p>
        <figure class="quote">
          <blockquote><p>${example.quote}</p></blockquote>
          <figcaption>${profile.municipality.officialName}</figcaption>
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

  private renderContact(dataset: Dataset): TemplateResult {
    const { text, name, email } = dataset.mapping.contact;
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
