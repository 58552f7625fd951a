import type { Period, Status } from '../model/period.js';

/** A date: a `Date`, or an ISO date string `YYYY-MM-DD` (only its year matters). */
export type DateInput = Date | string;

/** The calendar year of a date; an ISO string is read as written, without time zones. */
export function yearOf(date: DateInput): number {
  if (typeof date === 'string') {
    const match = /^(\d{4})(?:-\d\d(?:-\d\d)?)?/.exec(date.trim());
    if (!match) throw new RangeError(`"${date}" is not a date (expected YYYY-MM-DD)`);
    return Number(match[1]);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return date.getFullYear();
}

/**
 * Status of an entry at a date, from its period. Years are whole: `2019-2023` is current from
 * 1 January 2019 to 31 December 2023 and expired from 2024. A single year (`2021`) or an
 * approval year (`Godkendt 2019`) says when, not how long: unknown once that year has come.
 * No period (`-`) is unknown.
 */
export function statusAt(entry: { period: Period }, date: DateInput): Status {
  const { kind, from, to } = entry.period;
  const year = yearOf(date);
  if (kind === 'none') return 'unknown';
  if (from !== null && year < from) return 'upcoming';
  if (to !== null) return year > to ? 'expired' : 'current';
  return kind === 'from' ? 'current' : 'unknown';
}
