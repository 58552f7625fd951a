// The base of every element: its attributes read from the spec it declares (see
// attributes/attribute-spec.ts), the dataset (`.dataset`, `src` or the bundled default, see
// controllers/dataset-controller.ts), language, `as-of`, theme, typed events, and the loading,
// error and notice states.
import { LitElement, html, isServer, nothing, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatIssues, type Dataset, type Lang } from '@kl-digital/core';
import { BASE_ATTRIBUTES, type BaseAttributes, THEMES } from './base-attributes.js';
import type { AttributeProblem, AttributeSpec, ParsedAttributes, RawAttributes } from './attributes/attribute-spec.js';
import { DatasetController, type DatasetState } from './controllers/dataset-controller.js';
import { emit, type KlEventMap, type KlEventName } from './events/index.js';
import type { LoadFailure } from './load-dataset.js';
import { messages, type Messages } from './messages.js';
import { PRERENDERED_ATTRIBUTE, prerenderedAt, today } from './prerendered.js';
import { tokenStyles } from './tokens.styles.js';
import { valueStyles } from './value-styles.js';
import { warnOnce } from './warn.js';


/** A failure that loading again may mend (the server, the network); an invalid dataset or address would fail the same way. */
const retryable = (failure: LoadFailure) => failure.kind !== 'invalid' && failure.kind !== 'url';

/** The reactive property of an attribute definition. */
function propertyOf(def: AttributeSpec[string]): PropertyDeclaration {
  const type = def.kind === 'flag' ? Boolean : def.kind === 'number' ? Number : String;
  return { type, attribute: def.attribute, reflect: def.reflect ?? false };
}

export class KlElement<S extends AttributeSpec = BaseAttributes, M = unknown, D extends object = Dataset> extends LitElement {
  static override styles = [tokenStyles, valueStyles];

  /** The element's attributes (this class's and its subclass's), as the spec declares them. */
  static attributeSpec: AttributeSpec = BASE_ATTRIBUTES;
  /** The element's own texts, one object per language (see `withAttributes`). */
  static elementMessages: Readonly<Record<Lang, unknown>> = { da: {}, en: {} };
  /** The parts of the bundled dataset the element shows when it is given none (see `withAttributes`). */
  static defaultData: object = {};

  static override properties: PropertyDeclarations = {
    // `dataset` has its own accessor below; declared here so Lit treats changes as updates.
    dataset: { attribute: false, noAccessor: true },
    ...Object.fromEntries(Object.entries(BASE_ATTRIBUTES).map(([name, def]) => [name, propertyOf(def)])),
  };

  // The shared attributes' properties, typed as RawAttributes<BaseAttributes> types them.
  declare src: string | null;
  declare asOf: string | null;
  declare theme: (typeof THEMES)[number] | (string & {}) | null;
  declare loadTimeout: number | string | null;

  /** The reactive properties of a spec's attributes (see `withAttributes`). */
  static propertiesOf(spec: AttributeSpec): Record<string, PropertyDeclaration> {
    return Object.fromEntries(Object.entries(spec).map(([name, def]) => [name, propertyOf(def)]));
  }

  constructor() {
    super();
    // An attribute not set reads as null from code (false for a flag), as in HTML.
    const self = this as unknown as Record<string, unknown>;
    for (const [name, def] of Object.entries((this.constructor as typeof KlElement).attributeSpec)) {
      if (name !== 'lang') self[name] = def.kind === 'flag' ? false : null;
    }
  }

  private ownValue: Dataset | undefined;
  /** The dataset shown (see DatasetController). */
  protected readonly data$ = new DatasetController<D>(this, (this.constructor as typeof KlElement).defaultData as D);

  /**
   * The dataset to render; without it, the bundled default. The public API names it `dataset`,
   * which replaces HTMLElement's DOMStringMap on these elements (read data-* with getAttribute).
   * The getter is typed loosely only so that the class still satisfies HTMLElement.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override get dataset(): any {
    return this.ownValue;
  }
  override set dataset(value: Dataset | undefined) {
    const old = this.ownValue;
    this.ownValue = value;
    this.requestUpdate('dataset', old);
  }

  /** The dataset set as a property (for the dataset controller). */
  get ownDataset(): Dataset | undefined {
    return this.ownValue;
  }

  /** The value read from every attribute of the spec, in `willUpdate`: what render uses. */
  protected readonly attrs = {} as ParsedAttributes<S>;
  private readonly problems = new Map<string, AttributeProblem>();
  private readWith: { data: D | undefined; lang: Lang | undefined } = { data: undefined, lang: undefined };
  /** True when this update has new attributes, data or language: the element derives its view again. */
  protected inputsChanged = true;
  /**
   * True for an element rendered on the server: in the server's render, and in the browser for an
   * element whose shadow root came from it, from its first render on (see ./prerendered.ts).
   */
  protected prerendered = false;
  /** While the browser hydrates a prerendered element: the date the server rendered it at. */
  private hydrationDate: string | null = null;

  /** The language the element speaks now. */
  protected get language(): Lang {
    return ((this.attrs as Record<string, unknown>).lang as Lang | undefined) ?? 'da';
  }

  /** The shared messages (loading, errors, notices) in the element's language. */
  protected get t(): Messages {
    return messages[this.language];
  }

  /** The element's own texts in its language. */
  protected get m(): M {
    return (this.constructor as typeof KlElement).elementMessages[this.language] as M;
  }

  /** The dataset shown, when it is ready. */
  protected get data(): D | undefined {
    const state = this.data$.state;
    return state.kind === 'ready' ? state.dataset : undefined;
  }

  /** The `as-of` date as `YYYY-MM-DD` (today where the attribute is not a date). */
  protected get asOfDate(): string {
    return (this.attrs as Record<string, unknown>).asOf as string;
  }

  /** Seconds before a `src` load gives up (for the dataset controller). */
  get loadSeconds(): number {
    return ((this.attrs as Record<string, unknown>).loadTimeout as number | undefined) ?? 15;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.meetServer();
    this.readAttributes(changed as PropertyValues);
    const data = this.data;
    // A pointer move or a key press changes only a controller's state: nothing is derived again.
    if (this.inputsChanged && data) this.derive(data);
  }

  /** Derives what render shows from the values read and the data; called when either changed. */
  protected derive(_data: D): void {}

  // `await el.updateComplete` also waits for a dataset set as a property to be checked (the
  // schema is loaded on first use), so code that sets `.dataset` sees it rendered.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.data$.pending) {
      await this.data$.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Before the first render: on the server, writes on the host the date it renders at; in the
   * browser, an element rendered there takes that date for the render that hydrates it, then
   * renders again at today's date if the day has changed since.
   */
  private meetServer(): void {
    if (isServer) {
      this.prerendered = true;
      this.setAttribute(PRERENDERED_ATTRIBUTE, today());
      return;
    }
    const date = prerenderedAt(this);
    if (!date) return;
    this.prerendered = true;
    this.hydrationDate = date;
    void this.updateComplete.then(() => {
      this.hydrationDate = null;
      this.removeAttribute(PRERENDERED_ATTRIBUTE);
      // `as-of` read again: an element without one now takes today.
      if (date !== today()) this.requestUpdate('asOf', date);
    });
  }

  /** Reads the values that changed (or whose data or dependencies did), and records their problems. */
  private readAttributes(changed: PropertyValues): void {
    const spec = (this.constructor as typeof KlElement).attributeSpec;
    const data = this.data;
    const first = !this.hasUpdated;
    const dataChanged = data !== this.readWith.data;
    const reread = new Set<string>();
    const self = this as unknown as Record<string, unknown>;
    const attrs = this.attrs as Record<string, unknown>;
    for (const [name, def] of Object.entries(spec)) {
      const stale = first || changed.has(name) || (def.usesData && dataChanged) || def.dependsOn?.some((d) => reread.has(d));
      if (!stale) continue;
      reread.add(name);
      const reading = def.read(self[name], { data: data as Partial<Dataset> | undefined, parsed: attrs, host: this, today: this.hydrationDate ?? today() });
      attrs[name] = reading.value;
      if (reading.problem) this.problems.set(name, reading.problem);
      else this.problems.delete(name);
      // A reflected value is written back as read: ` Status ` becomes `status` in the markup.
      if (def.reflect && (def.kind === 'one-of' || def.kind === 'list-of') && !reading.problem && self[name] !== null && self[name] !== undefined) {
        const canonical = Array.isArray(reading.value) ? (reading.value.length ? reading.value.join(' ') : null) : reading.value;
        if (canonical !== self[name]) self[name] = canonical;
      }
    }
    const lang = this.language;
    this.inputsChanged = first || reread.size > 0 || dataChanged || lang !== this.readWith.lang || changed.has('dataset' as never);
    this.readWith = { data, lang };
    if (reread.size > 0 || lang !== this.readWith.lang) {
      for (const problem of this.problems.values()) warnOnce(`<${this.localName}>: ${this.t.problem(problem)}`);
    }
  }

  /** The problem read from an attribute, if any (for an element that shows it in its own way). */
  protected problemOf(name: string): AttributeProblem | undefined {
    return this.problems.get(name);
  }

  /** Sends a `kl-*` event from the element, typed by its name (see events/index.ts). */
  protected emit<K extends KlEventName>(name: K, detail: KlEventMap[K]): boolean {
    return emit(this, name, detail);
  }

  /** Loads `src` again after a failure. */
  retry(): void {
    this.data$.retry();
  }

  /** Called by the dataset controller once per failure. */
  datasetFailed(failure: LoadFailure): void {
    const message = this.failureMessage(failure);
    console.error(`[kl-digital] <${this.localName}>: ${message}`);
    this.emit('kl-data-error', { message, src: this.src?.trim() || null });
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
        return `${t.invalidDataset(failure.url)}\n${formatIssues(failure.issues, 5, this.language)}`;
    }
  }

  /** The loading or error state, or the element's content once the data is ready. */
  protected renderData(content: (dataset: D) => TemplateResult): TemplateResult {
    const state: DatasetState<D> = this.data$.state;
    const t = this.t;
    if (state.kind === 'loading') {
      return html`<div class="root state" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</div>`;
    }
    if (state.kind === 'error') {
      return html`<div class="root state error" part="error" role="alert">
        <h2>${t.errorTitle}</h2>
        <pre>${this.failureMessage(state.failure)}</pre>
        ${this.src && retryable(state.failure) ? html`<button class="button" type="button" @click=${() => this.retry()}>${t.retry}</button>` : nothing}
      </div>`;
    }
    return content(state.dataset);
  }

  /**
   * The inline notices for bad attributes, if any: the reader's (what is wrong, no attribute
   * names); the editor's sentence, with the attribute and what it takes, is on the console.
   */
  protected renderNotices(): TemplateResult | typeof nothing {
    const spec = (this.constructor as typeof KlElement).attributeSpec;
    const shown = [...this.problems].filter(([name]) => spec[name]?.inline !== false).map(([, problem]) => this.t.notice(problem));
    if (shown.length === 0) return nothing;
    return html`<div class="notice" part="notice" role="status">${shown.map((n) => html`<p>${n}</p>`)}</div>`;
  }
}

/**
 * The base class of an element with the attributes of `spec` (and the shared ones), its own texts
 * and the parts of the bundled dataset it shows: it creates the reactive properties and types
 * them, types `this.attrs` as the values read from them, `this.m` as the texts in the element's
 * language and `this.data` as the dataset shown (its parts, or a whole one from `src` or `.dataset`).
 * `class KlDenmarkMap extends withAttributes(MAP_ATTRIBUTES, mapMessages, { ...places, ...categories, ...entries }) { ... }`
 */
export function withAttributes<S extends AttributeSpec, M, D extends object>(spec: S, texts: Readonly<Record<Lang, M>>, data: D): KlElementClass<S, M, D> {
  class WithAttributes extends KlElement<S & BaseAttributes, M, D> {
    static override attributeSpec: AttributeSpec = { ...BASE_ATTRIBUTES, ...spec };
    static override elementMessages = texts;
    static override defaultData = data;
    static override properties = { ...KlElement.properties, ...KlElement.propertiesOf(spec) };
  }
  // The properties exist at run time (Lit creates them from `properties`); this gives them their types.
  return WithAttributes as unknown as KlElementClass<S, M, D>;
}

/**
 * The class `withAttributes(spec, texts, data)` returns: a KlElement whose properties, `attrs`,
 * `m` and `data` are typed by the spec, the texts and the parts of the dataset it shows.
 */
export type KlElementClass<S extends AttributeSpec, M, D extends object> = (new (...args: any[]) => KlElement<S & BaseAttributes, M, D> & // eslint-disable-line @typescript-eslint/no-explicit-any
  RawAttributes<S & BaseAttributes>) &
  Omit<typeof KlElement, 'prototype'>;
