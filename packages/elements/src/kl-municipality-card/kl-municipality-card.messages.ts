// The card's own texts; the shared ones (form, period, status, ...) are in ../shared/messages.ts.
import type { Lang } from '../shared/lang.js';

export const cardMessages = {
  da: {
    document: 'Dokument',
    noAddress: 'Kilden angiver ingen adresse',
    whyCategory: 'Hvorfor denne kategori',
    notRegisteredText: "Kommunen er ikke registreret i KL's kortlægning. Det betyder ikke nødvendigvis, at den ikke har en strategi.",
    notRegisteredWithExample: "Kommunen står ikke i kortlægningens liste, men KL bruger den som eksempel nedenfor.",
    exampleTitle: "Eksempel fra KL's kortlægning",
    exampleOf: (label: string) => `Kortlægningens eksempel på: ${label}`,
    answers: 'Spørgsmål og svar',
    locatorName: (name: string) => `${name} fremhævet på kortet over Danmarks kommuner`,
    /** The contact line in English is a translation; the Danish is the mapping's own sentence. */
    contactIntro: null as string | null,
    unknownTitle: 'Ukendt kommune',
    unknownText: (query: string) => `Ingen kommune hedder "${query}".`,
    didYouMean: 'Mente du',
    unknownHint: 'Skriv kommunens navn eller firecifrede kode, fx "Sorø", "Sorø Kommune" eller "0340".',
    missingTitle: 'Ingen kommune angivet',
    missing: 'Angiv en kommune i attributten municipality, fx municipality="Sorø".',
  },
  en: {
    document: 'Document',
    noAddress: 'The source gives no address',
    whyCategory: 'Why this category',
    notRegisteredText: "The municipality is not registered in KL's mapping. This does not necessarily mean that it has no strategy.",
    notRegisteredWithExample: "The municipality is not in the mapping's list, but KL uses it as an example below.",
    exampleTitle: "Example from KL's mapping",
    exampleOf: (label: string) => `The mapping's example of: ${label}`,
    answers: 'Questions and answers',
    locatorName: (name: string) => `${name} highlighted on the map of the Danish municipalities`,
    contactIntro: 'Is your strategy missing, or does the list need an update or a correction? Contact' as string | null,
    unknownTitle: 'Unknown municipality',
    unknownText: (query: string) => `No municipality is called "${query}".`,
    didYouMean: 'Did you mean',
    unknownHint: 'Write the municipality\'s name or four-digit code, e.g. "Sorø", "Sorø Kommune" or "0340".',
    missingTitle: 'No municipality given',
    missing: 'Set the municipality in the municipality attribute, e.g. municipality="Sorø".',
  },
} satisfies Record<Lang, unknown>;

/** The card's messages in one language. */
export type CardMessages = (typeof cardMessages)['da'];
