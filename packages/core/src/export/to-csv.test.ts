import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from './to-csv.js';

describe('toCsv', () => {
  it('toCsv(rows) starts with the BOM, separates with ";" and ends each record with CRLF', () => {
    expect(toCsv([['Kommune', 'Region'], ['Sorø', 'Region Sjælland']])).toBe('\uFEFFKommune;Region\r\nSorø;Region Sjælland\r\n');
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('toCsv keeps æ, ø and å as they are', () => {
    expect(toCsv([['Æblerød', 'Sønderborg', 'Århus']], { bom: false })).toBe('Æblerød;Sønderborg;Århus\r\n');
  });

  it('toCsv quotes a field with the separator, a quote or a line break, and doubles quotes', () => {
    expect(toCsv([['a;b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']], { bom: false })).toBe(
      '"a;b";"say ""hi""";"two\nlines";"cr\rhere";plain\r\n',
    );
  });

  it('toCsv quotes a comma only when the comma is the separator', () => {
    expect(toCsv([['a,b', 'c;d']], { bom: false })).toBe('a,b;"c;d"\r\n');
    expect(toCsv([['a,b', 'c;d']], { bom: false, separator: ',', newline: '\n' })).toBe('"a,b",c;d\n');
  });

  it('toCsv quotes fields with leading or trailing space so they survive', () => {
    expect(toCsv([[' Sorø', 'Sorø ']], { bom: false })).toBe('" Sorø";"Sorø "\r\n');
  });

  it('toCsv writes empty, null and undefined fields as empty, and numbers as text', () => {
    expect(toCsv([['', null, undefined, 64]], { bom: false })).toBe(';;;64\r\n');
  });

  it('toCsv makes a field a spreadsheet would run as a formula plain text; "-" and "-5" stay', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '@SUM(A1)', '-A1', '-', '-5', '2016-2020']], { bom: false })).toBe(
      `"'=HYPERLINK(""x"")";'+1;'@SUM(A1);'-A1;-;-5;2016-2020\r\n`,
    );
  });

  it('toCsv([]) is the BOM alone', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });
});
