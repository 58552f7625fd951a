// What <kl-denmark-map> shows: each municipality's value for a colouring, the legend that explains
// it, and every label a reader sees or hears (tooltip, screen-reader name, the map's description)
// in the reader's language.
import { CATEGORIES, type Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { EntryFacts } from '../model/entry-columns.js';
import { isFromText } from '../model/strategy-entry.js';
import type { Lang } from '../model/lang.js';
import { STATUSES, type Status } from '../model/period.js';
import type { RegionCode } from '../model/region.js';
import { entryFor, municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import { isoDate } from '../period/iso-date.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { formatDate, formatNumber } from '../text/format.js';
import { compareDanish } from '../text/danish-collator.js';
import { basisLabel, categoryLabel, LABELS, NOT_REGISTERED, periodText, regionName, sourceText, statusLabel, type NotRegistered, type SourceText } from './labels.js';

/** What a map colours municipalities by. */
export const COLOR_BY = ['category', 'status', 'region'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** Every value a legend can hold, for each colouring, in display order. */
export const LEGEND_VALUES = {
  category: [...CATEGORIES, NOT_REGISTERED],
  status: [...STATUSES, NOT_REGISTERED],
  region: ['1081', '1082', '1083', '1084', '1085'],
} as const satisfies Record<ColorBy, readonly string[]>;
/** A value of the legend: a category, a status, a region code, or `not-registered`. */
export type LegendValue = Category | Status | RegionCode | NotRegistered;

/** One legend item: a value and how many municipalities have it. */
export interface LegendItem {
  value: string;
  count: number;
}

/** The value of every municipality for a colouring, and the legend that explains it. */
export interface MunicipalityValues {
  /** Municipality code to value. */
  values: Map<string, string>;
  /** Every value in display order with its count; values no municipality has are left out. */
  legend: LegendItem[];
}

/** The parts of a dataset a map reads. */
export type MapData = Pick<Dataset, 'municipalities' | 'regions' | 'categories'> & { entries: readonly EntryFacts[] };

/**
 * Gives each of the 98 municipalities its value for a colouring: its category or its status
 * at `asOf` (municipalities without an entry are `not-registered`), or its region code.
 */
export function municipalityValues(dataset: Pick<Dataset, 'municipalities'> & { entries: readonly EntryFacts[] }, options: { colorBy: ColorBy; asOf?: DateInput }): MunicipalityValues {
  const { colorBy, asOf = new Date() } = options;
  const values = new Map<string, string>();
  for (const municipality of dataset.municipalities) {
    const entry = entryFor(dataset, municipality.code);
    const value =
      colorBy === 'region' ? municipality.regionCode : !entry ? NOT_REGISTERED : colorBy === 'status' ? statusAt(entry, asOf) : entry.category;
    values.set(municipality.code, value);
  }
  const counts = new Map<string, number>();
  for (const value of values.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  const legend = (LEGEND_VALUES[colorBy] as readonly string[]).filter((value) => counts.has(value)).map((value) => ({ value, count: counts.get(value)! }));
  return { values, legend };
}

/** What the map is asked to show. */
export interface MapViewOptions {
  colorBy: ColorBy;
  asOf: DateInput;
  lang: Lang;
  /** The selected municipality's code. */
  selected?: string | null;
  /** Codes to emphasise; the others are dimmed. */
  highlighted?: ReadonlySet<string>;
  /** Codes to keep; the others are dimmed. Null keeps all. */
  subset?: ReadonlySet<string> | null;
  /** Legend values to keep; the others are dimmed. Empty keeps all. */
  filter?: readonly string[];
}

/** One municipality as the map shows it. */
export interface MapMunicipality {
  code: string;
  name: string;
  value: string;
  valueLabel: string;
  selected: boolean;
  highlighted: boolean;
  dimmed: boolean;
  /** What a screen reader hears: name, value, form, period, status, and selected/highlighted/dimmed. */
  label: string;
  /** The tooltip: the region (when colouring by region), and the entry's facts or "not registered". */
  tooltip: {
    region: string | null;
    facts: { term: string; value: SourceText }[] | null;
    note: string | null;
  };
}

/** A legend item as the reader sees it. */
export interface MapLegendItem {
  value: string;
  label: string;
  count: number;
  countText: string;
  pressed: boolean;
}

/** Everything the map renders that does not move with the pointer. */
export interface MapView {
  colorBy: ColorBy;
  municipalities: Map<string, MapMunicipality>;
  /** The municipalities in Danish name order: the order of the list, Home/End and type-ahead. */
  byName: MapMunicipality[];
  legend: MapLegendItem[];
  /** The legend values that are kept (pressed), in legend order. */
  filter: string[];
  /** The map's description for screen readers: what the colours show, the counts, the filter. */
  description: string;
}

// The Danish name order of a list of municipalities, sorted once per list.
const byNameCache = new WeakMap<readonly object[], readonly string[]>();
function codesByName(data: Pick<Dataset, 'municipalities'>): readonly string[] {
  let codes = byNameCache.get(data.municipalities);
  if (!codes) byNameCache.set(data.municipalities, (codes = [...data.municipalities].sort((a, b) => compareDanish(a.name, b.name)).map((m) => m.code)));
  return codes;
}

/** The dimming rule: a municipality is dimmed when the legend filter, the subset or the highlight leaves it out. */
function dimming(options: Pick<MapViewOptions, 'filter' | 'subset' | 'highlighted'>, shown: ReadonlySet<string>): (code: string, value: string) => boolean {
  const kept = new Set((options.filter ?? []).filter((value) => shown.has(value)));
  const highlighted = options.highlighted ?? new Set<string>();
  const subset = options.subset ?? null;
  return (code, value) => (kept.size > 0 && !kept.has(value)) || (subset !== null && !subset.has(code)) || (highlighted.size > 0 && !highlighted.has(code));
}

/** How many municipalities the map shows undimmed (what a `kl-filter-change` reports), without labelling them. */
export function mapShownCount(data: Pick<Dataset, 'municipalities'> & { entries: readonly EntryFacts[] }, options: Omit<MapViewOptions, 'lang'>): number {
  const { values, legend } = municipalityValues(data, options);
  const dimmed = dimming(options, new Set(legend.map((item) => item.value)));
  let count = 0;
  for (const [code, value] of values) if (!dimmed(code, value)) count += 1;
  return count;
}

/** The map's values, legend and labels (see `MapView`). */
export function mapView(data: MapData, options: MapViewOptions): MapView {
  const { colorBy, lang } = options;
  const asOf = isoDate(options.asOf);
  const l = LABELS[lang];
  const { values, legend } = municipalityValues(data, { colorBy, asOf });
  const shown = new Set(legend.map((item) => item.value));
  const kept = new Set((options.filter ?? []).filter((value) => shown.has(value)));
  const highlighted = options.highlighted ?? new Set<string>();
  const isDimmed = dimming(options, shown);
  const label = (value: string) => valueLabel(data, value, lang);

  const municipalities = new Map<string, MapMunicipality>();
  for (const municipality of data.municipalities) {
    const code = municipality.code;
    const value = values.get(code) ?? NOT_REGISTERED;
    const entry = entryFor(data, code);
    const isHighlighted = highlighted.has(code);
    const dimmed = isDimmed(code, value);
    const selected = code === options.selected;
    const status = entry ? statusAt(entry, asOf) : null;
    const parts = [`${municipality.name}: ${label(value)}`];
    if (entry && colorBy !== 'category') parts.push(label(entry.category));
    // An entry from the mapping's text says so, where a row of its list says its form.
    const fromText = entry && isFromText(entry) ? basisLabel(entry, lang) : null;
    if (fromText) parts.push(fromText);
    const form = entry ? sourceText(entry.form, lang) : null;
    if (form?.verbatim) parts.push(form.text);
    const period = entry ? periodText(entry.period, lang) : null;
    if (period?.verbatim) parts.push(`${l.periodWord} ${period.text}`);
    if (status && colorBy !== 'status') parts.push(statusLabel(status, lang).toLowerCase());
    if (selected) parts.push(l.selected);
    // What the eye sees as emphasis or dimming, a screen reader hears too.
    if (isHighlighted) parts.push(l.highlighted);
    else if (dimmed) parts.push(l.dimmed);
    const region = regionByCode(data, municipality.regionCode);
    municipalities.set(code, {
      code,
      name: municipality.name,
      value,
      valueLabel: label(value),
      selected,
      highlighted: isHighlighted,
      dimmed,
      label: parts.join(', '),
      tooltip: {
        region: colorBy === 'region' && region ? regionName(region, lang) : null,
        facts:
          entry && status
            ? [
                { term: l.category, value: { text: label(entry.category), verbatim: false } },
                fromText ? { term: l.basis, value: { text: fromText, verbatim: false } } : { term: l.form, value: sourceText(entry.form, lang) },
                { term: l.period, value: period! },
                { term: l.statusLabel, value: { text: statusLabel(status, lang), verbatim: false } },
              ]
            : null,
        note: entry ? null : l.notRegistered,
      },
    });
  }

  const legendItems = legend.map(({ value, count }) => ({ value, label: label(value), count, countText: formatNumber(count, lang), pressed: kept.has(value) }));
  const when = colorBy === 'status' ? ` ${l.statusAt(formatDate(asOf, lang))}.` : '';
  const counts = legendItems.map((item) => `${item.label}: ${l.municipalities(item.count)}`).join('; ');
  const filtered = kept.size > 0 ? ` ${l.filteredTo(legendItems.filter((item) => item.pressed).map((item) => item.label))}` : '';
  return {
    colorBy,
    municipalities,
    byName: codesByName(data).map((code) => municipalities.get(code)!).filter(Boolean),
    legend: legendItems,
    filter: legendItems.filter((item) => item.pressed).map((item) => item.value),
    description: `${l.colorBy[colorBy]}${when} ${counts}.${filtered}`,
  };
}

/** A legend value's label in the reader's language: a category, a status, a region, or "not registered". */
export function valueLabel(data: Pick<Dataset, 'categories' | 'regions'>, value: string, lang: Lang): string {
  if (value === NOT_REGISTERED) return LABELS[lang].notRegistered;
  if ((CATEGORIES as readonly string[]).includes(value)) return categoryLabel(data.categories, value as Category, lang);
  const region = data.regions.find((r) => r.code === value);
  if (region) return regionName(region, lang);
  return (STATUSES as readonly string[]).includes(value) ? statusLabel(value as Status, lang) : value;
}

/** The name of a municipality, or the code where the data has none. */
export function municipalityName(data: Pick<Dataset, 'municipalities'>, code: string): string {
  return municipalityByCode(data, code)?.name ?? code;
}
