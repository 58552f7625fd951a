import type { Category } from './category.js';

/** A key figure as KL published it. */
export interface KeyFigure {
  id: 'strategy-or-principles' | 'expired' | 'part-of-other' | 'none' | 'called-strategy';
  /** The number published. */
  value: number;
  /** Out of how many municipalities. */
  of: number;
  /** The published wording verbatim, e.g. `kommuner har ingen digitaliseringsstrategi eller lignende`. */
  wording: string;
  /** The categories of the data that the figure speaks of, for the comparison with the data. */
  categories: Category[];
  /** True where the figure is about expired documents (counted by status, not category). */
  expired: boolean;
  /**
   * The paragraph of the mapping's text that gives the figure, verbatim, where its text does
   * (`… 35 kommuner har en "digitaliseringsstrategi", hvoraf størstedelen fortsat er gældende …`);
   * null for a figure given only among "De korte tal".
   */
  paragraph: string | null;
}

/** A question and its answer in an example. */
export interface QuestionAnswer {
  question: string;
  answer: string;
}

/** One of the four municipal examples of the mapping. */
export interface Example {
  /** Municipality code. */
  code: string;
  /** The kind the example illustrates. */
  category: Category;
  /** The section heading verbatim (`PRINCIPPER OG PEJLEMÆRKER`). */
  heading: string;
  /** The quote verbatim, without the quotation marks. */
  quote: string;
  /** The one-line summary (`I Sorø Kommune arbejder man med digitalisering ud fra principper.`). */
  summary: string;
  /** Highlights the example shows (Esbjerg's vision, Sorø's seven principles, ...). */
  highlights: { title: string; items: string[] }[];
  answers: QuestionAnswer[];
}

/** The mapping itself: figures, kinds, structure, dimensions, themes, examples. */
export interface Mapping {
  title: string;
  intro: string[];
  /** Published key figures, verbatim. */
  keyFigures: KeyFigure[];
  /** The typical structure of a strategy (`Vision og målsætninger`, `Principper`, `Temaer og indsatsområder`). */
  structure: { parts: string[]; text: string };
  breadth: { question: string; ends: [string, string]; text: string[] };
  depth: { question: string; text: string[] };
  themes: { text: string; items: string[]; example: string };
  technologies: { municipalities: string[]; names: string[]; text: string };
  examples: Example[];
  /** The mapping's contact line for corrections. */
  contact: { text: string; name: string; email: string };
  source: string;
}
