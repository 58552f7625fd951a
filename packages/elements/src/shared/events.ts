// The events the elements fire. All bubble and cross shadow roots (composed).

/** Detail of `kl-municipality-select`: the selected municipality, or nulls when cleared. */
export interface MunicipalitySelectDetail {
  /** Four-digit code, or null when the selection was cleared. */
  code: string | null;
  /** Name as in the mapping (`Sorø`), or null when cleared. */
  name: string | null;
}

/** Detail of `kl-filter-change`: the values a legend or a filter keeps (empty: all). */
export interface FilterChangeDetail {
  /** What the values are: `category`, `status` or `region`. */
  colorBy: string;
  values: string[];
}

/** Detail of `kl-data-error`: why the dataset could not be shown. */
export interface DataErrorDetail {
  message: string;
}

/** Fired when a municipality is selected or the selection is cleared. */
export type MunicipalitySelectEvent = CustomEvent<MunicipalitySelectDetail>;
/** Fired when the set of filtered values changes. */
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;
/** Fired when a dataset from `src` fails to load or validate. */
export type DataErrorEvent = CustomEvent<DataErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-municipality-select': MunicipalitySelectEvent;
    'kl-filter-change': FilterChangeEvent;
    'kl-data-error': DataErrorEvent;
  }
}
