// The table's own texts; the labels beside the data (columns, statuses, "Ikke angivet") are core's.
import { localise } from '@kl-digital/core';

export const tableMessages = localise({
  caption: { da: 'Kommunernes digitale strategier', en: "The municipalities' digital strategies" },
  statusAsOf: { da: (date: string) => `Status pr. ${date}`, en: (date: string) => `Status as of ${date}` },
  search: { da: 'Søg efter kommune eller form', en: 'Search municipality or form' },
  filters: { da: 'Filtrér', en: 'Filter' },
  chosen: { da: (n: number) => `${n} valgt`, en: (n: number) => `${n} selected` },
  clearFilters: { da: 'Nulstil søgning og filtre', en: 'Clear search and filters' },
  download: { da: 'Hent de viste rækker som CSV', en: 'Download the rows shown as CSV' },
  shown: { da: (count: string, total: string) => `Viser ${count} af ${total}`, en: (count: string, total: string) => `Showing ${count} of ${total}` },
  newWindow: { da: '(åbner i nyt vindue)', en: '(opens in a new window)' },
  noRows: { da: 'Ingen kommuner passer til søgningen og filtrene.', en: 'No municipality matches the search and filters.' },
  sortBy: { da: 'Sortér efter', en: 'Sort by' },
  filename: { da: 'kommunernes-digitale-strategier.csv', en: 'municipalities-digital-strategies.csv' },
});

