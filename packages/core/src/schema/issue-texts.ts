// What the schema and the cross-checks say is wrong with a dataset, in English (the message, for
// the build and for developers) and in Danish (for an element that speaks Danish: its error
// state shows them to the page's reader).
import type * as v from 'valibot';
import type { Lang } from '../model/lang.js';
import { localise } from '../text/localise.js';

/** The schema's own checks: the English is the schema's message, the Danish its translation. */
export const CHECKS = localise({
  tooLong: { en: 'is longer than 20,000 characters', da: 'er længere end 20.000 tegn' },
  control: { en: 'contains control characters', da: 'indeholder kontroltegn' },
  bidi: {
    en: 'contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069)',
    da: 'indeholder et tegn, der vender skriveretningen (U+202A–U+202E, U+2066–U+2069)',
  },
  empty: { en: 'is empty', da: 'er tom' },
  code: { en: 'is not a four-digit municipality code', da: 'er ikke en firecifret kommunekode' },
  wholeYear: { en: 'is not a whole year', da: 'er ikke et helt årstal' },
  before1900: { en: 'is before 1900', da: 'er før 1900' },
  after2100: { en: 'is after 2100', da: 'er efter 2100' },
  day: { en: 'is not a date (YYYY-MM-DD)', da: 'er ikke en dato (ÅÅÅÅ-MM-DD)' },
  dayOrYear: { en: 'is not a year or a date (YYYY or YYYY-MM-DD)', da: 'er hverken et år eller en dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD)' },
  webUrl: { en: 'is not a normalised http: or https: URL', da: 'er ikke en normaliseret http:- eller https:-adresse' },
  period: { en: 'ends before it starts', da: 'slutter før den begynder' },
  kebab: { en: 'is not a kebab-case id', da: 'er ikke et id af små bogstaver, tal og bindestreger' },
  evidence: {
    en: 'has evidence exactly when its origin is the text',
    da: 'har et citat som belæg, netop når den stammer fra kortlægningens tekst',
  },
});

/** The checks that span records, and the one on the whole value. */
export const CROSS = localise({
  notObject: { en: (got: string) => `expected a JSON object, got ${got}`, da: (got: string) => `forventede et JSON-objekt, fik ${got}` },
  regions: { en: (n: number) => `expected the 5 regions, got ${n}`, da: (n: number) => `forventede de 5 regioner, fik ${n}` },
  duplicateCode: { en: (code: string) => `duplicate municipality code ${code}`, da: (code: string) => `kommunekoden ${code} findes to gange` },
  unknownRegion: { en: (code: string) => `unknown region ${code}`, da: (code: string) => `ukendt region ${code}` },
  municipalities: { en: (n: number) => `expected 98 municipalities, got ${n}`, da: (n: number) => `forventede 98 kommuner, fik ${n}` },
  categories: { en: (ids: string) => `expected the categories ${ids}`, da: (ids: string) => `forventede kategorierne ${ids}` },
  noCode: { en: (code: string) => `no municipality has the code ${code}`, da: (code: string) => `ingen kommune har koden ${code}` },
  secondEntry: {
    en: (code: string, name: string) => `a second entry for ${code} (${name})`,
    da: (code: string, name: string) => `endnu en indgang for ${code} (${name})`,
  },
  duplicateId: { en: (id: string) => `duplicate initiative id ${id}`, da: (id: string) => `initiativet ${id} findes to gange` },
});

/** What a value that is no object is, in words: `null`, `number`, `an array`. */
export function kindOf(input: unknown, lang: Lang): string {
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  const words: Record<Lang, Record<string, string>> = {
    en: { array: 'an array' },
    da: { array: 'en liste', number: 'et tal', string: 'en tekst', boolean: 'en sandhedsværdi' },
  };
  return words[lang][kind] ?? kind;
}

const OWN = new Map(Object.entries(CHECKS.en).map(([key, text]) => [text, CHECKS.da[key as keyof typeof CHECKS.da]]));

/** A valibot issue in Danish: the schema's own message translated, or valibot's built from what it expected and got. */
export function danishIssue(issue: v.BaseIssue<unknown>): string {
  const own = OWN.get(issue.message);
  if (own) return own;
  if (issue.message.startsWith('Invalid key') && issue.received === 'undefined') return 'mangler';
  const what = issue.message.startsWith('Invalid key') ? 'ugyldigt felt' : issue.kind === 'schema' ? 'ugyldig type' : 'ugyldig værdi';
  return `${what}: ${[issue.expected ? `forventede ${issue.expected}` : '', `fik ${issue.received}`].filter(Boolean).join(', ')}`;
}
