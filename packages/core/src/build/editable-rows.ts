// The rows of the two files an editor changes, strategies.csv and category-rules.csv, as cells
// again: from a built dataset (its entries keep every cell verbatim), or from a file's text.
import type { Dataset } from '../model/dataset.js';
import { isFromText } from '../model/strategy-entry.js';
import { CATEGORY_RULE_COLUMNS, DATA_FILES, STRATEGY_COLUMNS, type CategoryRuleRow, type StrategyRow } from './data-files.js';
import { parseCsv } from './parse-csv.js';

/** The rows of `data/strategies.csv` that `dataset`'s entries were built from, in order (not those from the mapping's text). */
export function strategyRows(dataset: Dataset): StrategyRow[] {
  return dataset.entries.filter((entry) => !isFromText(entry)).map((entry) => ({
    code: entry.code,
    municipality: entry.municipality,
    form: entry.form,
    link_text: entry.linkText,
    url: urlCell(entry.linkText, entry.url),
    period: entry.period.text,
    source: entry.source,
  }));
}

/** The rows of `data/category-rules.csv` that `dataset`'s rules were built from, in order. */
export function categoryRuleRows(dataset: Dataset): CategoryRuleRow[] {
  return dataset.categoryRules.map(({ form, category, reason }) => ({ form, category, reason }));
}

/** The rows of a `strategies.csv` file's text; throws when a column is missing (the build's message). */
export function readStrategyRows(text: string): StrategyRow[] {
  return parseCsv(text, `data/${DATA_FILES.strategies}`, STRATEGY_COLUMNS).map(({ cells }) => pick(cells, STRATEGY_COLUMNS));
}

/** The rows of a `category-rules.csv` file's text; throws when a column is missing. */
export function readCategoryRuleRows(text: string): CategoryRuleRow[] {
  return parseCsv(text, `data/${DATA_FILES.rules}`, CATEGORY_RULE_COLUMNS).map(({ cells }) => pick(cells, CATEGORY_RULE_COLUMNS));
}

/**
 * The url cell as written, from the link cell and the normalised URL the dataset keeps
 * (`new URL(cell).href`: spaces become %20, ø %C3%B8). The build takes a URL only where it stands
 * in the link cell, so the cell is the part of the link text, from `http(s):` on, that reads as
 * that URL; the longest such part, not ending in a space, is what an editor wrote.
 */
function urlCell(linkText: string, href: string | null): string {
  if (href === null) return '';
  if (linkText.includes(href)) return href;
  for (const { index } of linkText.matchAll(/https?:/gi)) {
    for (let end = linkText.length; end > index; end -= 1) {
      const part = linkText.slice(index, end);
      if (!/\s$/.test(part) && normalised(part) === href) return part;
    }
  }
  return href;
}

function normalised(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function pick<C extends string>(cells: Record<string, string>, columns: readonly C[]): Record<C, string> {
  return Object.fromEntries(columns.map((column) => [column, cells[column] ?? ''])) as Record<C, string>;
}
