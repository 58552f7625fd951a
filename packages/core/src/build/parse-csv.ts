// Parses the text of a CSV file of data/ into rows, keeping the 1-based data row number for
// error messages. Text in, rows out: the Node build and the browser share it.
import { csvParse } from 'd3-dsv';

/** A parsed CSV row with its position in the file. */
export interface CsvRow {
  /** 1-based number of the data row (the header is not counted). */
  row: number;
  /** Cells by column name, as written (trimmed of a trailing carriage return only). */
  cells: Record<string, string>;
}

/**
 * Parses `text` (a leading byte order mark is dropped) and returns its rows; throws an Error
 * whose message starts with `label` when a column of `required` is missing.
 */
export function parseCsv(text: string, label: string, required: readonly string[]): CsvRow[] {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  const missing = required.filter((column) => !parsed.columns.includes(column));
  if (missing.length > 0) {
    throw new Error(`${label}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  return parsed.map((cells, i) => ({
    row: i + 1,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, (v ?? '').replace(/\r$/, '')])),
  }));
}
