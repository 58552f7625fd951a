// The dataset an element shows: the one set as a property (validated once per object), the one
// loaded from `src` (on @lit/task: one load at a time, the last one wins, a retry runs it again),
// or the bundled default. Failures become an error state, a console error and `kl-data-error`.
import type { ReactiveControllerHost } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import { validateDataset, type Dataset } from '@kl-digital/core';
import { DatasetLoadError, loadDataset, type LoadFailure } from '../load-dataset.js';

/** What the element shows now. */
export type DatasetState =
  | { kind: 'ready'; dataset: Dataset }
  | { kind: 'loading' }
  | { kind: 'error'; failure: LoadFailure };

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

// A dataset given as a property is validated once, however many elements share it.
const validated = new WeakMap<object, ReturnType<typeof validateDataset>>();
function validateOnce(value: unknown, fallback: Dataset): ReturnType<typeof validateDataset> {
  if (value === fallback) return { ok: true, dataset: fallback };
  if (typeof value !== 'object' || value === null) return validateDataset(value);
  let result = validated.get(value);
  if (!result) validated.set(value, (result = validateDataset(value)));
  return result;
}

export class DatasetController {
  private readonly task: Task<[string, number], { src: string; dataset: Dataset }>;
  private lastOwn: { value: unknown; state: DatasetState } | undefined;

  constructor(
    private readonly host: DatasetHost,
    private readonly fallback: Dataset,
  ) {
    this.task = new Task(host, {
      task: async ([src, seconds]) => {
        if (!src) return initialState;
        return { src, dataset: await loadDataset(src, seconds) };
      },
      args: () => [this.host.src?.trim() ?? '', this.host.loadSeconds],
      onError: (error: unknown) => {
        // An element taken off the page while its load ran says nothing when the load ends.
        if (this.host.isConnected) this.host.datasetFailed(this.failureOf(error));
      },
    });
  }

  /** The dataset to show, or why there is none yet. */
  get state(): DatasetState {
    const src = this.host.src?.trim() ?? '';
    if (src) {
      // Until the task has run for this `src` (it runs just before render), it is loading.
      if (this.task.status === TaskStatus.COMPLETE && this.task.value?.src === src) return { kind: 'ready', dataset: this.task.value.dataset };
      if (this.task.status === TaskStatus.ERROR) return { kind: 'error', failure: this.failureOf(this.task.error) };
      return { kind: 'loading' };
    }
    const own = this.host.ownDataset;
    if (own === undefined) return { kind: 'ready', dataset: this.fallback };
    if (this.lastOwn?.value !== own) {
      const result = validateOnce(own, this.fallback);
      const state: DatasetState = result.ok ? { kind: 'ready', dataset: result.dataset } : { kind: 'error', failure: { kind: 'invalid', url: '', issues: result.issues } };
      this.lastOwn = { value: own, state };
      if (state.kind === 'error') this.host.datasetFailed(state.failure);
    }
    return this.lastOwn.state;
  }

  /** Loads `src` again after a failure. */
  retry(): void {
    void this.task.run();
  }

  private failureOf(error: unknown): LoadFailure {
    return error instanceof DatasetLoadError ? error.failure : { kind: 'network', url: this.host.src ?? '' };
  }
}
