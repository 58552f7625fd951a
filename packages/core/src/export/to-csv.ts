// CSV text for spreadsheet programs, above all Danish Excel.

/** How `toCsv` writes. */
export interface CsvOptions {
  /**
   * Field separator; default `;`. Danish Excel (and Excel in other locales where the decimal
   * mark is a comma) splits a file it opens on `;`; with `,` everything lands in one column.
   */
  separator?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark, so that Excel reads æ, ø and å right; default true. */
  bom?: boolean;
  /** Line break between records; default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n';
}

/** The byte order mark `toCsv` starts with. */
export const CSV_BOM = '\uFEFF';

// A field a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `@SUM`, `-A1`): such
// text in a file people open by double-click is a known attack (CSV injection).
const FORMULA = /^[=+@\t\r]|^-(?!\d*(?:[.,]\d+)?$)/;

/**
 * The text of a CSV file from rows of fields (the first row is usually the header). A field is
 * quoted when it holds the separator, a quote or a line break, or starts or ends with a space;
 * quotes inside are doubled. A field that a spreadsheet would read as a formula gets a leading
 * `'`, the convention that makes Excel show it as text; a lone `-` and negative numbers stay.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: CsvOptions = {}): string {
  const { separator = ';', bom = true, newline = '\r\n' } = options;
  const field = (value: string | number | null | undefined): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (FORMULA.test(text)) text = `'${text}`;
    const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const body = rows.map((row) => row.map(field).join(separator)).join(newline);
  return `${bom ? CSV_BOM : ''}${body}${rows.length > 0 ? newline : ''}`;
}
