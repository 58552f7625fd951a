// What <kl-strategy-timeline> shows: for each year the periods name, how many municipalities'
// documents are current, expired, upcoming or of unknown status at the end of that year, beside
// the municipalities the mapping does not register; the counts at the reader's date; and the CSV.
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import { STATUSES, type Status } from '../model/period.js';
import type { EntryFacts } from '../model/entry-columns.js';
import { isoDate } from '../period/iso-date.js';
import { statusAt, yearOf, type DateInput } from '../period/status-at.js';
import { toCsv } from '../export/to-csv.js';
import { unregisteredMunicipalities } from '../aggregate/counts.js';
import { formatList, formatNumber } from '../text/format.js';
import { LABELS, NOT_REGISTERED, statusLabel, type NotRegistered } from './labels.js';

/** The parts of a dataset the timeline reads: the municipalities and the entries' facts (their periods). */
export type TimelineData = Pick<Dataset, 'municipalities'> & { entries: readonly EntryFacts[] };

/** The values a year's bar stacks, bottom to top: the four statuses, then the municipalities not registered. */
export const TIMELINE_VALUES = [...STATUSES, NOT_REGISTERED] as const;
export type TimelineValue = (typeof TIMELINE_VALUES)[number];

/**
 * The date a year stands for: 31 December. A period is current through 31 December of its last
 * year, so the end of a year is when its statuses are final; `statusAt` reads only the year, so
 * every day of it gives the same counts.
 */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The first and last year any period names (`from` or `to`), or null where none names a year. */
export function periodYears(data: { entries: readonly Pick<EntryFacts, 'period'>[] }): { first: number; last: number } | null {
  const years = data.entries.flatMap(({ period }) => [period.from, period.to]).filter((year): year is number => year !== null);
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}

/** The counts of one date, labelled. */
export interface TimelineCounts {
  /** Municipalities per value: entries by status at the date, and those not registered. */
  counts: Record<TimelineValue, number>;
  /** The counts in words, in stacking order: "18 gældende, 26 udløbet, …". */
  text: string;
}

/** One year of the timeline. */
export interface TimelineYear extends TimelineCounts {
  year: number;
  /** The date its statuses are taken at, `YYYY-12-31`. */
  date: string;
}

/** What the timeline is asked to show. */
export interface TimelineViewOptions {
  /** The reader's date (`as-of`). */
  asOf: DateInput;
  lang: Lang;
}

/** Everything the timeline renders. */
export interface TimelineView {
  /** Each year from the first to the last the periods name; empty where no period names a year. */
  years: TimelineYear[];
  /** The values in stacking order with their labels. */
  series: { value: TimelineValue; label: string }[];
  /** All municipalities (98): every bar is this high. */
  total: number;
  /** The municipalities with an entry in the mapping (65). */
  registered: number;
  /** The reader's date, its year, its counts, and where it lies against the years shown (null where there are none). */
  asOf: TimelineCounts & { date: string; year: number; position: 'before' | 'within' | 'after' | null };
  /** The years' numbers as CSV text, column labels in `lang` (see `toCsv`). */
  csv: () => string;
}

function countsAt(entries: readonly EntryFacts[], notRegistered: number, date: string, lang: Lang): TimelineCounts {
  const counts = Object.fromEntries(TIMELINE_VALUES.map((value) => [value, 0])) as Record<TimelineValue, number>;
  for (const entry of entries) counts[statusAt(entry, date)] += 1;
  counts[NOT_REGISTERED] = notRegistered;
  const parts = TIMELINE_VALUES.map((value) => `${formatNumber(counts[value], lang)} ${statusLabel(value as Status | NotRegistered, lang).toLowerCase()}`);
  return { counts, text: formatList(parts, lang, 'conjunction') };
}

/**
 * The timeline's years, counts and labels (see `TimelineView`). Statuses come from the periods'
 * own rules (`statusAt`): no year is invented, and "unknown" stays unknown. The municipalities
 * without an entry are counted apart as not registered, never as having no strategy.
 * `timelineView(dataset, { asOf: '2024-06-01', lang: 'da' }).years[0]` is 2015.
 */
export function timelineView(data: TimelineData, options: TimelineViewOptions): TimelineView {
  const { lang } = options;
  const l = LABELS[lang];
  const asOf = isoDate(options.asOf);
  const notRegistered = unregisteredMunicipalities(data).length;
  const range = periodYears(data);
  const years: TimelineYear[] = [];
  if (range) {
    for (let year = range.first; year <= range.last; year++) {
      const date = yearEnd(year);
      years.push({ year, date, ...countsAt(data.entries, notRegistered, date, lang) });
    }
  }
  const year = yearOf(asOf);
  const position = !range ? null : year < range.first ? 'before' : year > range.last ? 'after' : 'within';
  return {
    years,
    series: TIMELINE_VALUES.map((value) => ({ value, label: statusLabel(value, lang) })),
    total: data.municipalities.length,
    registered: data.municipalities.length - notRegistered,
    asOf: { date: asOf, year, position, ...countsAt(data.entries, notRegistered, asOf, lang) },
    csv: () =>
      toCsv([
        [l.year, l.statusDate, ...TIMELINE_VALUES.map((value) => statusLabel(value, lang)), l.total],
        ...years.map((y) => [y.year, y.date, ...TIMELINE_VALUES.map((value) => y.counts[value]), data.municipalities.length]),
      ]),
  };
}
