// The shape of a dataset, checked wherever one enters: the build, and every `src` an element loads.
import * as v from 'valibot';
import { CATEGORIES } from '../model/category.js';
import { INITIATIVE_KINDS } from '../model/initiative.js';
import { ENTRY_ORIGINS } from '../model/strategy-entry.js';
import { CHECKS } from './issue-texts.js';

const REGION_CODES = ['1081', '1082', '1083', '1084', '1085'] as const;
const PERIOD_KINDS = ['range', 'from', 'until', 'year', 'approved', 'none'] as const;
const KEY_FIGURE_IDS = ['strategy-or-principles', 'expired', 'part-of-other', 'none', 'called-strategy'] as const;

/**
 * Plain text: a string without control characters other than line breaks and tabs, and without
 * the bidirectional embeddings, overrides and isolates, which would reverse the rest of a line
 * wherever the text is shown (the map's list, a table cell).
 */
const text = v.pipe(
  v.string(),
  v.maxLength(20_000, CHECKS.en.tooLong),
  v.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/u, CHECKS.en.control),
  v.regex(/^[^\u202A-\u202E\u2066-\u2069]*$/u, CHECKS.en.bidi),
);
const nonEmptyText = v.pipe(text, v.minLength(1, CHECKS.en.empty));
const municipalityCode = v.pipe(v.string(), v.regex(/^\d{4}$/, CHECKS.en.code));
const year = v.pipe(v.number(), v.integer(CHECKS.en.wholeYear), v.minValue(1900, CHECKS.en.before1900), v.maxValue(2100, CHECKS.en.after2100));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/, CHECKS.en.day));
const dayOrYear = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d\d-\d\d)?$/, CHECKS.en.dayOrYear));
/** Only http: and https: links are ever rendered. */
const webUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.href === value;
    } catch {
      return false;
    }
  }, CHECKS.en.webUrl),
);
const localised = v.object({ da: nonEmptyText, en: nonEmptyText });

const PeriodSchema = v.pipe(
  v.object({
    text,
    kind: v.picklist(PERIOD_KINDS),
    from: v.nullable(year),
    to: v.nullable(year),
    openEnded: v.boolean(),
  }),
  v.check((p) => p.from === null || p.to === null || p.from <= p.to, CHECKS.en.period),
);

const ContactSchema = v.object({ name: nonEmptyText, email: v.nullable(text), phone: v.nullable(text), text });

/** The schema of a dataset (see `Dataset`). */
export const DatasetSchema = v.object({
  version: v.literal(1),
  regions: v.array(v.object({ code: v.picklist(REGION_CODES), name: nonEmptyText, nameEn: nonEmptyText })),
  municipalities: v.array(
    v.object({
      code: municipalityCode,
      name: nonEmptyText,
      officialName: nonEmptyText,
      regionCode: v.picklist(REGION_CODES),
      keys: v.array(v.pipe(v.string(), v.maxLength(200))),
    }),
  ),
  categories: v.array(
    v.object({ id: v.picklist(CATEGORIES), label: localised, kind: nonEmptyText, traits: v.array(text), description: localised }),
  ),
  categoryRules: v.array(v.object({ form: text, category: v.picklist(CATEGORIES), reason: nonEmptyText })),
  entries: v.array(
    v.pipe(
      v.object({
        code: municipalityCode,
        municipality: nonEmptyText,
        form: text,
        linkText: text,
        url: v.nullable(webUrl),
        period: PeriodSchema,
        category: v.picklist(CATEGORIES),
        categoryReason: text,
        source: nonEmptyText,
        // Defaults: a dataset published before entries from the mapping's text holds table rows only.
        origin: v.optional(v.picklist(ENTRY_ORIGINS), 'table'),
        evidence: v.optional(v.nullable(nonEmptyText), null),
      }),
      v.check((e) => (e.origin !== 'table') === (e.evidence !== null), CHECKS.en.evidence),
    ),
  ),
  mapping: v.object({
    title: nonEmptyText,
    intro: v.array(text),
    keyFigures: v.array(
      v.object({
        id: v.picklist(KEY_FIGURE_IDS),
        value: v.pipe(v.number(), v.integer(), v.minValue(0)),
        of: v.pipe(v.number(), v.integer(), v.minValue(1)),
        wording: nonEmptyText,
        categories: v.array(v.picklist(CATEGORIES)),
        expired: v.boolean(),
        paragraph: v.optional(v.nullable(nonEmptyText), null),
      }),
    ),
    structure: v.object({ parts: v.array(text), text }),
    breadth: v.object({ question: text, ends: v.tuple([text, text]), text: v.array(text) }),
    depth: v.object({ question: text, text: v.array(text) }),
    themes: v.object({ text, items: v.array(text), example: text }),
    technologies: v.object({ municipalities: v.array(text), names: v.array(text), text }),
    examples: v.array(
      v.object({
        code: municipalityCode,
        category: v.picklist(CATEGORIES),
        heading: text,
        quote: text,
        summary: text,
        highlights: v.array(v.object({ title: text, items: v.array(text) })),
        answers: v.array(v.object({ question: text, answer: text })),
      }),
    ),
    contact: v.object({ text, name: text, email: text }),
    source: nonEmptyText,
  }),
  initiatives: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, CHECKS.en.kebab)),
      kind: v.picklist(INITIATIVE_KINDS),
      title: nonEmptyText,
      published: v.nullable(isoDay),
      start: v.nullable(dayOrYear),
      end: v.nullable(dayOrYear),
      audience: v.nullable(text),
      purpose: text,
      details: v.array(text),
      initiativeCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
      milestones: v.array(v.object({ date: isoDay, label: text, place: v.nullable(text) })),
      tracks: v.array(v.object({ title: text, description: text })),
      sections: v.optional(v.array(v.object({ heading: nonEmptyText, text: v.nullable(text), items: v.array(nonEmptyText) })), []),
      price: v.nullable(text),
      contact: v.nullable(ContactSchema),
      source: nonEmptyText,
    }),
  ),
  sources: v.array(v.object({ file: nonEmptyText, title: text, date: v.nullable(isoDay) })),
});
