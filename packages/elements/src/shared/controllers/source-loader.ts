// Loading a dataset from `src`, on @lit/task: one load at a time, the last `src` wins, a retry runs
// it again, and a failure is told to the element once. Imported by the dataset controller only when
// an element has a `src`.
import { initialState, Task, TaskStatus } from '@lit/task';
import type { Dataset } from '@kl-digital/core';
import { DatasetLoadError, loadDataset, type LoadFailure } from '../load-dataset.js';
import type { DatasetHost, DatasetState } from './dataset-controller.js';

export class SourceLoader {
  private readonly task: Task<[string, number], { src: string; dataset: Dataset }>;

  constructor(
    private readonly host: DatasetHost,
    loaded: (dataset: Dataset) => Dataset,
  ) {
    this.task = new Task(host, {
      task: async ([src, seconds]) => {
        if (!src) return initialState;
        return { src, dataset: loaded(await loadDataset(src, seconds)) };
      },
      args: () => [this.host.src?.trim() ?? '', this.host.loadSeconds],
      onError: (error: unknown) => {
        // An element taken off the page while its load ran says nothing when the load ends.
        if (this.host.isConnected) this.host.datasetFailed(this.failureOf(error));
      },
    });
    // Added while the element updates: run now rather than in the next update.
    host.requestUpdate();
  }

  /** The state for `src`: loading until the task has run for it (it runs just before render). */
  state(src: string): DatasetState<Dataset> {
    if (this.task.status === TaskStatus.COMPLETE && this.task.value?.src === src) return { kind: 'ready', dataset: this.task.value.dataset };
    if (this.task.status === TaskStatus.ERROR) return { kind: 'error', failure: this.failureOf(this.task.error) };
    return { kind: 'loading' };
  }

  retry(): void {
    void this.task.run();
  }

  private failureOf(error: unknown): LoadFailure {
    return error instanceof DatasetLoadError ? error.failure : { kind: 'network', url: this.host.src ?? '' };
  }
}
