// Every text the elements show that does not come from the dataset, in Danish and English.
import type { Lang } from './lang.js';

const list = (items: string[], lang: Lang, type: 'disjunction' | 'conjunction' = 'disjunction') =>
  new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'da-DK', { type }).format(items);

export const messages = {
  da: {
    loading: 'Henter data …',
    errorTitle: 'Data kunne ikke vises',
    retry: 'Prøv igen',
    httpError: (status: number, statusText: string, url: string) => `Serveren svarede ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
    timeout: (url: string, seconds: number) => `Intet svar fra ${url} efter ${new Intl.NumberFormat('da-DK').format(seconds)} sekunder.`,
    networkError: (url: string) =>
      `Kunne ikke hente ${url}: netværksfejl, eller serveren tillader ikke hentning fra denne side (CORS).`,
    notJson: (url: string) => `Svaret fra ${url} er ikke JSON.`,
    invalidDataset: (source: string) => `Datasættet${source ? ` fra ${source}` : ''} er ugyldigt:`,
    unknownMunicipality: (attr: string, query: string, suggestions: string[]) =>
      `Ukendt kommune "${query}" i ${attr}.${suggestions.length ? ` Mente du ${list(suggestions, 'da')}?` : ''}`,
    unknownRegion: (attr: string, query: string, suggestions: string[]) =>
      `Ukendt region "${query}" i ${attr}. Brug en af ${list(suggestions, 'da')}.`,
    invalidValue: (attr: string, value: string, allowed: string[]) => `Ugyldig værdi "${value}" for ${attr}. Brug ${list(allowed, 'da')}.`,
    invalidDate: (attr: string, value: string) => `Ugyldig dato "${value}" for ${attr}. Brug ÅÅÅÅ-MM-DD; dagens dato bruges.`,
    notRegistered: 'Ikke registreret i kortlægningen',
    notStated: 'Ikke angivet',
    status: { current: 'Gældende', expired: 'Udløbet', upcoming: 'Endnu ikke gældende', unknown: 'Ukendt periode' } as Record<string, string>,
    form: 'Form',
    period: 'Periode',
    statusLabel: 'Status',
    region: 'Region',
    category: 'Kategori',
    mapTitle: 'Kort over kommunernes strategiske arbejde med digitalisering',
    mapHelp: 'Brug piletasterne for at gå mellem kommunerne, Enter for at vælge og Escape for at fravælge. Skriv et navn for at springe til det.',
    colorByText: { category: 'Farverne viser, hvilken slags strategisk dokument kommunen har.', status: 'Farverne viser, om kommunens dokument er gældende', region: 'Farverne viser regionerne.' } as Record<string, string>,
    statusAt: (date: string) => `pr. ${date}`,
    legend: 'Signaturforklaring',
    legendHelp: 'Vælg en eller flere for at fremhæve dem på kortet.',
    showAll: 'Vis alle',
    asList: 'Vis kortets indhold som liste',
    municipality: 'Kommune',
    enlargement: 'Københavnsområdet, forstørret',
    bornholm: 'Bornholm',
    selected: 'valgt',
    countOf: (count: number, total: number) => `${count} af ${total}`,
    municipalitiesCount: (n: number) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    tapAgain: 'Tryk igen for at vælge',
    locatorLabel: (names: string[]) => `Kort, der viser, hvor ${list(names, 'da', 'conjunction')} ligger`,
  },
  en: {
    loading: 'Loading data …',
    errorTitle: 'The data could not be shown',
    retry: 'Try again',
    httpError: (status: number, statusText: string, url: string) => `The server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}.`,
    timeout: (url: string, seconds: number) => `No answer from ${url} after ${new Intl.NumberFormat('en-GB').format(seconds)} seconds.`,
    networkError: (url: string) => `Could not load ${url}: a network error, or the server does not allow this page to load it (CORS).`,
    notJson: (url: string) => `The answer from ${url} is not JSON.`,
    invalidDataset: (source: string) => `The dataset${source ? ` from ${source}` : ''} is not valid:`,
    unknownMunicipality: (attr: string, query: string, suggestions: string[]) =>
      `Unknown municipality "${query}" in ${attr}.${suggestions.length ? ` Did you mean ${list(suggestions, 'en')}?` : ''}`,
    unknownRegion: (attr: string, query: string, suggestions: string[]) =>
      `Unknown region "${query}" in ${attr}. Use one of ${list(suggestions, 'en')}.`,
    invalidValue: (attr: string, value: string, allowed: string[]) => `Invalid value "${value}" for ${attr}. Use ${list(allowed, 'en')}.`,
    invalidDate: (attr: string, value: string) => `Invalid date "${value}" for ${attr}. Use YYYY-MM-DD; today is used.`,
    notRegistered: 'Not registered in the mapping',
    notStated: 'Not stated',
    status: { current: 'Current', expired: 'Expired', upcoming: 'Not yet in force', unknown: 'Unknown period' } as Record<string, string>,
    form: 'Form',
    period: 'Period',
    statusLabel: 'Status',
    region: 'Region',
    category: 'Category',
    mapTitle: "Map of the municipalities' strategic work with digitalisation",
    mapHelp: 'Use the arrow keys to move between municipalities, Enter to select and Escape to clear. Type a name to jump to it.',
    colorByText: { category: 'Colours show which kind of strategic document the municipality has.', status: "Colours show whether the municipality's document is current", region: 'Colours show the regions.' } as Record<string, string>,
    statusAt: (date: string) => `as of ${date}`,
    legend: 'Legend',
    legendHelp: 'Choose one or more to emphasise them on the map.',
    showAll: 'Show all',
    asList: "Show the map's content as a list",
    municipality: 'Municipality',
    enlargement: 'Copenhagen area, enlarged',
    bornholm: 'Bornholm',
    selected: 'selected',
    countOf: (count: number, total: number) => `${count} of ${total}`,
    municipalitiesCount: (n: number) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
    tapAgain: 'Tap again to select',
    locatorLabel: (names: string[]) => `Map showing where ${list(names, 'en', 'conjunction')} ${names.length === 1 ? 'is' : 'are'}`,
  },
} satisfies Record<Lang, unknown>;

/** The messages of one language. */
export type Messages = (typeof messages)['da'];
