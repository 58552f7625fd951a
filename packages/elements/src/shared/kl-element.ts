// The base of every element: data (`.dataset`, `src` or the bundled default), language,
// `as-of`, theme, the loading and error states, and the inline notices for bad attributes.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatIssues, isIsoDate, isoDate, validateDataset, type Dataset } from '@kl-digital/core';
import { dataset as defaultDataset } from '@kl-digital/core/dataset';
import { langOf, resolveLang, type Lang } from './lang.js';
import { DatasetLoadError, loadDataset, type LoadFailure } from './load-dataset.js';
import { messages, type Messages } from './messages.js';
import { tokenStyles } from './tokens.styles.js';
import { valueStyles } from './value-styles.js';
import { warnOnce } from './warn.js';

// A dataset given as a property is validated once, however many elements share it.
const validated = new WeakMap<object, ReturnType<typeof validateDataset>>();
function validateOnce(value: Dataset): ReturnType<typeof validateDataset> {
  if (value === defaultDataset) return { ok: true, dataset: defaultDataset };
  if (typeof value !== 'object' || value === null) return validateDataset(value);
  let result = validated.get(value);
  if (!result) validated.set(value, (result = validateDataset(value)));
  return result;
}

type DataState =
  | { kind: 'ready'; dataset: Dataset }
  | { kind: 'loading' }
  | { kind: 'error'; failure: LoadFailure };

export abstract class KlElement extends LitElement {
  static override styles = [tokenStyles, valueStyles];

  static override properties = {
    // `dataset` has its own accessor below; declared here so Lit treats changes as updates.
    dataset: { attribute: false, noAccessor: true },
    src: { type: String },
    asOf: { type: String, attribute: 'as-of' },
    theme: { type: String, reflect: true },
    // Reflected: `el.lang = 'en'` (from code, or a React prop) sets the attribute that the page,
    // screen readers and nested elements read.
    lang: { type: String, reflect: true },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    _state: { state: true },
  };

  private ownDataset: Dataset | undefined;

  /**
   * The dataset to render; without it, the bundled default. The public API names it `dataset`,
   * which replaces HTMLElement's DOMStringMap on these elements (read data-* with getAttribute).
   * The getter is typed loosely only so that the class still satisfies HTMLElement.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override get dataset(): any {
    return this.ownDataset;
  }
  override set dataset(value: Dataset | undefined) {
    const old = this.ownDataset;
    this.ownDataset = value;
    this.requestUpdate('dataset', old);
  }
  /** URL of a dataset JSON to load and validate instead of the bundled one. */
  declare src: string | undefined;
  /** Date statuses are taken at, `YYYY-MM-DD`; default today. */
  declare asOf: string | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Seconds before a `src` load gives up. */
  declare loadTimeout: number;
  declare protected _state: DataState;

  /** Problems with attributes found in the last update, shown inline and warned once. */
  protected notices: string[] = [];
  private loadToken = 0;

  constructor() {
    super();
    this.loadTimeout = 15;
    this._state = { kind: 'ready', dataset: defaultDataset };
  }

  /** The language the element speaks now. */
  protected get language(): Lang {
    // The own property first: set from code, it is there before the update reflects it.
    return this.lang ? langOf(this.lang) : resolveLang(this);
  }

  /** The messages of the element's language. */
  protected get t(): Messages {
    return messages[this.language];
  }

  /** The dataset shown, when it is ready. */
  protected get data(): Dataset | undefined {
    return this._state.kind === 'ready' ? this._state.dataset : undefined;
  }

  /** The `as-of` date as `YYYY-MM-DD`; today (with a notice) when the attribute is not a date. */
  protected get asOfDate(): string {
    if (this.asOf && isIsoDate(this.asOf.trim())) return this.asOf.trim();
    return isoDate(new Date());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('dataset') || !this.hasUpdated) this.resolveData();
    this.notices = [];
    if (this.asOf && !isIsoDate(this.asOf.trim())) this.notice(this.t.invalidDate('as-of', this.asOf));
  }

  /** Records a problem with an attribute: shown in the element, warned on the console once. */
  protected notice(message: string): void {
    this.notices.push(message);
    warnOnce(`<${this.localName}>: ${message}`);
  }

  /** Loads `src` again after a failure. */
  retry(): void {
    this.resolveData();
  }

  private resolveData(): void {
    const token = ++this.loadToken;
    if (this.src) {
      this._state = { kind: 'loading' };
      loadDataset(this.src, this.loadTimeout > 0 ? this.loadTimeout : 15).then(
        (dataset) => token === this.loadToken && (this._state = { kind: 'ready', dataset }),
        (error: unknown) => {
          if (token !== this.loadToken) return;
          const failure: LoadFailure = error instanceof DatasetLoadError ? error.failure : { kind: 'network', url: this.src ?? '' };
          this._state = { kind: 'error', failure };
          const message = this.failureMessage(failure);
          console.error(`[kl-digital] <${this.localName}>: ${message}`);
          this.dispatchEvent(new CustomEvent('kl-data-error', { detail: { message }, bubbles: true, composed: true }));
        },
      );
    } else if (this.ownDataset !== undefined) {
      // A property set by code is checked like a loaded file: a bad one gets an error state.
      const own = this.ownDataset;
      const result = validateOnce(own);
      this._state = result.ok ? { kind: 'ready', dataset: result.dataset } : { kind: 'error', failure: { kind: 'invalid', url: '', issues: result.issues } };
      if (!result.ok) {
        const message = this.failureMessage({ kind: 'invalid', url: '', issues: result.issues });
        console.error(`[kl-digital] <${this.localName}>: ${message}`);
        this.dispatchEvent(new CustomEvent('kl-data-error', { detail: { message }, bubbles: true, composed: true }));
      }
    } else {
      this._state = { kind: 'ready', dataset: defaultDataset };
    }
  }

  private failureMessage(failure: LoadFailure): string {
    const t = this.t;
    switch (failure.kind) {
      case 'http':
        return t.httpError(failure.status, failure.statusText, failure.url);
      case 'timeout':
        return t.timeout(failure.url, failure.seconds);
      case 'network':
        return t.networkError(failure.url);
      case 'url':
        return t.badUrl(failure.url);
      case 'json':
        return t.notJson(failure.url);
      case 'invalid':
        return `${t.invalidDataset(failure.url)}\n${formatIssues(failure.issues)}`;
    }
  }

  /** The loading or error state, or the element's content once the data is ready. */
  protected renderWithData(content: (dataset: Dataset) => TemplateResult): TemplateResult {
    const state = this._state;
    const t = this.t;
    if (state.kind === 'loading') {
      return html`<div class="root state" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</div>`;
    }
    if (state.kind === 'error') {
      return html`<div class="root state error" part="error" role="alert">
        <h2>${t.errorTitle}</h2>
        <pre>${this.failureMessage(state.failure)}</pre>
        ${this.src ? html`<button class="button" type="button" @click=${() => this.retry()}>${t.retry}</button>` : nothing}
      </div>`;
    }
    return content(state.dataset);
  }

  /** The inline notices for bad attributes, if any. */
  protected renderNotices(): TemplateResult | typeof nothing {
    if (this.notices.length === 0) return nothing;
    return html`<div class="notice" part="notice" role="status">${this.notices.map((n) => html`<p>${n}</p>`)}</div>`;
  }
}
