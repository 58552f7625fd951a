// The elements' shared texts, in Danish and English: loading and error states, and what is
// wrong with an attribute, said twice: to the editor on the console (the attribute, what it
// takes), and to everyone who reads the page in the element (what is wrong, in their words,
// without attribute names). The words beside the data (statuses, "Ikke angivet", column names)
// are core's (LABELS in @kl-digital/core).
import { formatList, formatNumber, localise, type Lang } from '@kl-digital/core';
import type { AttributeProblem } from './attributes/attribute-spec.js';

/** How many bad values a notice names before it says "and N more". */
const NAMED = 3;

const texts = localise({
  loading: { da: 'Henter data …', en: 'Loading data …' },
  errorTitle: { da: 'Data kunne ikke vises', en: 'The data could not be shown' },
  retry: { da: 'Prøv igen', en: 'Try again' },
  httpError: {
    da: (status: number, statusText: string, url: string) => `Serveren svarede ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
    en: (status: number, statusText: string, url: string) => `The server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
  },
  timeout: {
    da: (url: string, seconds: number) => `Intet svar fra ${url} efter ${formatNumber(seconds, 'da')} sekunder.`,
    en: (url: string, seconds: number) => `No answer from ${url} after ${formatNumber(seconds, 'en')} seconds.`,
  },
  networkError: {
    da: (url: string) => `Kunne ikke hente ${url}: netværksfejl, eller serveren tillader ikke hentning fra denne side (CORS).`,
    en: (url: string) => `Could not load ${url}: a network error, or the server does not allow this page to load it (CORS).`,
  },
  notJson: { da: (url: string) => `Svaret fra ${url} er ikke JSON.`, en: (url: string) => `The answer from ${url} is not JSON.` },
  badUrl: { da: (url: string) => `"${url}" i src er ikke en gyldig adresse.`, en: (url: string) => `"${url}" in src is not a valid address.` },
  invalidDataset: {
    da: (source: string) => `Datasættet${source ? ` fra ${source}` : ''} er ugyldigt:`,
    en: (source: string) => `The dataset${source ? ` from ${source}` : ''} is not valid:`,
  },
  // The notices: `values` is already a list of quoted values ("a", "b" og 3 andre).
  invalidValue: {
    da: (value: string, attribute: string, allowed: string) => `Ugyldig værdi ${value} for ${attribute}. Brug ${allowed}.`,
    en: (value: string, attribute: string, allowed: string) => `Invalid value ${value} for ${attribute}. Use ${allowed}.`,
  },
  invalidValues: {
    da: (values: string, attribute: string, allowed: string) => `Ugyldige værdier ${values} for ${attribute}. Brug ${allowed}.`,
    en: (values: string, attribute: string, allowed: string) => `Invalid values ${values} for ${attribute}. Use ${allowed}.`,
  },
  unknownMunicipality: {
    da: (query: string, attribute: string, suggestions: string) => `Ukendt kommune ${query} i ${attribute}.${suggestions ? ` Mente du ${suggestions}?` : ''}`,
    en: (query: string, attribute: string, suggestions: string) => `Unknown municipality ${query} in ${attribute}.${suggestions ? ` Did you mean ${suggestions}?` : ''}`,
  },
  unknownMunicipalities: {
    da: (queries: string, attribute: string) => `Ukendte kommuner ${queries} i ${attribute}.`,
    en: (queries: string, attribute: string) => `Unknown municipalities ${queries} in ${attribute}.`,
  },
  unknownRegion: {
    da: (queries: string, many: boolean, attribute: string, allowed: string) => `${many ? 'Ukendte regioner' : 'Ukendt region'} ${queries} i ${attribute}. Brug en af ${allowed}.`,
    en: (queries: string, many: boolean, attribute: string, allowed: string) => `${many ? 'Unknown regions' : 'Unknown region'} ${queries} in ${attribute}. Use one of ${allowed}.`,
  },
  unknownInitiative: {
    da: (query: string, known: string) => `Ukendt initiativ "${query}". Kendte: ${known}`,
    en: (query: string, known: string) => `Unknown initiative "${query}". Known: ${known}`,
  },
  invalidDate: {
    da: (value: string, attribute: string) => `Ugyldig dato "${value}" for ${attribute}. Brug ÅÅÅÅ-MM-DD; dagens dato bruges.`,
    en: (value: string, attribute: string) => `Invalid date "${value}" for ${attribute}. Use YYYY-MM-DD; today is used.`,
  },
  more: { da: (n: number) => `${n} andre`, en: (n: number) => `${n} more` },
  // The reader's notices, in the element.
  unusedValue: {
    da: (value: string) => `Den ukendte værdi ${value} bruges ikke.`,
    en: (value: string) => `The unknown value ${value} is not used.`,
  },
  unusedValues: {
    da: (values: string) => `De ukendte værdier ${values} bruges ikke.`,
    en: (values: string) => `The unknown values ${values} are not used.`,
  },
  noMunicipality: {
    da: (query: string, suggestions: string) => `Ukendt kommune ${query}.${suggestions ? ` Mente du ${suggestions}?` : ''}`,
    en: (query: string, suggestions: string) => `Unknown municipality ${query}.${suggestions ? ` Did you mean ${suggestions}?` : ''}`,
  },
  noMunicipalities: { da: (queries: string) => `Ukendte kommuner ${queries}.`, en: (queries: string) => `Unknown municipalities ${queries}.` },
  noRegion: {
    da: (queries: string, many: boolean) => `${many ? 'Ukendte regioner' : 'Ukendt region'} ${queries}.`,
    en: (queries: string, many: boolean) => `${many ? 'Unknown regions' : 'Unknown region'} ${queries}.`,
  },
  noInitiative: { da: (query: string) => `Ukendt initiativ "${query}".`, en: (query: string) => `Unknown initiative "${query}".` },
  badDate: {
    da: (value: string) => `Ugyldig dato "${value}"; dagens dato bruges.`,
    en: (value: string) => `Invalid date "${value}"; today is used.`,
  },
});

/** The first few values, quoted, then how many more: `"a", "b", "c" og 97 andre`. */
function named(values: readonly string[], lang: Lang): string {
  const shown = values.slice(0, NAMED).map((v) => `"${v}"`);
  return formatList(values.length > NAMED ? [...shown, texts[lang].more(values.length - NAMED)] : shown, lang, 'conjunction');
}

/** The editor's sentence for what is wrong with an attribute (the console), however many values are wrong. */
function problemText(problem: AttributeProblem, lang: Lang): string {
  const t = texts[lang];
  const either = (items: readonly string[]) => formatList(items, lang, 'disjunction');
  switch (problem.kind) {
    case 'invalid':
      return (problem.values.length === 1 ? t.invalidValue : t.invalidValues)(named(problem.values, lang), problem.attribute, either(problem.allowed));
    case 'unknown-municipality': {
      const [first] = problem.misses;
      if (problem.misses.length > 1 || !first) return t.unknownMunicipalities(named(problem.misses.map((m) => m.query), lang), problem.attribute);
      return t.unknownMunicipality(named([first.query], lang), problem.attribute, either(first.suggestions.map((m) => m.name)));
    }
    case 'unknown-region':
      return t.unknownRegion(named(problem.misses, lang), problem.misses.length > 1, problem.attribute, either(problem.allowed));
    case 'unknown-initiative':
      return t.unknownInitiative(problem.query, problem.known.join(', '));
    case 'invalid-date':
      return t.invalidDate(problem.value, problem.attribute);
  }
}

/** The reader's notice for what is wrong with an attribute (the element): no attribute names, no allowed values. */
function noticeText(problem: AttributeProblem, lang: Lang): string {
  const t = texts[lang];
  switch (problem.kind) {
    case 'invalid':
      return (problem.values.length === 1 ? t.unusedValue : t.unusedValues)(named(problem.values, lang));
    case 'unknown-municipality': {
      const [first] = problem.misses;
      if (problem.misses.length > 1 || !first) return t.noMunicipalities(named(problem.misses.map((m) => m.query), lang));
      return t.noMunicipality(named([first.query], lang), formatList(first.suggestions.map((m) => m.name), lang, 'disjunction'));
    }
    case 'unknown-region':
      return t.noRegion(named(problem.misses, lang), problem.misses.length > 1);
    case 'unknown-initiative':
      return t.noInitiative(problem.query);
    case 'invalid-date':
      return t.badDate(problem.value);
  }
}

/** The shared texts of one language, with what is wrong with an attribute: the editor's sentence and the reader's notice. */
export type Messages = (typeof texts)['da'] & {
  /** For the editor, on the console: names the attribute and what it takes. */
  problem(problem: AttributeProblem): string;
  /** For the reader, in the element: what is wrong, without attribute names. */
  notice(problem: AttributeProblem): string;
};

export const messages: Record<Lang, Messages> = {
  da: { ...texts.da, problem: (problem) => problemText(problem, 'da'), notice: (problem) => noticeText(problem, 'da') },
  en: { ...texts.en, problem: (problem) => problemText(problem, 'en'), notice: (problem) => noticeText(problem, 'en') },
};
