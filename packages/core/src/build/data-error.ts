import type { DataFile } from './data-files.js';

/** One thing wrong with data/, as the build reports it. */
export interface DataError {
  /** The line the build prints: `data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period`. */
  message: string;
  /** The file it is in; null for the dataset as a whole. */
  file: DataFile | null;
  /** The 1-based data row of a CSV file (the header is not counted), or null. */
  row: number | null;
  /** The column (`period`) or JSON field the error is about, where there is one; else null. */
  column: string | null;
}
