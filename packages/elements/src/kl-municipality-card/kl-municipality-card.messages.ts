// The card's own texts; the shared ones (form, period, status, ...) are in ../shared/messages.ts.
import { localise } from '@kl-digital/core';

export const cardMessages = localise({
  document: { da: 'Dokument', en: 'Document' },
  noAddress: { da: 'Kilden angiver ingen adresse', en: 'The source gives no address' },
  whyCategory: { da: 'Hvorfor denne kategori', en: 'Why this category' },
  /** After the reason, which the editors' rules give in Danish; none in Danish. */
  reasonNote: { da: null as string | null, en: "The reason above is the mapping editors' own, in Danish." as string | null },
  notRegisteredText: {
    da: "Kommunen er ikke registreret i KL's kortlægning. Det betyder ikke nødvendigvis, at den ikke har en strategi.",
    en: "The municipality is not registered in KL's mapping. This does not necessarily mean that it has no strategy.",
  },
  notRegisteredWithExample: {
    da: "Kommunen står ikke i kortlægningens liste, men KL bruger den som eksempel nedenfor.",
    en: "The municipality is not in the mapping's list, but KL uses it as an example below.",
  },
  exampleTitle: { da: "Eksempel fra KL's kortlægning", en: "Example from KL's mapping" },
  exampleOf: { da: (label: string) => `Kortlægningens eksempel på: ${label}`, en: (label: string) => `The mapping's example of: ${label}` },
  answers: { da: 'Spørgsmål og svar', en: 'Questions and answers' },
  locatorName: {
    da: (name: string) => `${name} fremhævet på kortet over Danmarks kommuner`,
    en: (name: string) => `${name} highlighted on the map of the Danish municipalities`,
  },
  /** The contact line in English is a translation; the Danish is the mapping's own sentence. */
  contactIntro: {
    da: null as string | null,
    en: 'Is your strategy missing, or does the list need an update or a correction? Contact' as string | null,
  },
  inspirationTitle: { da: 'Inspiration fra andre kommuner', en: 'Inspiration from other municipalities' },
  neighboursTitle: { da: 'Nabokommuner', en: 'Neighbouring municipalities' },
  nearestTitle: { da: 'Nærmeste kommuner', en: 'Nearest municipalities' },
  /** Under "Nærmeste kommuner", for a municipality with no land border (an island). */
  nearestNote: {
    da: (name: string) => `${name} har ingen landgrænse til en anden kommune. Her er de nærmeste, målt mellem kommunernes kyster, nærmeste først.`,
    en: (name: string) => `${name} shares no land border with another municipality. These are the nearest, measured between the coasts, nearest first.`,
  },
  sameKindTitle: { da: (label: string) => `Samme slags dokument: ${label}`, en: (label: string) => `The same kind of document: ${label}` },
  unknownTitle: { da: 'Ukendt kommune', en: 'Unknown municipality' },
  unknownText: { da: (query: string) => `Ingen kommune hedder "${query}".`, en: (query: string) => `No municipality is called "${query}".` },
  didYouMean: { da: 'Mente du', en: 'Did you mean' },
  unknownHint: {
    da: 'Skriv kommunens navn eller firecifrede kode, fx "Sorø", "Sorø Kommune" eller "0340".',
    en: 'Write the municipality\'s name or four-digit code, e.g. "Sorø", "Sorø Kommune" or "0340".',
  },
  missingTitle: { da: 'Ingen kommune angivet', en: 'No municipality given' },
  /** For the editor, on the console. */
  missing: {
    da: 'Angiv en kommune i attributten municipality, fx municipality="Sorø".',
    en: 'Set the municipality in the municipality attribute, e.g. municipality="Sorø".',
  },
  /** For the reader, in the card. */
  missingText: {
    da: 'Siden angiver ikke, hvilken kommune kortet skal vise.',
    en: 'The page does not say which municipality the card should show.',
  },
});

