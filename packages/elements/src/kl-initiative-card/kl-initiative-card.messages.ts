// The initiative card's texts (the list reuses the kind and status labels).
import type { InitiativeKind, InitiativeStatus } from '@kl-digital/core';
import type { Lang } from '../shared/lang.js';

export const initiativeMessages = {
  da: {
    kind: { network: 'Netværk', programme: 'Program', 'action-plan': 'Handleplan', mapping: 'Kortlægning' } satisfies Record<InitiativeKind, string>,
    status: { upcoming: 'Kommende', running: 'I gang', ended: 'Afsluttet', unknown: 'Ukendt' } satisfies Record<InitiativeStatus, string>,
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
    kind: { network: 'Network', programme: 'Programme', 'action-plan': 'Action plan', mapping: 'Mapping' } satisfies Record<InitiativeKind, string>,
    status: { upcoming: 'Upcoming', running: 'Running', ended: 'Ended', unknown: 'Unknown' } satisfies Record<InitiativeStatus, string>,
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
