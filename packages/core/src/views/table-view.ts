// What <kl-strategy-table> shows: the rows that pass the search and filters, sorted, with every
// label in the reader's language, the filter choices and the CSV of what is shown.
import { CATEGORIES, type Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import { STATUSES, type Status } from '../model/period.js';
import type { RegionCode } from '../model/region.js';
import { isFromText } from '../model/strategy-entry.js';
import { isoDate } from '../period/iso-date.js';
import type { DateInput } from '../period/status-at.js';
import { toCsv } from '../export/to-csv.js';
import { httpUrl } from '../text/http-url.js';
import { isStated } from '../text/is-stated.js';
import { basisLabel, categoryLabel, LABELS, NOT_REGISTERED, periodText, regionName, sourceText, statusLabel, type NotRegistered, type SourceText } from './labels.js';
import { tableRows, type TableData, type TableRow, type TableScope } from './table-rows.js';
import { SORT_KEYS, sortTableRows, type EntrySort, type SortKey } from './table-sort.js';
import { byCode } from '../lookup/by-code.js';

/** The table's own data: the rows' parts and the categories' labels. */
export type TableViewData = TableData & Pick<Dataset, 'categories'>;

/** What the table is asked to show. */
export interface TableViewOptions {
  scope: TableScope;
  query?: string;
  categories?: readonly (Category | NotRegistered)[];
  regions?: readonly RegionCode[];
  statuses?: readonly (Status | NotRegistered)[];
  sort: EntrySort;
  asOf: DateInput;
  lang: Lang;
}

/** One row as the reader sees it. */
export interface TableRowView {
  code: string;
  name: string;
  region: string;
  /** The entry's cells; null where the municipality is not registered in the mapping. */
  entry: {
    form: SourceText;
    category: Category;
    categoryLabel: string;
    /** The link text (or the address where the text is empty), and the address where the source gives one. */
    link: SourceText & { href: string | null };
    period: SourceText;
    status: Status;
    statusLabel: string;
    /** For an entry from the mapping's text, not its list, what it rests on ("Et eksempel i kortlægningen, ikke dens liste"); null for a row of the list. */
    basis: string | null;
  } | null;
  row: TableRow;
}

/** A choice of a filter: its value and label. */
export interface TableChoice<V extends string = string> {
  value: V;
  label: string;
}

/** Everything the table renders. */
export interface TableView {
  rows: TableRowView[];
  /** How many rows there are before the search and filters. */
  total: number;
  sort: EntrySort;
  /** The date statuses are taken at, `YYYY-MM-DD`. */
  asOf: string;
  columns: TableChoice<SortKey>[];
  choices: {
    category: TableChoice<Category | NotRegistered>[];
    region: TableChoice<RegionCode>[];
    status: TableChoice<Status | NotRegistered>[];
  };
  /** Column labels of the CSV export, then its rows, in `lang`. */
  csv: () => string;
}

/** The values of the category filter: `not-registered` too where all 98 are listed. */
export const TABLE_CATEGORY_VALUES = [...CATEGORIES, NOT_REGISTERED] as const;
/** The values of the status filter: `not-registered` too where all 98 are listed. */
export const TABLE_STATUS_VALUES = [...STATUSES, NOT_REGISTERED] as const;

/** The rows, labels and choices of the table (see `TableView`). */
export function tableView(data: TableViewData, options: TableViewOptions): TableView {
  const { scope, lang, sort } = options;
  const asOf = isoDate(options.asOf);
  const l = LABELS[lang];
  const kept = tableRows(data, { scope, query: options.query ?? '', categories: options.categories, regions: options.regions, statuses: options.statuses, asOf });
  const rows = sortTableRows(data, kept, sort, { asOf, lang }).map((row) => rowView(data, row, lang));
  const all = scope === 'all';
  const columns = SORT_KEYS.map((key) => ({ value: key, label: columnLabel(key, lang) }));
  return {
    rows,
    total: scope === 'all' ? data.municipalities.length : data.entries.length,
    sort,
    asOf,
    columns,
    choices: {
      category: TABLE_CATEGORY_VALUES.filter((v) => all || v !== NOT_REGISTERED).map((value) => ({ value, label: categoryLabel(data.categories, value, lang) })),
      region: [...data.regions].sort(byCode).map((r) => ({ value: r.code, label: regionName(r, lang) })),
      status: TABLE_STATUS_VALUES.filter((v) => all || v !== NOT_REGISTERED).map((value) => ({ value, label: statusLabel(value, lang) })),
    },
    csv: () => {
      const header = [l.municipality, l.code, l.region, l.form, l.category, l.link, l.url, l.period, `${l.statusLabel} ${l.statusAt(asOf)}`, l.basis];
      // Cells as the source writes them: an export keeps "-" and empty cells as they are.
      const body = rows.map(({ row, name, code, region, entry }) => [
        name,
        code,
        region,
        row.entry?.form ?? '',
        entry?.categoryLabel ?? l.notRegistered,
        row.entry?.linkText ?? '',
        httpUrl(row.entry?.url ?? null) ?? '',
        row.entry?.period.text ?? '',
        entry?.statusLabel ?? l.notRegistered,
        row.entry ? basisLabel(row.entry, lang) : '',
      ]);
      return toCsv([header, ...body], { separator: ';' });
    },
  };
}

/** The codes of the municipalities the table shows for a filter, over all 98 (the explorer dims the rest on its map). */
export function shownCodes(data: TableData, filter: Omit<TableViewOptions, 'sort' | 'lang' | 'scope'>): Set<string> {
  return new Set(tableRows(data, { ...filter, scope: 'all' }).map((row) => row.municipality.code));
}

function columnLabel(key: SortKey, lang: Lang): string {
  const l = LABELS[lang];
  const labels: Record<SortKey, string> = { municipality: l.municipality, region: l.region, form: l.form, category: l.category, link: l.link, period: l.period, status: l.statusLabel };
  return labels[key];
}

function rowView(data: TableViewData, row: TableRow, lang: Lang): TableRowView {
  const entry = row.entry;
  const href = entry ? httpUrl(entry.url) : null;
  return {
    code: row.municipality.code,
    name: row.municipality.name,
    region: regionName(row.region, lang),
    entry: entry
      ? {
          form: sourceText(entry.form, lang),
          category: entry.category,
          categoryLabel: categoryLabel(data.categories, entry.category, lang),
          link: {
            ...(isStated(entry.linkText) ? sourceText(entry.linkText, lang) : href ? { text: href, verbatim: true } : sourceText('', lang)),
            href,
          },
          period: periodText(entry.period, lang),
          status: row.status as Status,
          statusLabel: statusLabel(row.status, lang),
          basis: isFromText(entry) ? basisLabel(entry, lang) : null,
        }
      : null,
    row,
  };
}
