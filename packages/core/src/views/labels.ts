// The words the views put beside the data, in Danish and English: what a status, a missing cell
// or a municipality outside the mapping is called. Decided here once, so that the map, the
// table, the cards and the exports say the same thing. Buttons and help texts are the
// elements' own.
import type { Category, CategoryInfo } from '../model/category.js';
import type { InitiativeKind, InitiativeStatus } from '../model/initiative.js';
import type { Lang } from '../model/lang.js';
import type { Period, Status } from '../model/period.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import type { Region } from '../model/region.js';
import { formatList } from '../text/format.js';
import { localise } from '../text/localise.js';
import { isStated } from '../text/is-stated.js';
import type { ColorBy } from './map-view.js';

/** The value of a municipality that is not registered in the mapping. */
export const NOT_REGISTERED = 'not-registered';
export type NotRegistered = typeof NOT_REGISTERED;

export const LABELS = localise({
  notRegistered: { da: 'Ikke registreret i kortlægningen', en: 'Not registered in the mapping' },
  notStated: { da: 'Ikke angivet', en: 'Not stated' },
  status: {
    da: { current: 'Gældende', expired: 'Udløbet', upcoming: 'Endnu ikke gældende', unknown: 'Status ukendt' } as Record<Status, string>,
    en: { current: 'Current', expired: 'Expired', upcoming: 'Not yet in force', unknown: 'Status unknown' },
  },
  initiativeKind: {
    da: { network: 'Netværk', programme: 'Program', 'action-plan': 'Handleplan', mapping: 'Kortlægning' } as Record<InitiativeKind, string>,
    en: { network: 'Network', programme: 'Programme', 'action-plan': 'Action plan', mapping: 'Mapping' },
  },
  initiativeStatus: {
    da: { upcoming: 'Kommende', running: 'I gang', ended: 'Afsluttet', unknown: 'Ukendt' } as Record<InitiativeStatus, string>,
    en: { upcoming: 'Upcoming', running: 'Running', ended: 'Ended', unknown: 'Unknown' },
  },
  municipality: { da: 'Kommune', en: 'Municipality' },
  code: { da: 'Kommunekode', en: 'Municipality code' },
  region: { da: 'Region', en: 'Region' },
  form: { da: 'Form', en: 'Form' },
  category: { da: 'Kategori', en: 'Category' },
  link: { da: 'Link', en: 'Link' },
  url: { da: 'URL', en: 'URL' },
  period: { da: 'Periode', en: 'Period' },
  statusLabel: { da: 'Status', en: 'Status' },
  year: { da: 'År', en: 'Year' },
  statusDate: { da: 'Status pr.', en: 'Status as of' },
  total: { da: 'Kommuner i alt', en: 'Municipalities in all' },
  selected: { da: 'valgt', en: 'selected' },
  highlighted: { da: 'fremhævet', en: 'highlighted' },
  dimmed: { da: 'nedtonet', en: 'dimmed' },
  statusAt: { da: (date: string) => `pr. ${date}`, en: (date: string) => `as of ${date}` },
  colorBy: {
    da: {
      category: 'Farverne viser, hvilken slags strategisk dokument kommunen har.',
      status: 'Farverne viser, om kommunens dokument er gældende',
      region: 'Farverne viser regionerne.',
    } as Record<ColorBy, string>,
    en: {
      category: 'Colours show which kind of strategic document the municipality has.',
      status: "Colours show whether the municipality's document is current",
      region: 'Colours show the regions.',
    },
  },
  municipalities: {
    da: (n: number) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    en: (n: number) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
  },
  filteredTo: {
    da: (values: readonly string[]) => `Signaturforklaringen fremhæver kun: ${formatList(values, 'da', 'conjunction')}.`,
    en: (values: readonly string[]) => `The legend emphasises only: ${formatList(values, 'en', 'conjunction')}.`,
  },
  periodWord: { da: 'periode', en: 'period' },
  basis: { da: 'Grundlag', en: 'Basis' },
  basisValue: {
    da: { table: 'Kortlægningens liste', example: 'Et eksempel i kortlægningen, ikke dens liste', text: 'Kortlægningens tekst, ikke dens liste' },
    en: { table: "The mapping's list", example: 'An example in the mapping, not its list', text: "The mapping's text, not its list" },
  },
});

/** The labels of one language. */
export type Labels = (typeof LABELS)['da'];

/** A region's name in the reader's language. */
export function regionName(region: Pick<Region, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' ? region.nameEn : region.name;
}

/** A category's label in the reader's language; `not-registered` is named too. */
export function categoryLabel(categories: readonly CategoryInfo[], category: Category | NotRegistered, lang: Lang): string {
  if (category === NOT_REGISTERED) return LABELS[lang].notRegistered;
  return categories.find((c) => c.id === category)?.label[lang] ?? category;
}

/** A status's label in the reader's language; `not-registered` is named too. */
export function statusLabel(status: Status | NotRegistered, lang: Lang): string {
  return status === NOT_REGISTERED ? LABELS[lang].notRegistered : LABELS[lang].status[status];
}

/**
 * A cell of the source as the reader sees it: the text verbatim (and so Danish) where it states
 * something, else "Ikke angivet" in the reader's language. `verbatim` tells a renderer to mark
 * the text `lang="da"`.
 */
export interface SourceText {
  text: string;
  verbatim: boolean;
}

/** The `SourceText` of a cell (see `isStated` for what states nothing). */
export function sourceText(text: string | null | undefined, lang: Lang): SourceText {
  return isStated(text) ? { text: text.trim(), verbatim: true } : { text: LABELS[lang].notStated, verbatim: false };
}

/** A period as the reader sees it: verbatim where the source states one, else "Ikke angivet". */
export function periodText(period: Pick<Period, 'kind' | 'text'>, lang: Lang): SourceText {
  return period.kind === 'none' ? sourceText('', lang) : sourceText(period.text, lang);
}

/**
 * What an entry rests on, in the reader's language: the mapping's list (a row of its table), or
 * one of its examples or its other text, "not its list" (Solrød: "Et eksempel i kortlægningen,
 * ikke dens liste").
 */
export function basisLabel(entry: Pick<StrategyEntry, 'origin'>, lang: Lang): string {
  const values = LABELS[lang].basisValue;
  if (entry.origin === 'table') return values.table;
  return entry.origin === 'example' ? values.example : values.text;
}
