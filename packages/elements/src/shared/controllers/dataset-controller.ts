// The dataset an element shows: the one set as a property (validated once per object), the one
// loaded from `src` (on @lit/task: one load at a time, the last one wins, a retry runs it again),
// or the element's own parts of the bundled dataset. Failures become an error state, a console
// error and `kl-data-error`.
//
// What checks and loads a dataset (valibot and the schema, @lit/task and the fetch) is imported
// only when an element is given one, by `src` or `.dataset`: an element showing the bundled data
// never downloads it.
import type { ReactiveControllerHost } from 'lit';
import type { Dataset, DatasetValidation } from '@kl-digital/core';
import type { LoadFailure } from '../load-dataset.js';
import type { SourceLoader } from './source-loader.js';

/** What the element shows now. */
export type DatasetState<D> = { kind: 'ready'; dataset: D } | { kind: 'loading' } | { kind: 'error'; failure: LoadFailure };

/** What the controller needs of its element. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** The URL to load, if any. */
  readonly src: string | null | undefined;
  /** The dataset set as a property, if any. */
  readonly ownDataset: Dataset | undefined;
  /** Seconds before a load gives up. */
  readonly loadSeconds: number;
  /** Told once per failure: the element says it on the console and fires `kl-data-error`. */
  datasetFailed(failure: LoadFailure): void;
}

// Datasets that need no check: the bundled parts, and every dataset a check has passed. An element
// that hands its data on (the explorer to its map, the card to nothing else) hands on a trusted one.
const trusted = new WeakSet<object>();
// A dataset given as a property is checked once, however many elements share it.
const checked = new WeakMap<object, DatasetValidation>();

/** Marks data that needs no check (the bundled parts an element ships with). */
export function trust<T extends object>(data: T): T {
  trusted.add(data);
  return data;
}

let schema: Promise<typeof import('@kl-digital/core/schema')> | undefined;
const loadSchema = () => (schema ??= import('@kl-digital/core/schema'));

export class DatasetController<D extends object> {
  private source: SourceLoader | undefined;
  private sourceLoading: Promise<void> | undefined;
  private lastOwn: { value: unknown; state: DatasetState<D> } | undefined;
  /** Resolves when a check or a load this controller started has settled (for `updateComplete`). */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: DatasetHost,
    private readonly fallback: D,
  ) {
    trust(fallback);
  }

  /** The dataset to show, or why there is none yet. */
  get state(): DatasetState<D> {
    const src = this.host.src?.trim() ?? '';
    if (src) {
      if (!this.source) {
        this.startSource();
        return { kind: 'loading' };
      }
      return this.source.state(src) as DatasetState<D>;
    }
    const own = this.host.ownDataset;
    if (own === undefined) return { kind: 'ready', dataset: this.fallback };
    if (trusted.has(own)) return { kind: 'ready', dataset: own as D };
    if (this.lastOwn?.value === own) return this.lastOwn.state;
    const result = checked.get(own);
    if (!result) {
      this.check(own);
      return { kind: 'loading' };
    }
    const state: DatasetState<D> = result.ok ? { kind: 'ready', dataset: result.dataset as unknown as D } : { kind: 'error', failure: { kind: 'invalid', url: '', issues: result.issues } };
    this.lastOwn = { value: own, state };
    if (state.kind === 'error') this.host.datasetFailed(state.failure);
    return state;
  }

  /** Loads `src` again after a failure. */
  retry(): void {
    this.source?.retry();
  }

  private track(work: Promise<unknown>): void {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending = done;
    void done.then(() => {
      if (this.pending === done) this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  private check(own: Dataset): void {
    this.track(
      loadSchema().then(({ validateDataset }) => {
        const result = validateDataset(own);
        if (result.ok) trusted.add(result.dataset);
        if (typeof own === 'object' && own !== null) {
          checked.set(own, result);
        } else if (!result.ok) {
          // Not an object at all: nothing to key a cache on; the element says so now.
          const failure: LoadFailure = { kind: 'invalid', url: '', issues: result.issues };
          this.lastOwn = { value: own, state: { kind: 'error', failure } };
          this.host.datasetFailed(failure);
        }
      }),
    );
  }

  private startSource(): void {
    this.sourceLoading ??= import('./source-loader.js').then(({ SourceLoader }) => {
      this.source = new SourceLoader(this.host, (dataset) => trust(dataset));
    });
    this.track(this.sourceLoading);
  }
}
