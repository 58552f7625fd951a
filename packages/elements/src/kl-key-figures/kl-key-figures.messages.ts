// The texts of <kl-key-figures>, in Danish and English. The published wording itself comes
// from the dataset (verbatim Danish); `wording` here is the English rendering of it.
import { formatList, type KeyFigureComparison, type KeyFigureDifference } from '@kl-digital/core';
import type { Lang } from '../shared/lang.js';

type FigureId = KeyFigureComparison['id'];
type Note = (figure: KeyFigureComparison) => string;

const kommuner = (n: number) => (n === 1 ? 'kommune' : 'kommuner');
const municipalities = (n: number) => (n === 1 ? 'municipality' : 'municipalities');
/** An English verb in the singular or the plural: `verb(1, 'has', 'have')`. */
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const keyFiguresMessages = {
  da: {
    publishedHeading: 'Nøgletal, som KL har offentliggjort dem',
    source: (title: string) => `Kilde: KL, »${title}«.`,
    of: (n: number) => `af ${n}`,
    /** Not used in Danish: the wording is shown verbatim. */
    wording: {} as Partial<Record<FigureId, string>>,
    danishOriginal: 'Dansk original:',
    countedHeading: 'Hvad data tæller',
    countedAt: (date: string) => `Talt pr. ${date}`,
    countedIntro: (listed: number, fromText: readonly string[], of: number) =>
      fromText.length === 0
        ? `Tallene her er talt i kortlægningens liste, som rummer ${listed} af ${of} kommuner.`
        : `Tallene her er talt i de ${listed + fromText.length} af ${of} kommuner, som kortlægningen registrerer: ${listed} i dens liste og ${formatList(fromText, 'da', 'conjunction')}, som kun dens tekst nævner.`,
    counted: {
      'strategy-or-principles': (n) => `${kommuner(n)} i kortlægningen har en digitaliseringsstrategi eller principper, der ikke er udløbet`,
      expired: (n) => `${kommuner(n)} i kortlægningen har en digitaliseringsstrategi, hvis periode er udløbet`,
      'part-of-other': (n) => `${kommuner(n)} i kortlægningen arbejder med digitalisering som del af andre strategier eller politikker`,
      none: (n) => `${kommuner(n)} i kortlægningen står uden et strategisk dokument`,
      'called-strategy': (n) => `${kommuner(n)} i kortlægningen kalder dokumentet »Digitaliseringsstrategi«`,
    } as Record<FigureId, (n: number) => string>,
    notRegistered: (n: number) => `${n} ${kommuner(n)} står hverken i listen eller i teksten: ikke registreret i kortlægningen`,
    publishedValue: (n: number) => `Offentliggjort: ${n}`,
    notes: {
      'expired-excluded': (f) =>
        `Kortlægningen registrerer ${f.listed + f.fromText} af ${f.of} kommuner, og her tæller kun dokumenter, der ikke er udløbet: ${f.candidates - f.counted} af dens ${f.candidates} strategier og principper er udløbet.`,
      'date-dependent': () =>
        'Hvad der er udløbet, afhænger af datoen, og kortlægningen er ikke dateret. Her er en strategi udløbet, når det sidste år i dens periode er gået.',
      'categorised-by-form': () =>
        'Her følger kategorien formen, som listen skriver den, efter redaktionens gennemgåede regler (fx en planstrategi); kortlægningen oplyser ikke, hvilke kommuner dens tal dækker.',
      'not-registered': (f) =>
        `Kortlægningen har ${f.counted} ${kommuner(f.counted)} uden dokument${f.countedFromText > 0 ? ` (${f.counted - f.countedFromText} i listen, ${f.countedFromText} i teksten)` : ''}. ${f.notRegistered ?? 0} ${kommuner(f.notRegistered ?? 0)} står hverken i listen, som kun rummer offentligt tilgængelige dokumenter, eller i teksten; de kaldes her »ikke registreret«, ikke »ingen strategi«.`,
      'literal-form': (f) =>
        `Her tæller kun former, der hedder præcis »Digitaliseringsstrategi«; kortlægningens ${f.candidates - f.counted} andre strategier hedder fx IT-strategi, digitaliseringspolitik eller digitaliseringsplan.`,
    } as Record<KeyFigureDifference, Note>,
    sameCount: "Samme tal som KL's. Kortlægningen oplyser ikke, hvilke kommuner dens tal dækker, så det er ikke sikkert, at det er de samme kommuner.",
    paragraphIntro: 'Kortlægningen skriver:',
    chartHeading: 'Offentliggjort og talt',
    chartIntro: (of: number, date: string, listed: number, fromText: number) =>
      `Antal kommuner af ${of}. KL's tal er udateret (kortlægningen nævner dokumenter fra 2021). De talte tal kommer fra de ${listed + fromText} kommuner, kortlægningen registrerer (${listed} i dens liste${fromText > 0 ? `, ${fromText} i dens tekst` : ''}), pr. ${date}, så de to behøver ikke være ens.`,
    legendPublished: 'Offentliggjort af KL',
    legendCounted: (n: number) => `Talt i kortlægningen (${n} kommuner)`,
    chartTitle: 'Nøgletal, offentliggjort af KL og talt i data',
    chartSummary: (rows: string[]) => `${rows.join('. ')}.`,
    chartRow: (label: string, published: number, counted: number, of: number) =>
      `${label}: offentliggjort ${published}, talt ${counted}, af ${of}`,
    tableCaption: (of: number, date: string) => `Nøgletal af ${of} kommuner: offentliggjort af KL og talt i data pr. ${date}`,
    figureColumn: 'Nøgletal',
    short: {
      'strategy-or-principles': 'Strategi eller principper',
      expired: 'Udløbet strategi',
      'part-of-other': 'Del af andre strategier',
      none: 'Ingen strategi',
      'called-strategy': '»Digitaliseringsstrategi«',
    } as Record<FigureId, string>,
    kindsHeading: 'Fem typer strategiske dokumenter',
    traits: 'Kendetegn',
    kindCount: (n: number) => `${n} ${kommuner(n)} i kortlægningen`,
  },
  en: {
    publishedHeading: 'Key figures, as published by KL',
    source: (title: string) => `Source: KL, “${title}” (in Danish).`,
    of: (n: number) => `of ${n}`,
    wording: {
      'strategy-or-principles': 'municipalities have, or are preparing, a digitalisation strategy/principles',
      expired: 'municipalities have a digitalisation strategy that has expired',
      'part-of-other': 'municipalities work with digitalisation as part of their other strategies or policies',
      none: 'municipalities have no digitalisation strategy or the like',
      'called-strategy': 'municipalities have a “digitaliseringsstrategi” (digitalisation strategy)',
    } as Partial<Record<FigureId, string>>,
    danishOriginal: 'Danish original:',
    countedHeading: 'What the data counts',
    countedAt: (date: string) => `Counted as of ${date}`,
    countedIntro: (listed: number, fromText: readonly string[], of: number) =>
      fromText.length === 0
        ? `These figures are counted in the mapping's list, which holds ${listed} of ${of} municipalities.`
        : `These figures are counted in the ${listed + fromText.length} of ${of} municipalities the mapping registers: ${listed} in its list and ${formatList(fromText, 'en', 'conjunction')}, which only its text names.`,
    counted: {
      'strategy-or-principles': (n) => `${municipalities(n)} in the mapping ${verb(n, 'has', 'have')} a digitalisation strategy or principles that have not expired`,
      expired: (n) => `${municipalities(n)} in the mapping ${verb(n, 'has', 'have')} a digitalisation strategy whose period has ended`,
      'part-of-other': (n) => `${municipalities(n)} in the mapping ${verb(n, 'works', 'work')} with digitalisation as part of other strategies or policies`,
      none: (n) => `${municipalities(n)} in the mapping ${verb(n, 'has', 'have')} no strategic document`,
      'called-strategy': (n) => `${municipalities(n)} in the mapping ${verb(n, 'calls', 'call')} the document “Digitaliseringsstrategi”`,
    } as Record<FigureId, (n: number) => string>,
    notRegistered: (n: number) => `${n} ${municipalities(n)} ${verb(n, 'is', 'are')} neither in the list nor in the text: not registered in the mapping`,
    publishedValue: (n: number) => `Published: ${n}`,
    notes: {
      'expired-excluded': (f) =>
        `The mapping registers ${f.listed + f.fromText} of ${f.of} municipalities, and only documents that have not expired count here: ${f.candidates - f.counted} of its ${f.candidates} strategies and principles have expired.`,
      'date-dependent': () =>
        'What has expired depends on the date, and the mapping is not dated. Here a strategy has expired once the last year of its period has passed.',
      'categorised-by-form': () =>
        "Here the category follows the form as the list writes it, by the editors' reviewed rules (such as a planning strategy); the mapping does not say which municipalities its figure covers.",
      'not-registered': (f) =>
        `The mapping has ${f.counted} ${municipalities(f.counted)} without a document${f.countedFromText > 0 ? ` (${f.counted - f.countedFromText} in the list, ${f.countedFromText} in the text)` : ''}. ${f.notRegistered ?? 0} ${municipalities(f.notRegistered ?? 0)} ${verb(f.notRegistered ?? 0, 'is', 'are')} neither in the list, which holds publicly available documents only, nor in the text; they are called “not registered” here, not “no strategy”.`,
      'literal-form': (f) =>
        `Only forms called exactly “Digitaliseringsstrategi” count here; the mapping's ${f.candidates - f.counted} other strategies are called, for example, IT strategy, digitalisation policy or digitalisation plan.`,
    } as Record<KeyFigureDifference, Note>,
    sameCount: "The same number as KL's. The mapping does not say which municipalities its figure covers, so they need not be the same municipalities.",
    paragraphIntro: 'The mapping writes (in Danish):',
    chartHeading: 'Published and counted',
    chartIntro: (of: number, date: string, listed: number, fromText: number) =>
      `Number of municipalities of ${of}. KL's figures are undated (the mapping cites documents from 2021). The counted figures come from the ${listed + fromText} municipalities the mapping registers (${listed} in its list${fromText > 0 ? `, ${fromText} in its text` : ''}), as of ${date}, so the two need not match.`,
    legendPublished: 'Published by KL',
    legendCounted: (n: number) => `Counted in the mapping (${n} municipalities)`,
    chartTitle: 'Key figures, published by KL and counted in the data',
    chartSummary: (rows: string[]) => `${rows.join('. ')}.`,
    chartRow: (label: string, published: number, counted: number, of: number) => `${label}: published ${published}, counted ${counted}, of ${of}`,
    tableCaption: (of: number, date: string) => `Key figures of ${of} municipalities: published by KL and counted in the data as of ${date}`,
    figureColumn: 'Key figure',
    short: {
      'strategy-or-principles': 'Strategy or principles',
      expired: 'Expired strategy',
      'part-of-other': 'Part of other strategies',
      none: 'No strategy',
      'called-strategy': '“Digitaliseringsstrategi”',
    } as Record<FigureId, string>,
    kindsHeading: 'Five kinds of strategic document',
    traits: 'Traits (Danish original)',
    kindCount: (n: number) => `${n} ${municipalities(n)} in the mapping`,
  },
} satisfies Record<Lang, unknown>;

/** The element's messages in one language. */
export type KeyFiguresMessages = (typeof keyFiguresMessages)['da'];
