// The list's own texts; kind and status labels come from the card's messages.
import { localise } from '@kl-digital/core';

export const listMessages = localise({
  filters: { da: 'Filtrér initiativer', en: 'Filter initiatives' },
  kindGroup: { da: 'Type', en: 'Kind' },
  statusGroup: { da: (date: string) => `Status pr. ${date}`, en: (date: string) => `Status as of ${date}` },
  showAll: { da: 'Vis alle', en: 'Show all' },
  count: {
    da: (n: string, one: boolean) => `${n} ${one ? 'initiativ' : 'initiativer'}`,
    en: (n: string, one: boolean) => `${n} ${one ? 'initiative' : 'initiatives'}`,
  },
  none: { da: 'Ingen initiativer matcher', en: 'No initiatives match' },
  listLabel: { da: "KL's initiativer", en: "KL's initiatives" },
});

