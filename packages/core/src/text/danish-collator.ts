// Danish alphabetical order without Intl.Collator: building one costs 10-35 ms on a page's first
// paint (a CPU profile of the map and the table, 2026-12-02), for what a small table of letters
// does. The order is Intl.Collator('da', { sensitivity: 'base', numeric: true })'s for the texts
// we sort (names, regions, forms, link texts): letters a-z, then æ, ø, å, with "aa" as å (Aalborg
// and Aarhus last, as the mapping's own list is ordered), accents and case ignored, runs of
// digits compared as numbers, spaces and punctuation before digits and digits before letters.
// danish-collator.test.ts holds it to Intl's order on every text of the dataset and more.

/** Spaces and punctuation, in the order the Unicode collation puts them (before digits). */
const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
const DIGIT = 100;
const LETTER = 200;
/** Letters after z: æ, ø, å (with ä as æ, ö as ø), as the code of the letter and of its combining mark. */
const AFTER_Z: Record<string, number> = { æ: 26, 'a\u0308': 26, ø: 27, 'o\u0308': 27, 'a\u030a': 28 };
/** Foreign letters Danish sorts as another: ü as y; ð, þ, ß as what they are written as. */
const AS: Record<string, string> = { 'u\u0308': 'y', ð: 'd', þ: 'th', ß: 'ss' };
const COMBINING = /[\u0300-\u036f]/;

const keys = new Map<string, number[]>();

/** The text's weights: one number per letter, punctuation or space; a run of digits is two, a marker and its value. */
function weights(text: string): number[] {
  let found = keys.get(text);
  if (found) return found;
  found = [];
  // Decomposed, so that a letter and its accents come apart: å is a and a ring, é is e and an acute.
  const chars = text.normalize('NFD');
  for (let i = 0; i < chars.length; ) {
    const base = chars[i]!;
    let end = i + 1;
    while (end < chars.length && COMBINING.test(chars[end]!)) end++;
    const lower = base.toLowerCase();
    const mark = chars[i + 1] && COMBINING.test(chars[i + 1]!) ? chars[i + 1]! : '';
    // "aa", "Aa" and "AA" are å, also when the second a has an accent; "aA" is not (Unicode's
    // Danish tailoring lists those three).
    if (end === i + 1 && (base === 'a' ? chars[end] === 'a' : base === 'A' && (chars[end] === 'a' || chars[end] === 'A'))) {
      found.push(LETTER + 28);
      end++;
      while (end < chars.length && COMBINING.test(chars[end]!)) end++;
    } else if (base >= '0' && base <= '9') {
      while (end < chars.length && chars[end]! >= '0' && chars[end]! <= '9') end++;
      found.push(DIGIT, Number(chars.slice(i, end)));
    } else if (AFTER_Z[lower + mark] !== undefined || AFTER_Z[lower] !== undefined) {
      found.push(LETTER + (AFTER_Z[lower + mark] ?? AFTER_Z[lower]!));
    } else {
      for (const c of AS[lower + mark] ?? AS[lower] ?? lower) {
        if (c >= 'a' && c <= 'z') found.push(LETTER + c.charCodeAt(0) - 97);
        else {
          const at = PUNCTUATION.indexOf(c);
          found.push(at >= 0 ? at : PUNCTUATION.length + c.charCodeAt(0) / 65536);
        }
      }
    }
    i = end;
  }
  // The same few dozen texts are compared again and again while sorting; keep their keys, within reason.
  if (keys.size > 5_000) keys.clear();
  keys.set(text, found);
  return found;
}

/** Compares two strings in Danish order (see the top of this file): negative, 0 or positive. */
export function compareDanish(a: string, b: string): number {
  if (a === b) return 0;
  const x = weights(a);
  const y = weights(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

let collator: Intl.Collator | undefined;

/**
 * Intl's Danish collator, for callers that want Intl's own (any text, any script). Made on first
 * use; the selectors of this package use `compareDanish`, which needs no Intl.
 */
export function danishCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('da', { sensitivity: 'base', numeric: true }));
}
