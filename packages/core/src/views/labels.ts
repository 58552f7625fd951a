// The words the views put beside the data, in Danish and English: what a status, a missing cell
// or a municipality outside the mapping is called. Decided here once, so that the map, the
// table, the cards and the exports say the same thing. Buttons and help texts are the
// elements' own.
import type { Category, CategoryInfo } from '../model/category.js';
import type { InitiativeKind, InitiativeStatus } from '../model/initiative.js';
import type { Lang } from '../model/lang.js';
import type { Period, Status } from '../model/period.js';
import type { Region } from '../model/region.js';
import { formatList } from '../text/format.js';
import { isStated } from '../text/is-stated.js';

/** The value of a municipality that is not registered in the mapping. */
export const NOT_REGISTERED = 'not-registered';
export type NotRegistered = typeof NOT_REGISTERED;

const list = (items: readonly string[], lang: Lang) => formatList(items, lang, 'conjunction');

export const LABELS = {
  da: {
    notRegistered: 'Ikke registreret i kortlægningen',
    notStated: 'Ikke angivet',
    status: { current: 'Gældende', expired: 'Udløbet', upcoming: 'Endnu ikke gældende', unknown: 'Status ukendt' } satisfies Record<Status, string>,
    initiativeKind: { network: 'Netværk', programme: 'Program', 'action-plan': 'Handleplan', mapping: 'Kortlægning' } satisfies Record<InitiativeKind, string>,
    initiativeStatus: { upcoming: 'Kommende', running: 'I gang', ended: 'Afsluttet', unknown: 'Ukendt' } satisfies Record<InitiativeStatus, string>,
    municipality: 'Kommune',
    code: 'Kommunekode',
    region: 'Region',
    form: 'Form',
    category: 'Kategori',
    link: 'Link',
    url: 'URL',
    period: 'Periode',
    statusLabel: 'Status',
    selected: 'valgt',
    highlighted: 'fremhævet',
    dimmed: 'nedtonet',
    statusAt: (date: string) => `pr. ${date}`,
    statusAtColumn: (date: string) => `Status pr. ${date}`,
    colorBy: {
      category: 'Farverne viser, hvilken slags strategisk dokument kommunen har.',
      status: 'Farverne viser, om kommunens dokument er gældende',
      region: 'Farverne viser regionerne.',
    },
    municipalities: (n: number) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    filteredTo: (values: readonly string[]) => `Signaturforklaringen fremhæver kun: ${list(values, 'da')}.`,
    periodWord: 'periode',
  },
  en: {
    notRegistered: 'Not registered in the mapping',
    notStated: 'Not stated',
    status: { current: 'Current', expired: 'Expired', upcoming: 'Not yet in force', unknown: 'Status unknown' } satisfies Record<Status, string>,
    initiativeKind: { network: 'Network', programme: 'Programme', 'action-plan': 'Action plan', mapping: 'Mapping' } satisfies Record<InitiativeKind, string>,
    initiativeStatus: { upcoming: 'Upcoming', running: 'Running', ended: 'Ended', unknown: 'Unknown' } satisfies Record<InitiativeStatus, string>,
    municipality: 'Municipality',
    code: 'Municipality code',
    region: 'Region',
    form: 'Form',
    category: 'Category',
    link: 'Link',
    url: 'URL',
    period: 'Period',
    statusLabel: 'Status',
    selected: 'selected',
    highlighted: 'highlighted',
    dimmed: 'dimmed',
    statusAt: (date: string) => `as of ${date}`,
    statusAtColumn: (date: string) => `Status as of ${date}`,
    colorBy: {
      category: 'Colours show which kind of strategic document the municipality has.',
      status: "Colours show whether the municipality's document is current",
      region: 'Colours show the regions.',
    },
    municipalities: (n: number) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
    filteredTo: (values: readonly string[]) => `The legend emphasises only: ${list(values, 'en')}.`,
    periodWord: 'period',
  },
} satisfies Record<Lang, unknown>;

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
