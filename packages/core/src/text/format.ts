// Numbers, dates and lists as Danish and English write them. Written out rather than taken from
// Intl: creating an Intl formatter costs the first render ICU's locale data (27 ms for one
// Danish DateTimeFormat in a CPU profile of the table's first paint), and the product needs only
// whole numbers, one decimal style, twelve month names and "og"/"or".
import type { Lang } from '../model/lang.js';

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const GROUP: Record<Lang, string> = { da: '.', en: ',' };
const DECIMAL: Record<Lang, string> = { da: ',', en: '.' };
const WORDS: Record<Lang, Record<'conjunction' | 'disjunction', string>> = {
  da: { conjunction: 'og', disjunction: 'eller' },
  en: { conjunction: 'and', disjunction: 'or' },
};

/** A number in the language's notation: `1.234,5` in Danish, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? DECIMAL[lang] + fraction : ''}`;
}

/** An ISO date (`2026-11-23`) as a long date: `23. november 2026`, `23 November 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[lang][(m ?? 1) - 1] ?? '';
  return lang === 'da' ? `${d ?? 1}. ${month} ${y}` : `${d ?? 1} ${month} ${y}`;
}

/** Items joined as the language joins them: `A, B og C` / `A, B or C`. */
export function formatList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${WORDS[lang][type]} ${items.at(-1)}`;
}
