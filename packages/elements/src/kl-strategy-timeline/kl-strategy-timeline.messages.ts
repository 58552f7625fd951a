// The timeline's own texts; the statuses, "Ikke registreret i kortlægningen" and the years'
// counts in words are core's (timelineView), the year control's are its own (shared/year-control.ts).
import { localise } from '@kl-digital/core';

export const timelineMessages = localise({
  heading: { da: 'Strategiernes perioder år for år', en: "The strategies' periods year by year" },
  intro: {
    da: (total: number, first: number, last: number, notRegistered: number) =>
      `Antal kommuner af ${total} efter status for deres dokument ved udgangen af hvert år (31. december), ${first}–${last}. En periode gælder til og med sit sidste år; et enkelt år eller et godkendelsesår siger hvornår, ikke hvor længe, og giver status ukendt. ${notRegistered} kommuner er ikke registreret i kortlægningen; de vises for sig og tælles ikke som kommuner uden strategi.`,
    en: (total: number, first: number, last: number, notRegistered: number) =>
      `Number of municipalities of ${total} by the status of their document at the end of each year (31 December), ${first}–${last}. A period is current through its last year; a single year or an approval year says when, not how long, and gives status unknown. ${notRegistered} municipalities are not registered in the mapping; they are shown apart and not counted as having no strategy.`,
  },
  chartTitle: {
    da: (first: number, last: number) => `Kommunernes dokumenter efter status ved udgangen af hvert år, ${first}–${last}`,
    en: (first: number, last: number) => `The municipalities' documents by status at the end of each year, ${first}–${last}`,
  },
  tableToggle: { da: 'Vis tallene som tabel', en: 'Show the numbers as a table' },
  tableCaption: {
    da: (total: number, first: number, last: number) => `Antal kommuner af ${total} efter status pr. 31. december, ${first}–${last}`,
    en: (total: number, first: number, last: number) => `Number of municipalities of ${total} by status as of 31 December, ${first}–${last}`,
  },
  download: { da: 'Hent tallene som CSV', en: 'Download the numbers as CSV' },
  filename: { da: 'strategiernes-tidslinje.csv', en: 'strategy-timeline.csv' },
  noYears: {
    da: 'Ingen af kortlægningens perioder nævner et år, så der er ingen tidslinje at vise.',
    en: "None of the mapping's periods names a year, so there is no timeline to show.",
  },
});
