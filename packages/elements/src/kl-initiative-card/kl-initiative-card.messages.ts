// The initiative card's texts; the kind and status labels are core's (LABELS).
import { localise } from '@kl-digital/core';

export const initiativeMessages = localise({
  kindLabel: { da: 'Type', en: 'Kind' },
  statusLabel: { da: 'Status', en: 'Status' },
  statusAt: { da: (date: string) => `pr. ${date}`, en: (date: string) => `as of ${date}` },
  audience: { da: 'Målgruppe', en: 'Audience' },
  published: { da: 'Offentliggjort', en: 'Published' },
  start: { da: 'Start', en: 'Start' },
  end: { da: 'Slut', en: 'End' },
  initiatives: { da: 'Initiativer', en: 'Initiatives' },
  initiativeCount: { da: (count: string) => `${count} initiativer`, en: (count: string) => `${count} initiatives` },
  price: { da: 'Pris', en: 'Price' },
  milestones: { da: 'Møder og datoer', en: 'Meetings and dates' },
  tracks: { da: 'Spor', en: 'Tracks' },
  details: { da: 'Mere fra kilden', en: 'More from the source' },
  contact: { da: 'Kontakt', en: 'Contact' },
  email: { da: 'E-mail', en: 'E-mail' },
  phone: { da: 'Telefon', en: 'Phone' },
  source: { da: 'Kilde', en: 'Source' },
  unknownTitle: { da: 'Ukendt initiativ', en: 'Unknown initiative' },
  unknown: {
    da: (query: string, known: string) => `Ukendt initiativ "${query}". Kendte: ${known}`,
    en: (query: string, known: string) => `Unknown initiative "${query}". Known: ${known}`,
  },
  missingTitle: { da: 'Intet initiativ angivet', en: 'No initiative given' },
  /** For the editor, on the console. */
  missing: {
    da: (known: string) => `Angiv et initiativ i attributten initiative. Kendte: ${known}`,
    en: (known: string) => `Set the initiative attribute to an initiative's id. Known: ${known}`,
  },
  /** For the reader, in the card, above the list of KL's initiatives. */
  missingText: {
    da: "Siden angiver ikke, hvilket initiativ kortet skal vise. KL's initiativer er:",
    en: "The page does not say which initiative the card should show. KL's initiatives are:",
  },
});

