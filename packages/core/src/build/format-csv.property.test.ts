// Whatever an editor types into a cell, the file the workbench writes reads back as the same rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRATEGY_COLUMNS, type StrategyRow } from './data-files.js';
import { formatCsv } from './format-csv.js';
import { parseCsv } from './parse-csv.js';

// Commas, quotes, line breaks, spaces and Danish letters are what CSV quoting has to get right.
const cell = fc.string({ unit: fc.constantFrom('a', 'ø', 'Å', ' ', ',', '"', '\n', '\r\n', ';', '-', '1'), maxLength: 12 })
  // The reader drops a carriage return at the end of a cell (a CRLF file's), so a cell cannot end in one.
  .filter((text) => !text.endsWith('\r'));
const row = fc.record(Object.fromEntries(STRATEGY_COLUMNS.map((column) => [column, cell])) as Record<keyof StrategyRow, typeof cell>);

describe('formatCsv', () => {
  it('parseCsv(formatCsv(columns, rows)) gives back the rows, cell for cell', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(formatCsv(STRATEGY_COLUMNS, rows), 'strategies.csv', STRATEGY_COLUMNS);
        expect(parsed.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('formatCsv quotes only a cell that needs it, and ends the last record with a line break', () => {
    expect(formatCsv(['a', 'b'], [{ a: 'Fra 2017', b: 'Politisk model, principper og "retning"' }])).toBe(
      'a,b\nFra 2017,"Politisk model, principper og ""retning"""\n',
    );
  });
});
