// What changed between the loaded version and the edited one, cell by cell, as a reviewer of the
// pull request would read the diff: the row of the edited file, the field, before and after.
import { CATEGORY_RULE_COLUMNS, STRATEGY_COLUMNS, type CategoryRuleColumn, type StrategyColumn, type StrategyRow } from '@kl-digital/core/build';
import type { Sheet } from './work.js';

/** One changed cell, or an entry or rule added or removed. */
export type Change =
  | { file: 'strategies.csv'; kind: 'changed'; row: number; label: string; column: StrategyColumn; before: string; after: string }
  | { file: 'strategies.csv'; kind: 'added' | 'removed'; row: number; label: string; before: string; after: string }
  | { file: 'category-rules.csv'; kind: 'changed'; row: number; label: string; column: CategoryRuleColumn; before: string; after: string }
  | { file: 'category-rules.csv'; kind: 'added' | 'removed'; row: number; label: string; before: string; after: string };

/** An entry in a few words: its form and period, where stated (`-` states none). */
export const entrySummary = (row: StrategyRow): string =>
  [row.form, row.period].filter((text) => !/^\s*-?\s*$/.test(text)).join(' · ');

/** Rows keyed by what identifies them (a code; the nth row with it, should a code repeat). */
function keyed<T>(rows: readonly T[], key: (row: T) => string): Map<string, { row: T; number: number }> {
  const seen = new Map<string, number>();
  const out = new Map<string, { row: T; number: number }>();
  rows.forEach((row, i) => {
    const k = key(row);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(`${k}#${n}`, { row, number: i + 1 });
  });
  return out;
}

/** The changes from `before` to `after`, by file, then row (a removed row at its old number). */
export function changesBetween(before: Sheet, after: Sheet): Change[] {
  const changes: Change[] = [];
  const oldRows = keyed(before.rows, (row) => row.code);
  const newRows = keyed(after.rows, (row) => row.code);
  for (const [key, { row, number }] of newRows) {
    const old = oldRows.get(key)?.row;
    const label = row.municipality || row.code;
    if (!old) changes.push({ file: 'strategies.csv', kind: 'added', row: number, label, before: '', after: entrySummary(row) });
    else {
      for (const column of STRATEGY_COLUMNS) {
        if (old[column] !== row[column]) changes.push({ file: 'strategies.csv', kind: 'changed', row: number, label, column, before: old[column], after: row[column] });
      }
    }
  }
  for (const [key, { row, number }] of oldRows) {
    if (!newRows.has(key)) changes.push({ file: 'strategies.csv', kind: 'removed', row: number, label: row.municipality || row.code, before: entrySummary(row), after: '' });
  }

  // Rules are known by their form; a rule whose form was changed in place (see addRule) stands at
  // the same row before and after, and reads as that: its cells changed.
  const oldRules = keyed(before.rules, (rule) => rule.form);
  const newRules = keyed(after.rules, (rule) => rule.form);
  const gone = new Map([...oldRules].filter(([key]) => !newRules.has(key)).map(([, old]) => [old.number, old.row]));
  for (const [key, { row: rule, number }] of newRules) {
    let old = oldRules.get(key)?.row;
    if (!old && gone.has(number)) {
      old = gone.get(number);
      gone.delete(number);
    }
    if (!old) changes.push({ file: 'category-rules.csv', kind: 'added', row: number, label: rule.form, before: '', after: `${rule.category}: ${rule.reason}` });
    else {
      for (const column of CATEGORY_RULE_COLUMNS) {
        if (old[column] !== rule[column]) changes.push({ file: 'category-rules.csv', kind: 'changed', row: number, label: rule.form, column, before: old[column], after: rule[column] });
      }
    }
  }
  for (const [number, rule] of gone) {
    changes.push({ file: 'category-rules.csv', kind: 'removed', row: number, label: rule.form, before: `${rule.category}: ${rule.reason}`, after: '' });
  }
  const order = (change: Change) => (change.file === 'strategies.csv' ? 0 : 1);
  return changes.sort((a, b) => order(a) - order(b) || a.row - b.row);
}
