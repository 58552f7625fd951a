// The workbench's state: the version the editor loaded and the one being edited, each as the
// rows of the two files an editor changes, and how they become a dataset: by core's own build,
// on the very text the editor downloads. The other files (municipalities, mapping, initiatives)
// come from the loaded dataset rather than from data/ through Vite's `?raw`: a dataset JSON the
// editor opens (the one KL published last) then keeps its own parts, and the page needs nothing
// from data/ that the published package does not carry.
import { compareDanish, type Dataset } from '@kl-digital/core';
import {
  buildDatasetFromFiles,
  CATEGORY_RULE_COLUMNS,
  categoryRuleRows,
  formatCsv,
  STRATEGY_COLUMNS,
  strategyRows,
  type CategoryRuleRow,
  type DataBuild,
  type StrategyRow,
} from '@kl-digital/core/build';

/** The two files an editor changes, as rows. */
export interface Sheet {
  rows: StrategyRow[];
  rules: CategoryRuleRow[];
}

/** Where the loaded version came from. */
export type Origin = { kind: 'bundled' } | { kind: 'json' | 'csv'; name: string };

/** The version the editor loaded: what the changes are counted against. */
export interface Loaded extends Sheet {
  origin: Origin;
  /** A dataset JSON the editor opened, whose other parts the build keeps; null: the bundled one. */
  base: Dataset | null;
}

/** Everything the workbench keeps between reloads. */
export interface Work {
  loaded: Loaded;
  current: Sheet;
  /** The municipality being edited, by code. */
  selected: string | null;
}

const copySheet = (sheet: Sheet): Sheet => ({ rows: sheet.rows.map((row) => ({ ...row })), rules: sheet.rules.map((rule) => ({ ...rule })) });

/** The rows a dataset was built from. */
export function sheetOf(dataset: Dataset): Sheet {
  return { rows: strategyRows(dataset), rules: categoryRuleRows(dataset) };
}

/** Fresh work on a loaded version, nothing changed yet. */
export function startWork(origin: Origin, base: Dataset | null, sheet: Sheet, selected: string | null = null): Work {
  return { loaded: { origin, base, ...copySheet(sheet) }, current: copySheet(sheet), selected };
}

/** The text of strategies.csv as the editor would commit it. */
export const strategiesCsv = (sheet: Sheet): string => formatCsv(STRATEGY_COLUMNS, sheet.rows);

/** The text of category-rules.csv as the editor would commit it. */
export const categoryRulesCsv = (sheet: Sheet): string => formatCsv(CATEGORY_RULE_COLUMNS, sheet.rules);

/** The dataset the other parts come from. */
export const baseOf = (work: Work, bundled: Dataset): Dataset => work.loaded.base ?? bundled;

/** The build of the edited files, with the build's own rules and messages. */
export function buildWork(work: Work, bundled: Dataset): DataBuild {
  return buildDatasetFromFiles(
    { 'strategies.csv': strategiesCsv(work.current), 'category-rules.csv': categoryRulesCsv(work.current) },
    baseOf(work, bundled)
  );
}

/**
 * Adds an empty entry for a municipality where data/strategies.csv would have it: the file is
 * in the order of the names, so the commit changes one line. Returns the new row's index.
 */
export function addEntry(sheet: Sheet, municipality: { code: string; name: string }, source: string): number {
  const row: StrategyRow = { code: municipality.code, municipality: municipality.name, form: '', link_text: '', url: '', period: '-', source };
  const after = sheet.rows.findIndex((other) => compareDanish(other.municipality, municipality.name) > 0);
  const index = after === -1 ? sheet.rows.length : after;
  sheet.rows.splice(index, 0, row);
  return index;
}

/** True when no rule in `sheet` is for `form`. */
export const lacksRule = (sheet: Sheet, form: string): boolean => !sheet.rules.some((rule) => rule.form === form);

/**
 * Gives `form` a rule. Where the form replaced one whose rule nothing else uses now (a typo put
 * right, a renamed document), that rule is changed in place, so category-rules.csv changes one
 * line and no rule is left that the build would refuse as unused. Returns the form it replaced.
 */
export function addRule(sheet: Sheet, rule: CategoryRuleRow, replacedForm: string | undefined): string | null {
  const orphan =
    replacedForm !== undefined && replacedForm !== rule.form && !sheet.rows.some((row) => row.form === replacedForm)
      ? sheet.rules.find((other) => other.form === replacedForm)
      : undefined;
  if (orphan) {
    Object.assign(orphan, rule);
    return replacedForm!;
  }
  sheet.rules.push(rule);
  return null;
}
