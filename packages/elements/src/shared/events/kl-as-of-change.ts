/** Detail of `kl-as-of-change`: the date statuses are now taken at, as the reader chose it. */
export interface AsOfChangeDetail {
  /** The new `as-of`, `YYYY-MM-DD`: 31 December of the chosen year. */
  asOf: string;
  /** The chosen year. */
  year: number;
}

/** Fired by the timeline's year control (alone or inside the explorer) when the reader chooses another year. */
export type AsOfChangeEvent = CustomEvent<AsOfChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kl-as-of-change': AsOfChangeEvent;
  }
}
