/** Detail of `kl-data-error`: why the dataset could not be shown. */
export interface DataErrorDetail {
  /** What went wrong, in the element's language (also shown in the element and on the console). */
  message: string;
  /** The `src` that failed, or null for a dataset set as a property. */
  src: string | null;
}

/** Fired by every element when its dataset (from `src` or the `dataset` property) fails to load or validate. */
export type DataErrorEvent = CustomEvent<DataErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-data-error': DataErrorEvent;
  }
}
