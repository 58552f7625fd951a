// The elements' own texts, in Danish and English: loading and error states, the notices that
// tell an editor what is wrong with an attribute, and the map's help. The words beside the data
// (statuses, "Ikke angivet", column names) are core's (LABELS in @kl-digital/core).
import { formatList, formatNumber, type Lang } from '@kl-digital/core';
import type { AttributeProblem } from './attributes/attribute-spec.js';

/** How many bad values a notice names before it says "and N more". */
const NAMED = 3;

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`);

/** A notice's list of bad values: the first few, then how many more. */
function capped(values: readonly string[], lang: Lang, more: (n: number) => string): string {
  const named = quoted(values.slice(0, NAMED));
  return formatList(values.length > NAMED ? [...named, more(values.length - NAMED)] : named, lang, 'conjunction');
}

const da = {
  loading: 'Henter data …',
  errorTitle: 'Data kunne ikke vises',
  retry: 'Prøv igen',
  httpError: (status: number, statusText: string, url: string) => `Serveren svarede ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
  timeout: (url: string, seconds: number) => `Intet svar fra ${url} efter ${formatNumber(seconds, 'da')} sekunder.`,
  networkError: (url: string) => `Kunne ikke hente ${url}: netværksfejl, eller serveren tillader ikke hentning fra denne side (CORS).`,
  notJson: (url: string) => `Svaret fra ${url} er ikke JSON.`,
  badUrl: (url: string) => `"${url}" i src er ikke en gyldig adresse.`,
  invalidDataset: (source: string) => `Datasættet${source ? ` fra ${source}` : ''} er ugyldigt:`,
  problem(problem: AttributeProblem): string {
    const more = (n: number) => `${n} andre`;
    switch (problem.kind) {
      case 'invalid':
        return problem.values.length === 1
          ? `Ugyldig værdi "${problem.values[0]}" for ${problem.attribute}. Brug ${formatList(problem.allowed, 'da', 'disjunction')}.`
          : `Ugyldige værdier ${capped(problem.values, 'da', more)} for ${problem.attribute}. Brug ${formatList(problem.allowed, 'da', 'disjunction')}.`;
      case 'unknown-municipality': {
        const [first] = problem.misses;
        if (problem.misses.length === 1 && first) {
          return `Ukendt kommune "${first.query}" i ${problem.attribute}.${first.suggestions.length ? ` Mente du ${formatList(first.suggestions.map((m) => m.name), 'da', 'disjunction')}?` : ''}`;
        }
        return `Ukendte kommuner ${capped(problem.misses.map((m) => m.query), 'da', more)} i ${problem.attribute}.`;
      }
      case 'unknown-region':
        return `${problem.misses.length === 1 ? `Ukendt region "${problem.misses[0]}"` : `Ukendte regioner ${capped(problem.misses, 'da', more)}`} i ${problem.attribute}. Brug en af ${formatList(problem.allowed, 'da', 'disjunction')}.`;
      case 'unknown-initiative':
        return `Ukendt initiativ "${problem.query}". Kendte: ${problem.known.join(', ')}`;
      case 'invalid-date':
        return `Ugyldig dato "${problem.value}" for ${problem.attribute}. Brug ÅÅÅÅ-MM-DD; dagens dato bruges.`;
    }
  },
};

const en: typeof da = {
  loading: 'Loading data …',
  errorTitle: 'The data could not be shown',
  retry: 'Try again',
  httpError: (status, statusText, url) => `The server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
  timeout: (url, seconds) => `No answer from ${url} after ${formatNumber(seconds, 'en')} seconds.`,
  networkError: (url) => `Could not load ${url}: a network error, or the server does not allow this page to load it (CORS).`,
  notJson: (url) => `The answer from ${url} is not JSON.`,
  badUrl: (url) => `"${url}" in src is not a valid address.`,
  invalidDataset: (source) => `The dataset${source ? ` from ${source}` : ''} is not valid:`,
  problem(problem) {
    const more = (n: number) => `${n} more`;
    switch (problem.kind) {
      case 'invalid':
        return problem.values.length === 1
          ? `Invalid value "${problem.values[0]}" for ${problem.attribute}. Use ${formatList(problem.allowed, 'en', 'disjunction')}.`
          : `Invalid values ${capped(problem.values, 'en', more)} for ${problem.attribute}. Use ${formatList(problem.allowed, 'en', 'disjunction')}.`;
      case 'unknown-municipality': {
        const [first] = problem.misses;
        if (problem.misses.length === 1 && first) {
          return `Unknown municipality "${first.query}" in ${problem.attribute}.${first.suggestions.length ? ` Did you mean ${formatList(first.suggestions.map((m) => m.name), 'en', 'disjunction')}?` : ''}`;
        }
        return `Unknown municipalities ${capped(problem.misses.map((m) => m.query), 'en', more)} in ${problem.attribute}.`;
      }
      case 'unknown-region':
        return `${problem.misses.length === 1 ? `Unknown region "${problem.misses[0]}"` : `Unknown regions ${capped(problem.misses, 'en', more)}`} in ${problem.attribute}. Use one of ${formatList(problem.allowed, 'en', 'disjunction')}.`;
      case 'unknown-initiative':
        return `Unknown initiative "${problem.query}". Known: ${problem.known.join(', ')}`;
      case 'invalid-date':
        return `Invalid date "${problem.value}" for ${problem.attribute}. Use YYYY-MM-DD; today is used.`;
    }
  },
};

export const messages = { da, en } satisfies Record<Lang, unknown>;

/** The messages of one language. */
export type Messages = typeof da;
