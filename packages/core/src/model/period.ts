/**
 * How a period was written in the mapping:
 * - `range`: `2019-2023`
 * - `from`: `Fra 2017`, `2018-` (open-ended)
 * - `until`: `Frem til 2025`
 * - `year`: `2021` (a single year: dated, with no stated validity)
 * - `approved`: `Godkendt 2019` (adopted that year, no stated end)
 * - `none`: `-` or empty
 */
export type PeriodKind = 'range' | 'from' | 'until' | 'year' | 'approved' | 'none';

/** A period as written, with the years the text states. Never a year the text does not give. */
export interface Period {
  /** The cell verbatim. */
  text: string;
  kind: PeriodKind;
  /** First year in force, where the text gives one. */
  from: number | null;
  /** Last year in force (inclusive), where the text gives one. */
  to: number | null;
  /** True where the text says the period has no end (`Fra 2017`, `2018-`). */
  openEnded: boolean;
}

/** Status of an entry at a date, derived from its period. */
export type Status = 'current' | 'expired' | 'upcoming' | 'unknown';

/** All statuses in display order. */
export const STATUSES = ['current', 'expired', 'upcoming', 'unknown'] as const satisfies readonly Status[];
