// The files of data/ the dataset is built from, the columns of the two CSV files an editor
// changes, and those of the reviewed mentions of municipalities in the mapping's text. The
// build, the Node CLI and the editors' workbench read these names from here.

/** The files of `data/`, by what they hold. */
export const DATA_FILES = {
  regions: 'regions.csv',
  municipalities: 'municipalities.csv',
  categories: 'categories.csv',
  rules: 'category-rules.csv',
  strategies: 'strategies.csv',
  mentions: 'text-mentions.csv',
  sources: 'sources.csv',
  mapping: 'mapping.json',
  initiatives: 'initiatives.json',
} as const;

/** The name of one file of `data/` (`strategies.csv`). */
export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];

/** The columns of `data/strategies.csv`, in the file's order. */
export const STRATEGY_COLUMNS = ['code', 'municipality', 'form', 'link_text', 'url', 'period', 'source'] as const;

/** A column of `data/strategies.csv`. */
export type StrategyColumn = (typeof STRATEGY_COLUMNS)[number];

/** A row of `data/strategies.csv`: every cell as written. */
export type StrategyRow = Record<StrategyColumn, string>;

/** The columns of `data/category-rules.csv`, in the file's order. */
export const CATEGORY_RULE_COLUMNS = ['form', 'category', 'reason'] as const;

/** A column of `data/category-rules.csv`. */
export type CategoryRuleColumn = (typeof CATEGORY_RULE_COLUMNS)[number];

/** A row of `data/category-rules.csv`: every cell as written. */
export type CategoryRuleRow = Record<CategoryRuleColumn, string>;

/**
 * The columns of `data/text-mentions.csv`: a municipality the mapping's text names, the part of
 * the text (`example`, `breadth`, `depth`, `themes`), the sentence verbatim, the category it
 * states (empty where it states none), why, and the seed file.
 */
export const MENTION_COLUMNS = ['code', 'municipality', 'section', 'text', 'category', 'reason', 'source'] as const;
