// Writes rows back as data/ keeps its CSV files: UTF-8 without a byte order mark, `,` between
// fields, `\n` after every record (the last too), and quotes only where a field needs them
// (a comma, a quote or a line break). An unchanged file comes back byte for byte.
import { csvFormat } from 'd3-dsv';

/** The text of a CSV file of `data/` with `columns` as its header, in that order. */
export function formatCsv<C extends string>(columns: readonly C[], rows: readonly Readonly<Record<C, string>>[]): string {
  return `${csvFormat(rows as Record<C, string>[], [...columns])}\n`;
}
