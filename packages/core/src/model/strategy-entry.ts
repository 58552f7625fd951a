import type { Category } from './category.js';
import type { Period } from './period.js';

/** The parts of the mapping's text that name municipalities (see `data/text-mentions.csv`). */
export const TEXT_SECTIONS = ['example', 'breadth', 'depth', 'themes'] as const;
/** A part of the mapping's text: an example, or the sections on breadth, depth and themes. */
export type TextSection = (typeof TEXT_SECTIONS)[number];

/**
 * Where an entry comes from: `table`, a row of the mapping's link table (`data/strategies.csv`,
 * verbatim); or the part of the mapping's own text whose sentence states the municipality's kind
 * of document where the table has no row for it (Solrød: `example`, "Ingen digitaliseringsstrategi").
 * The part is the origin, not a field of the sentence, so that the map and the table (which say
 * where an entry comes from, not the sentence) need not download the sentence.
 */
export const ENTRY_ORIGINS = ['table', ...TEXT_SECTIONS] as const;
export type EntryOrigin = (typeof ENTRY_ORIGINS)[number];

/** True for an entry from the mapping's text, not its table (Solrød). */
export function isFromText(entry: Pick<StrategyEntry, 'origin'>): boolean {
  return entry.origin !== 'table';
}

/** One municipality's entry in the mapping: verbatim cells plus normalised fields. */
export interface StrategyEntry {
  /** Municipality code the entry belongs to. */
  code: string;
  /** The municipality cell verbatim (`Ringkøbing-Skjern`). */
  municipality: string;
  /** The form cell verbatim (`Digitaliserings-principper`); may be `-` or empty (always empty for an entry from the text). */
  form: string;
  /** The link cell verbatim (`Digitaliseringspolitik (esbjerg.dk)`); may be empty. */
  linkText: string;
  /** The document URL, only where the source gives it as a URL; else null, never invented. */
  url: string | null;
  /** The period, verbatim and parsed. */
  period: Period;
  /** The category: from the rule for `form` in `data/category-rules.csv`, or, from the text, the reviewed mention's. */
  category: Category;
  /** Why the entry got its category (the rule's reason, or the mention's). */
  categoryReason: string;
  /** Seed file the entry comes from. */
  source: string;
  /** A row of the mapping's table, or the part of its text the entry's sentence stands in (see `EntryOrigin`). */
  origin: EntryOrigin;
  /** For an entry from the text, the sentence it rests on, verbatim (Danish); null for a row of the table. */
  evidence: string | null;
}
