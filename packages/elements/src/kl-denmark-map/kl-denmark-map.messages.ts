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
  findLabel: { da: 'Find kommune', en: 'Find municipality' },
  findHelp: {
    da: 'Skriv et navn eller en kommunekode. Gå til forslagene med pil ned, vælg med Enter (det bedste forslag, hvis du ikke har valgt et), luk dem med Escape.',
    en: 'Type a name or a municipality code. Move to the suggestions with the down arrow, choose with Enter (the best one unless you moved to another), close them with Escape.',
  },
  suggestionsLabel: { da: 'Forslag', en: 'Suggestions' },
  suggestionCount: { da: (n: number) => `${n} forslag.`, en: (n: number) => `${n} ${n === 1 ? 'suggestion' : 'suggestions'}.` },
  closeNames: {
    da: (names: string[]) => `Ingen kommune hedder sådan. Mente du ${formatList(names, 'da', 'disjunction')}?`,
    en: (names: string[]) => `No municipality is called that. Did you mean ${formatList(names, 'en', 'disjunction')}?`,
  },
  noMatch: { da: (text: string) => `Ingen kommune passer til "${text}".`, en: (text: string) => `No municipality matches "${text}".` },
  found: { da: (name: string, value: string) => `${name} er valgt og vist på kortet: ${value}.`, en: (name: string, value: string) => `${name} is selected and shown on the map: ${value}.` },
  downloadSvg: { da: 'Hent kort som SVG', en: 'Download map as SVG' },
  downloadPng: { da: 'Hent kort som PNG', en: 'Download map as PNG' },
  downloadFailed: { da: 'Kortet kunne ikke hentes. Prøv igen.', en: 'The map could not be downloaded. Try again.' },
  locatorLabel: {
    da: (names: string[]) => `Kort, der viser, hvor ${formatList(names, 'da', 'conjunction')} ligger`,
    en: (names: string[]) => `Map showing where ${formatList(names, 'en', 'conjunction')} ${names.length === 1 ? 'is' : 'are'}`,
  },
});

