// The mapping's published key figures beside what its own entries count. KL's figures speak of
// all 98 municipalities; the entries are the rows of its list (the municipalities with a publicly
// found document) and the municipalities only its text states a kind of document of (Solrød, in
// an example), so the two differ, and the reason for each difference is returned as a code.
import type { Dataset } from '../model/dataset.js';
import type { KeyFigure, Mapping } from '../model/mapping.js';
import type { EntryFacts } from '../model/entry-columns.js';
import { isFromText } from '../model/strategy-entry.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { foldName } from '../text/fold-name.js';
import { categoryCounts, unregisteredMunicipalities } from '../aggregate/counts.js';
import { municipalityByCode } from '../lookup/municipality-index.js';
import type { Category, CategoryInfo } from '../model/category.js';
import type { Lang } from '../model/lang.js';

/**
 * Why a count differs from the published figure (null where they agree):
 * - `expired-excluded`: only the strategies and principles not expired at the date count, and
 *   the mapping registers fewer municipalities than the figure speaks of;
 * - `date-dependent`: expiry is taken at the date, and the mapping itself is not dated;
 * - `categorised-by-form`: the category follows the form as the list writes it, by the
 *   reviewed rules of `data/category-rules.csv`; the mapping does not say who is behind its figure;
 * - `not-registered`: the list holds publicly found documents only, so the municipalities
 *   missing from it (and from the mapping's text) are "not registered", never counted as
 *   having no strategy;
 * - `literal-form`: only entries whose form is literally "Digitaliseringsstrategi" count.
 */
export type KeyFigureDifference = 'expired-excluded' | 'date-dependent' | 'categorised-by-form' | 'not-registered' | 'literal-form';

/** One published key figure beside the data's own count. */
export interface KeyFigureComparison {
  id: KeyFigure['id'];
  /** The number KL published. */
  published: number;
  /** Out of how many municipalities (98). */
  of: number;
  /** What the entries count for the figure at the date. */
  counted: number;
  /** Codes of the municipalities counted, in the entries' order (the list's rows, then the text's). */
  codes: string[];
  /** How many of those counted have their entry from the mapping's text, not its list. */
  countedFromText: number;
  /** Entries of the figure's categories before the date or form rule narrowed them. */
  candidates: number;
  /** Number of municipalities in the mapping's list (64). */
  listed: number;
  /** Number of municipalities only the mapping's text registers (1: Solrød). */
  fromText: number;
  /** For `none` only: the municipalities not registered in the mapping (33); null elsewhere. */
  notRegistered: number | null;
  /** Why the count differs from the published figure; null where the two agree. */
  difference: KeyFigureDifference | null;
}

/** The parts of a dataset the key figures read. */
export type KeyFiguresData = Pick<Dataset, 'municipalities' | 'categories'> & { entries: readonly EntryFacts[]; mapping: Pick<Mapping, 'keyFigures' | 'title'> };

const LITERAL_STRATEGY = 'digitaliseringsstrategi';

interface Rule {
  candidates: (entry: EntryFacts) => boolean;
  counts: (entry: EntryFacts, asOf: DateInput) => boolean;
  difference: KeyFigureDifference;
}

const RULES: Record<KeyFigure['id'], Rule> = {
  // "har eller er ved at udarbejde": upcoming and undated documents count, expired ones do not.
  'strategy-or-principles': {
    candidates: (e) => e.category === 'strategy' || e.category === 'principles',
    counts: (e, asOf) => statusAt(e, asOf) !== 'expired',
    difference: 'expired-excluded',
  },
  expired: {
    candidates: (e) => e.category === 'strategy',
    counts: (e, asOf) => statusAt(e, asOf) === 'expired',
    difference: 'date-dependent',
  },
  'part-of-other': {
    candidates: (e) => e.category === 'part-of-other',
    counts: () => true,
    difference: 'categorised-by-form',
  },
  none: {
    candidates: (e) => e.category === 'none',
    counts: () => true,
    difference: 'not-registered',
  },
  // Counted whether current or expired: the mapping's 35 include expired ones.
  'called-strategy': {
    candidates: (e) => e.category === 'strategy',
    counts: (e) => foldName(e.form) === LITERAL_STRATEGY,
    difference: 'literal-form',
  },
};

/**
 * Each published key figure of the mapping beside what its entries count at a date (default
 * today), in the order the mapping publishes them.
 * `keyFigureComparison(dataset, { asOf: '2021-06-01' })` counts 41 strategies or principles not
 * expired against the published 55.
 */
export function keyFigureComparison(dataset: KeyFiguresData, options: { asOf?: DateInput } = {}): KeyFigureComparison[] {
  const asOf = options.asOf ?? new Date();
  const fromText = dataset.entries.filter(isFromText).length;
  const notRegistered = unregisteredMunicipalities(dataset).length;
  return dataset.mapping.keyFigures.map((figure) => {
    const rule = RULES[figure.id];
    const candidates = dataset.entries.filter(rule.candidates);
    const counted = candidates.filter((e) => rule.counts(e, asOf));
    return {
      id: figure.id,
      published: figure.value,
      of: figure.of,
      counted: counted.length,
      codes: counted.map((e) => e.code),
      countedFromText: counted.filter(isFromText).length,
      candidates: candidates.length,
      listed: dataset.entries.length - fromText,
      fromText,
      notRegistered: figure.id === 'none' ? notRegistered : null,
      difference: counted.length === figure.value ? null : rule.difference,
    };
  });
}

/** What <kl-key-figures> shows: the published figures, the comparison, and the five kinds with their counts. */
export interface KeyFiguresView {
  published: KeyFigure[];
  comparison: KeyFigureComparison[];
  /** The municipalities only the mapping's text registers (Solrød), by name, in the entries' order. */
  fromText: string[];
  kinds: { category: CategoryInfo; label: string; description: string; count: number }[];
  source: string;
}

/** The key figures at a date, labelled in `lang`. */
export function keyFiguresView(data: KeyFiguresData, options: { asOf: DateInput; lang: Lang }): KeyFiguresView {
  const counts: Record<Category, number> = categoryCounts(data);
  return {
    published: data.mapping.keyFigures,
    comparison: keyFigureComparison(data, options),
    fromText: data.entries.filter(isFromText).map((e) => municipalityByCode(data, e.code)?.name ?? e.code),
    kinds: data.categories.map((category) => ({ category, label: category.label[options.lang], description: category.description[options.lang], count: counts[category.id] })),
    source: data.mapping.title,
  };
}
