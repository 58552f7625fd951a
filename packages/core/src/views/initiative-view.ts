// What <kl-initiative-card> and <kl-initiative-list> show: KL's initiatives, their status at a
// date, and their kind and status labels in the reader's language.
import type { Dataset, SourceDocument } from '../model/dataset.js';
import { INITIATIVE_KINDS, type Initiative, type InitiativeKind, type InitiativeStatus } from '../model/initiative.js';
import { INITIATIVE_STATUSES } from '../model/initiative-statuses.js';
import type { Lang } from '../model/lang.js';
import { isoDate } from '../period/iso-date.js';
import type { DateInput } from '../period/status-at.js';
import { sourceDocument } from '../lookup/resolve-initiative.js';
import { LABELS } from './labels.js';

/** First day of a start (`2016` is 2016-01-01) and last day of an end (`2020` is 2020-12-31). */
function bound(value: string, side: 'start' | 'end'): string {
  return value.length === 4 ? `${value}${side === 'start' ? '-01-01' : '-12-31'}` : value;
}

/**
 * Where an initiative stands at a date: upcoming before its start, ended after its end,
 * running between the two. Where the source gives no end, a started initiative is unknown:
 * the product does not guess when a network stopped meeting.
 */
export function initiativeStatusAt(initiative: Initiative, date: DateInput): InitiativeStatus {
  const day = isoDate(date);
  const start = initiative.start && bound(initiative.start, 'start');
  const end = initiative.end && bound(initiative.end, 'end');
  if (start && day < start) return 'upcoming';
  if (end && day > end) return 'ended';
  if (start && end) return 'running';
  return 'unknown';
}

/** The date an initiative is sorted by: its start, else the page's date, else its end. */
export function initiativeDate(initiative: Initiative): string | null {
  const value = initiative.start ?? initiative.published ?? initiative.end;
  return value && bound(value, 'start');
}

/** Which initiatives to show. An empty or missing list keeps everything. */
export interface InitiativeFilter {
  kinds?: readonly InitiativeKind[];
  statuses?: readonly InitiativeStatus[];
  asOf?: DateInput;
  /** `desc` (newest first, the default) or `asc`. Undated initiatives come last. */
  order?: 'asc' | 'desc';
}

/** KL's initiatives filtered by kind and status at a date, sorted by date. */
export function selectInitiatives(dataset: Pick<Dataset, 'initiatives'>, filter: InitiativeFilter = {}): Initiative[] {
  const { kinds = [], statuses = [], asOf = new Date(), order = 'desc' } = filter;
  const sign = order === 'asc' ? 1 : -1;
  return dataset.initiatives
    .filter((i) => kinds.length === 0 || kinds.includes(i.kind))
    .filter((i) => statuses.length === 0 || statuses.includes(initiativeStatusAt(i, asOf)))
    .sort((a, b) => {
      const da = initiativeDate(a);
      const db = initiativeDate(b);
      if (da === db) return a.id < b.id ? -1 : 1;
      if (da === null) return 1;
      if (db === null) return -1;
      return sign * (da < db ? -1 : 1);
    });
}

/** One initiative as a card shows it. */
export interface InitiativeView {
  initiative: Initiative;
  status: InitiativeStatus;
  kindLabel: string;
  statusLabel: string;
  /** The seed document the initiative comes from, where the dataset lists it. */
  source: SourceDocument | undefined;
}

/** The card of one initiative at a date, labelled in `lang`. */
export function initiativeView(data: Pick<Dataset, 'sources'>, initiative: Initiative, options: { asOf: DateInput; lang: Lang }): InitiativeView {
  const status = initiativeStatusAt(initiative, options.asOf);
  const l = LABELS[options.lang];
  return { initiative, status, kindLabel: l.initiativeKind[initiative.kind], statusLabel: l.initiativeStatus[status], source: sourceDocument(data, initiative.source) };
}

/** What the list shows: the initiatives kept, and the filter buttons with their labels. */
export interface InitiativeListView {
  items: InitiativeView[];
  kinds: { value: InitiativeKind; label: string; pressed: boolean }[];
  statuses: { value: InitiativeStatus; label: string; pressed: boolean }[];
}

/** The list of initiatives for a filter at a date (see `selectInitiatives`), labelled in `lang`. */
export function initiativeListView(
  data: Pick<Dataset, 'initiatives' | 'sources'>,
  options: Required<Pick<InitiativeFilter, 'kinds' | 'statuses' | 'order'>> & { asOf: DateInput; lang: Lang },
): InitiativeListView {
  const l = LABELS[options.lang];
  return {
    items: selectInitiatives(data, options).map((initiative) => initiativeView(data, initiative, options)),
    kinds: INITIATIVE_KINDS.map((value) => ({ value, label: l.initiativeKind[value], pressed: options.kinds.includes(value) })),
    statuses: INITIATIVE_STATUSES.map((value) => ({ value, label: l.initiativeStatus[value], pressed: options.statuses.includes(value) })),
  };
}
