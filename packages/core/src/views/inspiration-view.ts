// What the municipality card offers for inspiration (the mapping exists so that a municipality
// writing a new strategy "kan … finde inspiration i andre kommuners tilgange"): what its
// neighbours do, the municipalities it borders (an island: the nearest ones, and it says so), and
// a few municipalities with the same kind of document. Each with form, period and status at a
// date, and the address of its own card where the host page gives a pattern.
import { entryFor, municipalityByCode } from '../lookup/municipality-index.js';
import type { Category } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import type { Municipality } from '../model/municipality.js';
import type { Status } from '../model/period.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import type { NeighbourKind, NeighbourTable } from '../neighbours/neighbour-table.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { compareDanish } from '../text/danish-collator.js';
import { fillUrlPattern } from '../text/url-pattern.js';
import { categoryLabel, NOT_REGISTERED, periodText, sourceText, statusLabel, type NotRegistered, type SourceText } from './labels.js';

/** How many municipalities with the same kind of document the card shows by default. */
export const SAME_KIND_COUNT = 3;

/** What the inspiration reads of a dataset. */
export type InspirationData = Pick<Dataset, 'municipalities' | 'entries' | 'categories'>;

export interface InspirationOptions {
  asOf: DateInput;
  lang: Lang;
  /** Which municipalities each one borders (`neighbours` of `@kl-digital/core/neighbours`). */
  neighbours: NeighbourTable;
  /** An address pattern accepted by `urlPattern` (`/kommune/?kommune={code}`), or null: no addresses. */
  cardUrl?: string | null;
  /** How many of the same kind (default 3). */
  sameKind?: number;
}

/** Another municipality as the inspiration shows it. */
export interface InspirationItem {
  code: string;
  municipality: Municipality;
  /** Its official name (`Slagelse Kommune`). */
  name: string;
  /** Its document's form and period as the mapping has them; null where it is not registered. */
  form: SourceText | null;
  period: SourceText | null;
  /** Its status at the date, or `not-registered`. */
  status: Status | NotRegistered;
  statusLabel: string;
  /** Its category's label, or "Ikke registreret i kortlægningen". */
  categoryLabel: string;
  /** Its own card's address by the host's pattern, or null without one. */
  href: string | null;
}

export interface InspirationView {
  /** The municipalities it borders, by name (`border`), or an island's nearest, nearest first (`nearest`). */
  neighbours: { kind: NeighbourKind; items: InspirationItem[] };
  /**
   * A few others with a document of the same category, not among the neighbours: current ones
   * first, then those in the same region, then the newest periods. Null where the municipality
   * is not registered, or has no strategy of its own (others without one are no inspiration).
   */
  sameKind: { category: Category; categoryLabel: string; items: InspirationItem[] } | null;
}

/** Current documents first, those not yet in force next; what has run out last. */
const STATUS_RANK: Record<Status, number> = { current: 0, upcoming: 1, unknown: 2, expired: 3 };

/** The latest year a period names, or -Infinity where it names none. */
const latestYear = (entry: StrategyEntry) => Math.max(entry.period.from ?? -Infinity, entry.period.to ?? -Infinity);

/** The inspiration for the municipality with a four-digit `code`, or undefined for an unknown code. */
export function inspirationView(data: InspirationData, code: string, options: InspirationOptions): InspirationView | undefined {
  const self = municipalityByCode(data, code);
  if (!self) return undefined;
  const { asOf, lang, cardUrl } = options;

  const item = (other: string): InspirationItem | undefined => {
    const municipality = municipalityByCode(data, other);
    if (!municipality) return undefined;
    const entry = entryFor(data, other);
    const status = entry ? statusAt(entry, asOf) : NOT_REGISTERED;
    return {
      code: other,
      municipality,
      name: municipality.officialName,
      form: entry ? sourceText(entry.form, lang) : null,
      period: entry ? periodText(entry.period, lang) : null,
      status,
      statusLabel: statusLabel(status, lang),
      categoryLabel: categoryLabel(data.categories, entry?.category ?? NOT_REGISTERED, lang),
      href: cardUrl ? fillUrlPattern(cardUrl, other) : null,
    };
  };
  const items = (codes: readonly string[]) => codes.map(item).filter((i): i is InspirationItem => i !== undefined);

  const known = options.neighbours[code] ?? { kind: 'nearest' as const, codes: [] };
  const neighbours = items(known.codes);
  if (known.kind === 'border') neighbours.sort((a, b) => compareDanish(a.name, b.name));

  const own = entryFor(data, code);
  let sameKind: InspirationView['sameKind'] = null;
  if (own && own.category !== 'none') {
    const shown = new Set([code, ...known.codes]);
    const rank = (entry: StrategyEntry) => STATUS_RANK[statusAt(entry, asOf)];
    const sameRegion = (entry: StrategyEntry) => (municipalityByCode(data, entry.code)?.regionCode === self.regionCode ? 0 : 1);
    const picked = data.entries
      .filter((entry) => entry.category === own.category && !shown.has(entry.code))
      .sort(
        (a, b) =>
          rank(a) - rank(b) ||
          sameRegion(a) - sameRegion(b) ||
          latestYear(b) - latestYear(a) ||
          compareDanish(municipalityByCode(data, a.code)?.name ?? a.code, municipalityByCode(data, b.code)?.name ?? b.code),
      )
      .slice(0, options.sameKind ?? SAME_KIND_COUNT);
    // The only one of its kind (one entry is a model/policy) gets no empty list.
    if (picked.length) sameKind = { category: own.category, categoryLabel: categoryLabel(data.categories, own.category, lang), items: items(picked.map((e) => e.code)) };
  }
  return { neighbours: { kind: known.kind, items: neighbours }, sameKind };
}
