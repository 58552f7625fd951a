// Reads a CSV file of data/ from disk into rows (the parsing is core's, src/build/parse-csv.ts).
import { readFileSync } from 'node:fs';
import { parseCsv, type CsvRow } from '../src/build/parse-csv.js';

export type { CsvRow };

/** Reads `file` and returns its rows; fails when a column of `required` is missing. */
export function readCsv(file: string, label: string, required: readonly string[]): CsvRow[] {
  return parseCsv(readFileSync(file, 'utf8'), label, required);
}
