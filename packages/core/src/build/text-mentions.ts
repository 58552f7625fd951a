// The municipalities the mapping's text names (its four examples, and the sections on breadth,
// depth and themes), with what each sentence says of the municipality's kind of document, as
// reviewed in data/text-mentions.csv. Where the mapping's table has a row for the municipality,
// the two must agree; where it has none, the sentence is the entry (Solrød: "I Solrød Kommune har
// man ikke udarbejdet nogen digitaliseringsstrategi …"), kept apart from the table's rows by its
// origin, so that a reader can tell the one from the other.
import { CATEGORIES, type Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import { TEXT_SECTIONS, type StrategyEntry, type TextSection } from '../model/strategy-entry.js';
import { parsePeriod } from '../period/parse-period.js';
import { DATA_FILES as FILES } from './data-files.js';
import type { CsvRow } from './parse-csv.js';

/** One reviewed mention of a municipality in the mapping's text. */
export interface Mention {
  /** Its row in data/text-mentions.csv; null for one taken from a dataset built before. */
  row: number | null;
  code: string;
  municipality: string;
  section: TextSection;
  /** The sentence verbatim. */
  text: string;
  /** The category the sentence states, as reviewed; null where it states none. */
  category: Category | null;
  reason: string;
  source: string;
}

/** Reports a problem with a cell of data/text-mentions.csv. */
type Problem = (row: CsvRow, label: string, column: string, message: string) => void;

/** The rows of data/text-mentions.csv as mentions; every cell that is wrong is reported. */
export function readMentions(rows: readonly CsvRow[], problem: Problem, checkMunicipality: (code: string, name: string, report: (column: string, message: string) => void) => boolean, sources: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  for (const row of rows) {
    const { code = '', municipality = '', section = '', text = '', category = '', reason = '', source = '' } = row.cells;
    const report = (column: string, message: string) => problem(row, municipality || code, column, message);
    let ok = checkMunicipality(code, municipality, report);
    if (!(TEXT_SECTIONS as readonly string[]).includes(section)) ok = fail(report, 'section', `section "${section}" is not one of ${TEXT_SECTIONS.join(', ')}`);
    if (text.trim() === '') ok = fail(report, 'text', 'the sentence of the mapping is empty');
    if (category !== '' && !(CATEGORIES as readonly string[]).includes(category)) {
      ok = fail(report, 'category', `category "${category}" is not one of ${CATEGORIES.join(', ')} (or empty: the sentence states none)`);
    }
    if (reason.trim() === '') ok = fail(report, 'reason', 'the reason is empty');
    if (!sources.has(source)) ok = fail(report, 'source', `source "${source}" is not listed in data/${FILES.sources}`);
    if (ok) mentions.push({ row: row.row, code, municipality, section: section as TextSection, text, category: (category || null) as Category | null, reason, source });
  }
  return mentions;
}

function fail(report: (column: string, message: string) => void, column: string, message: string): false {
  report(column, message);
  return false;
}

/** The mentions a dataset built before still holds: those its entries from the text rest on. */
export function mentionsOf(dataset: Pick<Dataset, 'entries'>): Mention[] {
  return dataset.entries.flatMap((entry) =>
    entry.origin !== 'table' && entry.evidence
      ? [{ row: null, code: entry.code, municipality: entry.municipality, section: entry.origin, text: entry.evidence, category: entry.category, reason: entry.categoryReason, source: entry.source }]
      : [],
  );
}

/** Where a mention is, for a message: `data/text-mentions.csv row 4`. */
const where = (mention: Mention) => `data/${FILES.mentions}${mention.row === null ? '' : ` row ${mention.row}`}`;

/**
 * Holds the mentions against the table's entries and returns the entries the text adds: one per
 * municipality the table has no row for and a mention states a category of. A table row whose
 * category differs from a mention's is reported at the row (its form decides its category), and
 * so is a second mention of a municipality outside the table that says otherwise than the first.
 */
export function entriesFromText(
  mentions: readonly Mention[],
  table: ReadonlyMap<string, { entry: StrategyEntry; row: number }>,
  report: { row: (row: number, label: string, message: string) => void; mention: (mention: Mention, message: string) => void },
): StrategyEntry[] {
  const added = new Map<string, { entry: StrategyEntry; mention: Mention }>();
  for (const mention of mentions) {
    if (mention.category === null) continue;
    const listed = table.get(mention.code);
    if (listed) {
      const { entry, row } = listed;
      if (entry.category !== mention.category) {
        report.row(
          row,
          entry.municipality,
          `category "${entry.category}" (the rule for "${entry.form}" in data/${FILES.rules}), but the mapping's text says "${mention.category}" (${where(mention)}, ${mention.section}): change the rule, or review the mention`,
        );
      }
      continue;
    }
    const first = added.get(mention.code);
    if (first) {
      if (first.entry.category !== mention.category) {
        report.mention(mention, `the mapping's text says "${mention.category}" here and "${first.entry.category}" in ${where(first.mention)}: one municipality has one category`);
      }
      continue;
    }
    added.set(mention.code, {
      mention,
      entry: {
        code: mention.code,
        municipality: mention.municipality,
        form: '',
        linkText: '',
        url: null,
        period: parsePeriod('')!,
        category: mention.category,
        categoryReason: mention.reason,
        source: mention.source,
        origin: mention.section,
        evidence: mention.text,
      },
    });
  }
  return [...added.values()].map(({ entry }) => entry);
}

/**
 * The mapping's examples held against the entries and the mentions: each example's category is
 * its municipality's (the examples state kinds of document too), and, where data/text-mentions.csv
 * was read (`mentions` not null), a mention of section `example` quotes the example's summary.
 * Returns one message per problem.
 */
export function checkExamples(dataset: Pick<Dataset, 'entries' | 'mapping' | 'municipalities'>, mentions: readonly Mention[] | null): string[] {
  const problems: string[] = [];
  dataset.mapping.examples.forEach((example, i) => {
    const name = dataset.municipalities.find((m) => m.code === example.code)?.name ?? example.code;
    const at = `data/${FILES.mapping} examples[${i}] (${name})`;
    const entry = dataset.entries.find((e) => e.code === example.code);
    if (!entry) problems.push(`${at}: category "${example.category}", but ${name} has no entry: give its mention in data/${FILES.mentions} that category`);
    else if (entry.category !== example.category) problems.push(`${at}: category "${example.category}", but the entry of ${name} is "${entry.category}"`);
    if (mentions && !mentions.some((m) => m.code === example.code && m.section === 'example' && m.text === example.summary)) {
      problems.push(`${at}: no row of data/${FILES.mentions} of section "example" quotes its summary`);
    }
  });
  return problems;
}
