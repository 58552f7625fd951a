// @kl-digital/core/build: the rules that build and check the dataset from data/, as a pure
// function over the files' text, and the reader and writer of the CSV files. The Node build
// (`npm run data`) and the editors' workbench in the browser share it. Apart from the main
// entry, so that elements do not carry the CSV parser.
export { buildDatasetFromFiles } from './build-dataset-from-files.js';
export type { DataBuild, DataFiles } from './build-dataset-from-files.js';
export type { DataError } from './data-error.js';
export { CATEGORY_RULE_COLUMNS, DATA_FILES, MENTION_COLUMNS, STRATEGY_COLUMNS } from './data-files.js';
export type { CategoryRuleColumn, CategoryRuleRow, DataFile, StrategyColumn, StrategyRow } from './data-files.js';
export { categoryRuleRows, readCategoryRuleRows, readStrategyRows, strategyRows } from './editable-rows.js';
export { formatCsv } from './format-csv.js';
export { parseCsv } from './parse-csv.js';
export type { CsvRow } from './parse-csv.js';
