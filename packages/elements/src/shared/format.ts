import { localeOf, type Lang } from './lang.js';

/** A whole number in the language's notation (`1.234` in Danish, `1,234` in English). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** An ISO date as a long date (`23. november 2026`, `23 November 2026`). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y!, (m ?? 1) - 1, d ?? 1));
}
