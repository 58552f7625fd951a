// The list's own texts; kind and status labels come from the card's messages.
import type { Lang } from '../shared/lang.js';

export const listMessages = {
  da: {
    filters: 'Filtrér initiativer',
    kindGroup: 'Type',
    statusGroup: (date: string) => `Status pr. ${date}`,
    showAll: 'Vis alle',
    count: (n: string, one: boolean) => `${n} ${one ? 'initiativ' : 'initiativer'}`,
    none: 'Ingen initiativer matcher',
    listLabel: "KL's initiativer",
  },
  en: {
    filters: 'Filter initiatives',
    kindGroup: 'Kind',
    statusGroup: (date: string) => `Status as of ${date}`,
    showAll: 'Show all',
    count: (n: string, one: boolean) => `${n} ${one ? 'initiative' : 'initiatives'}`,
    none: 'No initiatives match',
    listLabel: "KL's initiatives",
  },
} satisfies Record<Lang, unknown>;

/** The list's messages in one language. */
export type ListMessages = (typeof listMessages)['da'];
