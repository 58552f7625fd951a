import { localeOf, type Lang } from './lang.js';

// Building an Intl formatter costs far more than using one (the first map render spent 20 ms
// creating NumberFormats, measured with a CPU profile): one per language, made on first use.
const numbers = new Map<Lang, Intl.NumberFormat>();
const dates = new Map<Lang, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();

/** A whole number in the language's notation (`1.234` in Danish, `1,234` in English). */
export function formatNumber(value: number, lang: Lang): string {
  // Whole numbers under 1,000 read the same in both languages; skipping Intl for them keeps the
  // first render from paying for ICU's locale data (~20 ms in Chromium) just to print "40".
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(localeOf(lang))));
  return format.format(value);
}

/** An ISO date as a long date (`23. november 2026`, `23 November 2026`). */
export function formatDate(iso: string, lang: Lang): string {
  let format = dates.get(lang);
  if (!format) dates.set(lang, (format = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' })));
  const [y, m, d] = iso.split('-').map(Number);
  return format.format(new Date(y!, (m ?? 1) - 1, d ?? 1));
}

/** Items joined as the language joins them: `A, B og C` / `A, B or C`. */
export function formatList(items: string[], lang: Lang, type: 'conjunction' | 'disjunction'): string {
  const key = `${lang}:${type}`;
  let format = lists.get(key);
  if (!format) lists.set(key, (format = new Intl.ListFormat(localeOf(lang), { type })));
  return format.format(items);
}
