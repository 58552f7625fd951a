import type { Municipality } from '../model/municipality.js';
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

/** A municipality as the bundle ships it: its curated aliases, from which its keys are made when first read. */
export type CompactMunicipality = Omit<Municipality, 'keys'> & { aliases: string[] };

/**
 * The municipalities with their `keys` made from their names and aliases when first read (a
 * name lookup or a search), not shipped: all the spellings are a third of the places' bytes, and
 * a page that looks up no name never needs them. `keys` reads as the build's list, in order.
 */
export function withNameKeys(list: readonly CompactMunicipality[]): Municipality[] {
  return list.map(({ aliases, ...municipality }) => {
    let keys: string[] | undefined;
    return Object.defineProperty(municipality, 'keys', {
      enumerable: true,
      get: () => (keys ??= nameKeys([municipality.name, municipality.officialName, ...aliases])),
    }) as Municipality;
  });
}

/**
 * The fewest aliases from which `nameKeys` makes exactly `keys` again, with the two names: what the
 * build ships instead of the keys. Each alias is one of the keys (folded), picked greedily for
 * the most keys it makes that the others do not, among those that make no key outside the list.
 * @throws Error where no choice of the keys makes them again (keys made by other rules).
 */
export function aliasesFor(municipality: Pick<Municipality, 'name' | 'officialName' | 'keys'>): string[] {
  const all = new Set(municipality.keys);
  const covered = new Set(nameKeys([municipality.name, municipality.officialName]));
  const aliases: string[] = [];
  // Each key not made by the names, also with a space before its "kommune" ending (the form
  // `nameKeys` reads as a suffix): an alias may make only keys that are in the list.
  const candidates = municipality.keys
    .filter((key) => !covered.has(key))
    .flatMap((key) => [key, key.replace(/((?:regions)?kommunes?)$/, ' $1')])
    .map((key) => ({ key, makes: nameKeys([key]) }))
    .filter((candidate) => candidate.makes.every((k) => all.has(k)));
  for (;;) {
    let best: (typeof candidates)[number] | undefined;
    let gain = 0;
    for (const candidate of candidates) {
      const adds = candidate.makes.filter((k) => !covered.has(k)).length;
      if (adds > gain) (best = candidate), (gain = adds);
    }
    if (!best) break;
    aliases.push(best.key);
    for (const k of best.makes) covered.add(k);
  }
  const made = nameKeys([municipality.name, municipality.officialName, ...aliases]);
  if (made.join('|') !== [...municipality.keys].sort().join('|')) throw new Error(`aliasesFor: the keys of ${municipality.name} cannot be made again from aliases`);
  return aliases;
}
