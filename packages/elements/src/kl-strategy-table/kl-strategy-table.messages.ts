// The table's own texts; the labels beside the data (columns, statuses, "Ikke angivet") are core's.
import type { Lang } from '../shared/lang.js';

export const tableMessages = {
  da: {
    caption: 'Kommunernes digitale strategier',
    statusAsOf: (date: string) => `Status pr. ${date}`,
    search: 'Søg efter kommune eller form',
    filters: 'Filtrér',
    chosen: (n: number) => `${n} valgt`,
    clearFilters: 'Nulstil søgning og filtre',
    download: 'Hent de viste rækker som CSV',
    shown: (count: string, total: string) => `Viser ${count} af ${total}`,
    newWindow: '(åbner i nyt vindue)',
    noRows: 'Ingen kommuner passer til søgningen og filtrene.',
    sortBy: 'Sortér efter',
    filename: 'kommunernes-digitale-strategier.csv',
  },
  en: {
    caption: "The municipalities' digital strategies",
    statusAsOf: (date: string) => `Status as of ${date}`,
    search: 'Search municipality or form',
    filters: 'Filter',
    chosen: (n: number) => `${n} selected`,
    clearFilters: 'Clear search and filters',
    download: 'Download the rows shown as CSV',
    shown: (count: string, total: string) => `Showing ${count} of ${total}`,
    newWindow: '(opens in a new window)',
    noRows: 'No municipality matches the search and filters.',
    sortBy: 'Sort by',
    filename: 'municipalities-digital-strategies.csv',
  },
} satisfies Record<Lang, unknown>;

/** The table's messages in one language. */
export type TableMessages = (typeof tableMessages)['da'];
