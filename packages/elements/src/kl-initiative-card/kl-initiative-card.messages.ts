// The initiative card's texts; the kind and status labels are core's (LABELS).
import type { Lang } from '../shared/lang.js';

export const initiativeMessages = {
  da: {
    kindLabel: 'Type',
    statusLabel: 'Status',
    statusAt: (date: string) => `pr. ${date}`,
    audience: 'Målgruppe',
    published: 'Offentliggjort',
    start: 'Start',
    end: 'Slut',
    initiatives: 'Initiativer',
    initiativeCount: (count: string) => `${count} initiativer`,
    price: 'Pris',
    milestones: 'Møder og datoer',
    tracks: 'Spor',
    details: 'Mere fra kilden',
    contact: 'Kontakt',
    email: 'E-mail',
    phone: 'Telefon',
    source: 'Kilde',
    unknownTitle: 'Ukendt initiativ',
    unknown: (query: string, known: string) => `Ukendt initiativ "${query}". Kendte: ${known}`,
    missingTitle: 'Intet initiativ angivet',
    missing: (known: string) => `Angiv et initiativ i attributten initiative. Kendte: ${known}`,
  },
  en: {
    kindLabel: 'Kind',
    statusLabel: 'Status',
    statusAt: (date: string) => `as of ${date}`,
    audience: 'Audience',
    published: 'Published',
    start: 'Start',
    end: 'End',
    initiatives: 'Initiatives',
    initiativeCount: (count: string) => `${count} initiatives`,
    price: 'Price',
    milestones: 'Meetings and dates',
    tracks: 'Tracks',
    details: 'More from the source',
    contact: 'Contact',
    email: 'E-mail',
    phone: 'Phone',
    source: 'Source',
    unknownTitle: 'Unknown initiative',
    unknown: (query: string, known: string) => `Unknown initiative "${query}". Known: ${known}`,
    missingTitle: 'No initiative given',
    missing: (known: string) => `Set the initiative attribute to an initiative's id. Known: ${known}`,
  },
} satisfies Record<Lang, unknown>;

/** The initiative messages in one language. */
export type InitiativeMessages = (typeof initiativeMessages)['da'];
