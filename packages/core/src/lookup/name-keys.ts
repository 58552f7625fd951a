import { foldName, spellingVariants } from '../text/fold-name.js';

const SUFFIX = / (?:regions)?kommunes?$/;

/**
 * The lookup key of a text: folded (see `foldName`) without spaces, so that `Høje-Taastrup`,
 * `Høje Taastrup` and `HøjeTaastrup` meet. `nameKey(" Sorø Kommune")` is `"sorøkommune"`.
 */
export function nameKey(text: string): string {
  return foldName(text).replace(/ /g, '');
}

/** The key with æ, ø, å spelt ae, oe, aa, for matching inside longer text. */
export function asciiKey(text: string): string {
  return nameKey(text).replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

/**
 * Every key under which a municipality can be found, from its names and curated aliases: each
 * with and without "Kommune" / "Regionskommune", in every ASCII spelling. Run once by the
 * build; the result is stored in the dataset as `Municipality.keys`.
 */
export function nameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const folded = foldName(name);
    const bare = folded.replace(SUFFIX, '');
    for (const form of [folded, bare, `${bare} kommune`]) {
      for (const variant of spellingVariants(form)) keys.add(variant.replace(/ /g, ''));
    }
  }
  return [...keys].sort();
}
