// Lookup keys for names: what people type is folded the same way as what the build stored.

const DANISH_LETTERS = /[æøå]/;

/**
 * Folds a name to its lookup form: lower case, accents other than æ/ø/å dropped, hyphens,
 * dots and apostrophes as spaces, runs of white space as one, trimmed.
 * `foldName("  Høje-Taastrup ")` is `"høje taastrup"`; `foldName("Nordfyn's")` is `"nordfyn s"`.
 */
export function foldName(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    // æ, ø and å are letters of their own in Danish; NFD would turn å into a + ring.
    out += DANISH_LETTERS.test(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out
    .replace(/[-‐‑–—_.,'’`´/()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SPELLINGS: Record<string, readonly string[]> = {
  æ: ['æ', 'ae', 'a', 'e'],
  ø: ['ø', 'oe', 'o'],
  å: ['å', 'aa', 'a'],
};

/**
 * Every ASCII transliteration of a folded name: ø as oe or o, æ as ae, a or e, å as aa or a.
 * `spellingVariants("sorø")` is `["sorø", "soroe", "soro"]`.
 */
export function spellingVariants(folded: string): string[] {
  let variants = [''];
  for (const char of folded) {
    const options = SPELLINGS[char] ?? [char];
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return variants;
}
