/**
 * The fixed set of categories, following the five kinds of document in KL's mapping:
 * digitaliseringsstrategi, digitaliseringsprincipper, digitaliseringsmodel (or -politik),
 * del af andre strategier, ingen strategi.
 */
export const CATEGORIES = ['strategy', 'principles', 'model-policy', 'part-of-other', 'none'] as const;

/** One of the five categories of strategic document. */
export type Category = (typeof CATEGORIES)[number];

/** Text in both languages the product speaks. */
export interface LocalisedText {
  da: string;
  en: string;
}

/** A category with its labels and the mapping's own description of the kind. */
export interface CategoryInfo {
  id: Category;
  /** Short label for legends and filters. */
  label: LocalisedText;
  /** The heading of the kind in the mapping, verbatim (`Digitaliseringsstrategi`). */
  kind: string;
  /** The traits the mapping lists for the kind, verbatim Danish (`Sætte retning`, ...). */
  traits: string[];
  /** One sentence explaining the category, for cards and tooltips. */
  description: LocalisedText;
}

/** A row of `data/category-rules.csv`: how one form, as written, was categorised and why. */
export interface CategoryRule {
  /** The form exactly as the mapping writes it. */
  form: string;
  category: Category;
  /** Why, in Danish, for the reviewer and for the card's "why this category" line. */
  reason: string;
}
