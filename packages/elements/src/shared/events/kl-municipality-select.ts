/** Detail of `kl-municipality-select`: the selected municipality, or nulls when cleared. */
export interface MunicipalitySelectDetail {
  /** Four-digit code, or null when the selection was cleared. */
  code: string | null;
  /** Name as in the mapping (`Sorø`), or null when cleared. */
  name: string | null;
}

/** Fired by the map, the table and the explorer when a municipality is selected or the selection is cleared, and by the card when one of its inspiration is chosen. */
export type MunicipalitySelectEvent = CustomEvent<MunicipalitySelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-municipality-select': MunicipalitySelectEvent;
  }
}
