import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { CATEGORY_RULE_COLUMNS, STRATEGY_COLUMNS } from './data-files.js';
import { categoryRuleRows, readCategoryRuleRows, readStrategyRows, strategyRows } from './editable-rows.js';
import { formatCsv } from './format-csv.js';

const committed = (file: string) => readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8');

describe('strategyRows and categoryRuleRows', () => {
  const dataset = loadDataset();

  it('formatCsv(STRATEGY_COLUMNS, strategyRows(bundled dataset)) is data/strategies.csv byte for byte', () => {
    expect(formatCsv(STRATEGY_COLUMNS, strategyRows(dataset))).toBe(committed('strategies.csv'));
  });

  it('formatCsv(CATEGORY_RULE_COLUMNS, categoryRuleRows(bundled dataset)) is data/category-rules.csv byte for byte', () => {
    expect(formatCsv(CATEGORY_RULE_COLUMNS, categoryRuleRows(dataset))).toBe(committed('category-rules.csv'));
  });

  it('strategyRows gives back every column of every row as data/strategies.csv has it', () => {
    expect(strategyRows(dataset)).toEqual(readStrategyRows(committed('strategies.csv')));
    expect(categoryRuleRows(dataset)).toEqual(readCategoryRuleRows(committed('category-rules.csv')));
  });

  it("strategyRows gives Ishøj's url cell as written (spaces and ø), not as the dataset normalises it (%20, %C3%B8)", () => {
    const ishøj = strategyRows(dataset).find((row) => row.code === '0183')!;
    expect(ishøj.url).toContain('af undervisningen i Ishøj Kommunes skolevæsen');
    expect(dataset.entries.find((e) => e.code === '0183')!.url).toContain('af%20undervisningen%20i%20Ish%C3%B8j');
  });

  it('strategyRows finds a url cell that is only a part of its link cell', () => {
    const entry = { ...dataset.entries[0]!, linkText: 'Strategien (https://example.dk/strategi 2024.pdf) ', url: 'https://example.dk/strategi%202024.pdf' };
    expect(strategyRows({ ...dataset, entries: [entry] })[0]!.url).toBe('https://example.dk/strategi 2024.pdf');
  });
});

describe('readStrategyRows', () => {
  it('readStrategyRows reads a file saved with a byte order mark and CRLF line ends like one without', () => {
    const text = committed('strategies.csv');
    expect(readStrategyRows(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(readStrategyRows(text));
  });

  it("readStrategyRows refuses a file without the url column with the build's message", () => {
    expect(() => readStrategyRows('code,municipality,form,link_text,period,source\n')).toThrow('data/strategies.csv: missing column url');
  });
});
