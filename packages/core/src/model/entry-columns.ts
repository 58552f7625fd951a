// The entries are shipped in three columns of fields, so that an element downloads the fields it
// shows and no more: the facts every view shows (the map shows nothing else), the links the
// table adds, and the notes only the card shows (why the category, which document). Joined again
// by position when a module loads: 64 small objects, a fraction of a millisecond.
import type { StrategyEntry } from './strategy-entry.js';

/** The fields of each column, in the order the model declares them within the column. */
export const ENTRY_COLUMNS = {
  facts: ['code', 'form', 'period', 'category', 'origin'],
  links: ['linkText', 'url'],
  notes: ['municipality', 'categoryReason', 'source', 'evidence'],
} as const satisfies Record<string, readonly (keyof StrategyEntry)[]>;

/** The fields of an entry in the model's order (and dataset.json's). */
const FIELD_ORDER: readonly (keyof StrategyEntry)[] = ['code', 'municipality', 'form', 'linkText', 'url', 'period', 'category', 'categoryReason', 'source', 'origin', 'evidence'];

/** What the map shows of an entry. */
export type EntryFacts = Pick<StrategyEntry, (typeof ENTRY_COLUMNS.facts)[number]>;
/** What the table shows of an entry. */
export type ListedEntry = EntryFacts & Pick<StrategyEntry, (typeof ENTRY_COLUMNS.links)[number]>;

/** A column's values for one entry, in the order of its fields. */
export type ColumnRow<K extends readonly (keyof StrategyEntry)[]> = { [I in keyof K]: StrategyEntry[K[I]] };

/**
 * The entries with a column's fields added, row by row (`rows[i]` belongs to `entries[i]`), each
 * object's fields in the model's order.
 * @throws RangeError where the column has another number of rows than there are entries.
 */
export function withColumn<E extends Partial<StrategyEntry>, const K extends readonly (keyof StrategyEntry)[]>(
  entries: readonly E[],
  fields: K,
  rows: readonly ColumnRow<K>[],
): (E & Pick<StrategyEntry, K[number]>)[] {
  if (rows.length !== entries.length) throw new RangeError(`withColumn: ${rows.length} rows of ${fields.join(', ')} for ${entries.length} entries`);
  return entries.map((entry, i) => {
    const added: Partial<StrategyEntry> = { ...entry };
    fields.forEach((field, k) => ((added as Record<string, unknown>)[field] = rows[i]![k]));
    const ordered: Partial<StrategyEntry> = {};
    for (const field of FIELD_ORDER) if (field in added) (ordered as Record<string, unknown>)[field] = added[field];
    return ordered as E & Pick<StrategyEntry, K[number]>;
  });
}

/** A column of the entries as rows (what the build writes). */
export function columnRows<const K extends readonly (keyof StrategyEntry)[]>(entries: readonly StrategyEntry[], fields: K): ColumnRow<K>[] {
  return entries.map((entry) => fields.map((field) => entry[field]) as unknown as ColumnRow<K>);
}
