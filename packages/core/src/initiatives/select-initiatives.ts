import type { Dataset } from '../model/dataset.js';
import type { Initiative, InitiativeKind, InitiativeStatus } from '../model/initiative.js';
import { isoDate } from '../period/iso-date.js';
import type { DateInput } from '../period/status-at.js';

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
export function selectInitiatives(dataset: Dataset, filter: InitiativeFilter = {}): Initiative[] {
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
