// Loads a dataset JSON from a URL and validates it with core's schema. One request per URL
// per page, however many elements ask; a failed load is forgotten so a retry asks again.
import type { Dataset, DatasetIssue } from '@kl-digital/core';

/** Why a dataset could not be loaded, in terms an error state can explain. */
export type LoadFailure =
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'network'; url: string }
  | { kind: 'url'; url: string }
  | { kind: 'json'; url: string }
  | { kind: 'invalid'; url: string; issues: DatasetIssue[] };

/** Rejection value of `loadDataset`. */
export class DatasetLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(`${failure.kind} loading ${failure.url}`);
    this.name = 'DatasetLoadError';
  }
}

const cache = new Map<string, Promise<Dataset>>();

/** Fetches, parses and validates the dataset at `url`, failing after `timeoutSeconds`. */
export function loadDataset(url: string, timeoutSeconds: number): Promise<Dataset> {
  let href: string;
  try {
    href = new URL(url, document.baseURI).href;
  } catch {
    // A typo in `src` is an error state like any failed load, never an exception in the update.
    return Promise.reject(new DatasetLoadError({ kind: 'url', url }));
  }
  let pending = cache.get(href);
  if (!pending) {
    pending = fetchDataset(href, timeoutSeconds);
    cache.set(href, pending);
    pending.catch(() => cache.delete(href));
  }
  return pending;
}

async function fetchDataset(url: string, seconds: number): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw new DatasetLoadError(controller.signal.aborted ? { kind: 'timeout', url, seconds } : { kind: 'network', url });
    }
    if (!response.ok) throw new DatasetLoadError({ kind: 'http', url, status: response.status, statusText: response.statusText });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new DatasetLoadError(controller.signal.aborted ? { kind: 'timeout', url, seconds } : { kind: 'json', url });
    }
    // The schema (valibot) is a chunk of its own: only a page that loads a dataset fetches it.
    const { validateDataset } = await import('@kl-digital/core/schema');
    const result = validateDataset(json);
    if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', url, issues: result.issues });
    return result.dataset;
  } finally {
    clearTimeout(timer);
  }
}
