// The explorer's own texts; the shared ones are in ../shared/messages.ts.
import { localise } from '@kl-digital/core';
export const explorerMessages = localise({
  colourBy: { da: 'Farverne viser', en: 'Colours show' },
  modes: { da: { category: 'Kategori', status: 'Status', region: 'Region' }, en: { category: 'Category', status: 'Status', region: 'Region' } },
  /** For the editor, on the console: a value of the link that names nothing in the data. */
  ignored: {
    da: (key: string, value: string) => `Adressens #${key}=${JSON.stringify(value)} findes ikke i data og bruges ikke.`,
    en: (key: string, value: string) => `The address's #${key}=${JSON.stringify(value)} is not in the data and is not used.`,
  },
  shownAbove: {
    da: (name: string) => `${name} er valgt. Kommunens oplysninger står over tabellen.`,
    en: (name: string) => `${name} is selected. Its details are above the table.`,
  },
  hint: {
    da: 'Vælg en kommune på kortet eller i tabellen for at se dens strategiske dokument, periode og status.',
    en: 'Choose a municipality on the map or in the table to see its strategic document, period and status.',
  },
});
