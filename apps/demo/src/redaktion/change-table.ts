// The list of what changed against the loaded version as table rows: row, municipality (or the
// rule's form), field, before, after. All cell text goes in as textContent.
import { make } from '../dom/make.js';
import type { Change } from './changes.js';
import type { Messages } from './messages.js';

/** What the "field" cell says for a change. */
function fieldOf(change: Change, t: Messages): string {
  if (change.file === 'strategies.csv') {
    if (change.kind !== 'changed') return change.kind === 'added' ? t.changeAdded : t.changeRemoved;
    return `${t.columns[change.column]} (${change.column})`;
  }
  if (change.kind !== 'changed') return change.kind === 'added' ? t.ruleAddedChange : t.ruleRemovedChange;
  return `${t.ruleColumns[change.column]} (${change.column})`;
}

/** One `<tr>` per change, for the table's `<tbody>`. */
export function changeRows(changes: readonly Change[], t: Messages): HTMLTableRowElement[] {
  return changes.map((change) => {
    const tr = make('tr');
    const row = change.file === 'strategies.csv' ? String(change.row) : t.rule.row(change.row);
    tr.append(
      make('td', {}, row),
      make('th', { scope: 'row' }, change.label),
      make('td', {}, fieldOf(change, t)),
      make('td', { class: 'wb-before' }, change.before),
      make('td', { class: 'wb-after' }, change.after)
    );
    return tr;
  });
}
