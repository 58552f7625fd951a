// The map's own texts; the labels beside the data (statuses, categories, "Ikke angivet") are core's.
import { formatList, localise } from '@kl-digital/core';

export const mapMessages = localise({
  mapTitle: {
    da: 'Kort over kommunernes strategiske arbejde med digitalisering',
    en: "Map of the municipalities' strategic work with digitalisation",
  },
  mapHelp: {
    da: 'Brug piletasterne for at gå mellem kommunerne, Enter for at vælge og Escape for at fravælge. Skriv et navn for at springe til det.',
    en: 'Use the arrow keys to move between municipalities, Enter to select and Escape to clear. Type a name to jump to it.',
  },
  legend: { da: 'Signaturforklaring', en: 'Legend' },
  legendHelp: { da: 'Vælg en eller flere for at fremhæve dem på kortet.', en: 'Choose one or more to emphasise them on the map.' },
  showAll: { da: 'Vis alle', en: 'Show all' },
  asList: { da: 'Vis kortets indhold som liste', en: "Show the map's content as a list" },
  enlargement: { da: 'Københavnsområdet, forstørret', en: 'Copenhagen area, enlarged' },
  tapAgain: { da: 'Tryk igen for at vælge', en: 'Tap again to select' },
  zoomOut: { da: 'Vis hele kortet', en: 'Show the whole map' },
  locatorLabel: {
    da: (names: string[]) => `Kort, der viser, hvor ${formatList(names, 'da', 'conjunction')} ligger`,
    en: (names: string[]) => `Map showing where ${formatList(names, 'en', 'conjunction')} ${names.length === 1 ? 'is' : 'are'}`,
  },
});

