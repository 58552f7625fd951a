// The map's own texts; the labels beside the data (statuses, categories, "Ikke angivet") are core's.
import { formatList, type Lang } from '@kl-digital/core';

export const mapMessages = {
  da: {
    mapTitle: 'Kort over kommunernes strategiske arbejde med digitalisering',
    mapHelp: 'Brug piletasterne for at gå mellem kommunerne, Enter for at vælge og Escape for at fravælge. Skriv et navn for at springe til det.',
    legend: 'Signaturforklaring',
    legendHelp: 'Vælg en eller flere for at fremhæve dem på kortet.',
    showAll: 'Vis alle',
    asList: 'Vis kortets indhold som liste',
    enlargement: 'Københavnsområdet, forstørret',
    tapAgain: 'Tryk igen for at vælge',
    locatorLabel: (names: string[]) => `Kort, der viser, hvor ${formatList(names, 'da', 'conjunction')} ligger`,
  },
  en: {
    mapTitle: "Map of the municipalities' strategic work with digitalisation",
    mapHelp: 'Use the arrow keys to move between municipalities, Enter to select and Escape to clear. Type a name to jump to it.',
    legend: 'Legend',
    legendHelp: 'Choose one or more to emphasise them on the map.',
    showAll: 'Show all',
    asList: "Show the map's content as a list",
    enlargement: 'Copenhagen area, enlarged',
    tapAgain: 'Tap again to select',
    locatorLabel: (names: string[]) => `Map showing where ${formatList(names, 'en', 'conjunction')} ${names.length === 1 ? 'is' : 'are'}`,
  },
} satisfies Record<Lang, unknown>;

/** The map's messages in one language. */
export type MapMessages = (typeof mapMessages)['da'];
