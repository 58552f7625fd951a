// What <kl-municipality-card> shows: one municipality's entry in the mapping joined with its
// region, category, status at a date, document link and the mapping's example story, with the
// labels in the reader's language.
import { entryFor, municipalityByCode, regionByCode } from '../lookup/municipality-index.js';
import type { CategoryInfo } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import type { Example, Mapping } from '../model/mapping.js';
import type { Municipality } from '../model/municipality.js';
import type { Status } from '../model/period.js';
import type { Region } from '../model/region.js';
import { isFromText, type StrategyEntry } from '../model/strategy-entry.js';
import { statusAt, type DateInput } from '../period/status-at.js';
import { httpUrl } from '../text/http-url.js';
import { isStated } from '../text/is-stated.js';
import { basisLabel, periodText, regionName, sourceText, statusLabel, type SourceText } from './labels.js';

/** Everything known about one municipality in the mapping. */
export interface MunicipalityProfile {
  municipality: Municipality;
  region: Region | undefined;
  /** The mapping's row, or null where the municipality is not registered in the mapping. */
  entry: StrategyEntry | null;
  /** The entry's category with its labels and description; null where not registered. */
  category: CategoryInfo | null;
  /** The entry's status at `asOf`; null where not registered. */
  status: Status | null;
  /** The document's address where the source gives an http(s) URL; null otherwise, never invented. */
  documentUrl: string | null;
  /** The mapping's example story of this municipality, where it has one (also for one not in the table). */
  example: Example | null;
  /** The category the example illustrates, where there is an example. */
  exampleCategory: CategoryInfo | null;
}

/** The parts of a dataset a card reads. */
export type CardData = Pick<Dataset, 'municipalities' | 'regions' | 'entries' | 'categories'> & { mapping: Pick<Mapping, 'examples' | 'contact'> };

/** The profile of the municipality with a four-digit `code`, or undefined for an unknown code. */
export function municipalityProfile(dataset: CardData, code: string, options: { asOf?: DateInput } = {}): MunicipalityProfile | undefined {
  const municipality = municipalityByCode(dataset, code);
  if (!municipality) return undefined;
  const entry = entryFor(dataset, code) ?? null;
  const example = dataset.mapping.examples.find((e) => e.code === code) ?? null;
  const categoryInfo = (id: string | undefined) => (id ? (dataset.categories.find((c) => c.id === id) ?? null) : null);
  return {
    municipality,
    region: regionByCode(dataset, municipality.regionCode),
    entry,
    category: categoryInfo(entry?.category),
    status: entry ? statusAt(entry, options.asOf ?? new Date()) : null,
    documentUrl: entry ? httpUrl(entry.url) : null,
    example,
    exampleCategory: categoryInfo(example?.category),
  };
}

/** One municipality's card as the reader sees it. */
export interface MunicipalityCardView {
  profile: MunicipalityProfile;
  /** The region's name in the reader's language. */
  region: string | null;
  /** The entry's fields as shown; null where the municipality is not registered. */
  entry: {
    form: SourceText;
    category: CategoryInfo;
    categoryLabel: string;
    categoryDescription: string;
    /** Why the form got its category (Danish, from the reviewed rules, or the reviewed mention). */
    reason: string;
    /**
     * For an entry from the mapping's text, not its list: what it rests on ("Et eksempel i
     * kortlægningen, ikke dens liste") and the sentence verbatim (Danish); null for a row of the list.
     */
    basis: { label: string; evidence: string } | null;
    /** The document's link text where the source states one. */
    documentText: string | null;
    documentUrl: string | null;
    period: SourceText;
    status: Status;
    statusLabel: string;
  } | null;
  /** The category the example illustrates, labelled. */
  exampleCategoryLabel: string | null;
  contact: Mapping['contact'];
}

/** The card of the municipality with a four-digit `code`, or undefined for an unknown code. */
export function municipalityCardView(data: CardData, code: string, options: { asOf: DateInput; lang: Lang }): MunicipalityCardView | undefined {
  const profile = municipalityProfile(data, code, options);
  if (!profile) return undefined;
  const { lang } = options;
  const { entry, category, status } = profile;
  return {
    profile,
    region: profile.region ? regionName(profile.region, lang) : null,
    entry:
      entry && category && status
        ? {
            form: sourceText(entry.form, lang),
            category,
            categoryLabel: category.label[lang],
            categoryDescription: category.description[lang],
            reason: entry.categoryReason,
            basis: isFromText(entry) && entry.evidence ? { label: basisLabel(entry, lang), evidence: entry.evidence } : null,
            documentText: isStated(entry.linkText) ? entry.linkText : null,
            documentUrl: profile.documentUrl,
            period: periodText(entry.period, lang),
            status,
            statusLabel: statusLabel(status, lang),
          }
        : null,
    exampleCategoryLabel: profile.exampleCategory?.label[lang] ?? null,
    contact: data.mapping.contact,
  };
}
