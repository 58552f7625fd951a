import type { DateInput } from './status-at.js';

/** A date as `YYYY-MM-DD` in local time; an ISO string is checked and returned as written. */
export function isoDate(date: DateInput): string {
  if (typeof date === 'string') {
    const match = /^\d{4}-\d\d-\d\d/.exec(date.trim());
    if (!match || Number.isNaN(Date.parse(match[0]))) throw new RangeError(`"${date}" is not a date (expected YYYY-MM-DD)`);
    return match[0];
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True for a valid ISO date string `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString().startsWith(text);
}
