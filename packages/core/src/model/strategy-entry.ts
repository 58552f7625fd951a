import type { Category } from './category.js';
import type { Period } from './period.js';

/** One row of the mapping's link table: verbatim cells plus normalised fields. */
export interface StrategyEntry {
  /** Municipality code the row belongs to. */
  code: string;
  /** The municipality cell verbatim (`Ringkøbing-Skjern`). */
  municipality: string;
  /** The form cell verbatim (`Digitaliserings-principper`); may be `-` or empty. */
  form: string;
  /** The link cell verbatim (`Digitaliseringspolitik (esbjerg.dk)`); may be empty. */
  linkText: string;
  /** The document URL, only where the source gives it as a URL; else null, never invented. */
  url: string | null;
  /** The period, verbatim and parsed. */
  period: Period;
  /** The category, from the rule for `form` in `data/category-rules.csv`. */
  category: Category;
  /** Why the form got its category (the rule's reason). */
  categoryReason: string;
  /** Seed file the row comes from. */
  source: string;
}
