// The kinds of attribute value, each a small factory of an `AttributeDef`. An attribute's
// documentation is the doc comment above it in the spec (the manifest reads it from the source),
// so that no runtime bundle carries it. One value rule for
// every element: a value is trimmed and matched ignoring case; a list is split on commas,
// semicolons or white space; an unknown value gives one problem per attribute, naming the bad
// values and the allowed ones or the closest names. The kinds that look a place up by name
// (municipality, region, and their lists) are in place-kinds.ts.
import { isIsoDate, LANGS, resolveInitiative, type Dataset, type Initiative, type Lang } from '@kl-digital/core';
import { resolveLang } from '../lang.js';
import type { AttributeDef, AttributeKind, ReadContext, Reading } from './attribute-spec.js';

/** Options every kind takes. */
export interface Common {
  reflect?: boolean;
  inline?: boolean;
}

/** Not set, or only white space. */
export const blank = (raw: unknown) => raw === null || raw === undefined || String(raw).trim() === '';

/** The words of a list attribute: split on commas, semicolons and white space. */
export function listTokens(raw: unknown): string[] {
  if (raw === null || raw === undefined) return [];
  const items = typeof raw === 'string' ? [raw] : typeof raw === 'object' && Symbol.iterator in raw ? [...(raw as Iterable<unknown>)].map(String) : [String(raw)];
  return items.flatMap((item) => item.split(/[\s,;]+/)).filter(Boolean);
}

/** One of a fixed set of values: `color-by="status"`. Empty means the default. */
export function oneOf<const A extends string, const V extends string>(
  attribute: A,
  values: readonly V[],
  fallback: NoInfer<V>,
  options: Common & { shown?: readonly string[] } = {},
): AttributeDef<V, V | (string & {}), A, V, 'one-of'> {
  return {
    attribute,
    kind: 'one-of',
    values,
    defaultText: `'${fallback}'`,
    ...options,
    read(raw) {
      if (blank(raw)) return { value: fallback };
      const value = String(raw).trim().toLowerCase();
      const match = values.find((v) => v.toLowerCase() === value);
      return match !== undefined
        ? { value: match }
        : { value: fallback, problem: { kind: 'invalid', attribute, values: [String(raw).trim()], allowed: options.shown ?? values } };
    },
  };
}

/**
 * Any of a set of values: `sections="chart kinds"`. Labels editors read may stand for a value
 * (`aliases`: `netværk` for `network`). `allowed` narrows the values by what was read before
 * (the table's `not-registered` only with `scope="all"`).
 */
export function listOf<const A extends string, const V extends string>(
  attribute: A,
  values: readonly V[],
  options: Common & {
    aliases?: Readonly<Record<string, V>>;
    dependsOn?: readonly string[];
    allowed?: (context: ReadContext) => readonly V[];
  } = {},
): AttributeDef<readonly V[], string | Iterable<string>, A, V, 'list-of'> {
  const { aliases = {}, allowed: narrow, ...rest } = options;
  return {
    attribute,
    kind: 'list-of',
    values,
    ...rest,
    read(raw, context) {
      const allowed = narrow ? narrow(context) : values;
      const found: V[] = [];
      const bad: string[] = [];
      for (const token of listTokens(raw)) {
        const key = token.toLowerCase();
        const value = allowed.find((v) => v.toLowerCase() === key) ?? (Object.hasOwn(aliases, key) ? aliases[key] : undefined);
        if (value === undefined || !allowed.includes(value)) bad.push(token);
        else if (!found.includes(value)) found.push(value);
      }
      return { value: found, problem: bad.length ? { kind: 'invalid', attribute, values: bad, allowed } : undefined };
    },
  };
}

/**
 * A definition whose value is looked up in the dataset: read again when the data changes, and
 * `none` while it loads or when the attribute is not set.
 */
export function lookup<T, R, const A extends string, const K extends AttributeKind>(
  attribute: A,
  kind: K,
  options: Common & { dependsOn?: readonly string[] },
  none: T,
  read: (raw: R, data: Partial<Dataset>, context: ReadContext) => Reading<T>,
): AttributeDef<T, R, A, string, K> {
  return { attribute, kind, usesData: true, ...options, read: (raw, context) => (raw === null || raw === undefined || !context.data ? { value: none } : read(raw, context.data, context)) };
}

/** One of the dataset's initiatives by id (`digital-handleplan-2016-2020`). */
export function initiative<const A extends string>(attribute: A, options: Common = {}): AttributeDef<Initiative | null, string, A, string, 'initiative'> {
  return lookup(attribute, 'initiative', options, null, (raw, { initiatives = [] }) => {
    if (blank(raw)) return { value: null };
    const result = resolveInitiative({ initiatives }, String(raw));
    if (result.found) return { value: result.initiative };
    return { value: null, problem: { kind: 'unknown-initiative', attribute, query: result.query, known: initiatives.map((i) => i.id) } };
  });
}

/** The levels a heading may take in a host page's outline: one range for every element. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level of the element's headings in the page's outline, 2 to 6 (default 2). */
export function headingLevel(): AttributeDef<HeadingLevel, number | string, 'heading-level', (typeof HEADING_LEVELS)[number], 'heading-level'> {
  return {
    attribute: 'heading-level',
    kind: 'heading-level',
    values: HEADING_LEVELS,
    defaultText: '2',
    read(raw) {
      if (blank(raw)) return { value: 2 };
      const value = String(raw).trim();
      return (HEADING_LEVELS as readonly string[]).includes(value)
        ? { value: Number(value) as HeadingLevel }
        : { value: 2, problem: { kind: 'invalid', attribute: 'heading-level', values: [value], allowed: HEADING_LEVELS } };
    },
  };
}

/** A date, `YYYY-MM-DD`; empty or invalid means today. The value is the ISO date. */
export function date<const A extends string>(attribute: A): AttributeDef<string, string, A, string, 'date'> {
  return {
    attribute,
    kind: 'date',
    defaultText: 'today',
    read(raw, { today }) {
      if (blank(raw)) return { value: today };
      const value = String(raw).trim();
      return isIsoDate(value) ? { value } : { value: today, problem: { kind: 'invalid-date', attribute, value: String(raw) } };
    },
  };
}

/** The element's language: its own `lang`, else the page's; English for any `en*`, Danish otherwise (and a notice for an own `lang` that is neither `da*` nor `en*`). */
export function language(): AttributeDef<Lang, string, 'lang', Lang, 'language'> {
  return {
    attribute: 'lang',
    kind: 'language',
    values: LANGS,
    defaultText: "'da'",
    reflect: true,
    read: (raw, { host }) => {
      const value = resolveLang(host, raw);
      // Only the element's own attribute is the editor's to correct: a page in another language is not.
      if (blank(raw) || /^\s*(?:da|en)(?:[-_]|\s*$)/i.test(String(raw))) return { value };
      return { value, problem: { kind: 'invalid', attribute: 'lang', values: [String(raw).trim()], allowed: LANGS } };
    },
  };
}

/** Free text, trimmed; empty is none. */
export function text<const A extends string>(attribute: A, options: Common = {}): AttributeDef<string | null, string, A, string, 'text'> {
  return { attribute, kind: 'text', ...options, read: (raw) => ({ value: blank(raw) ? null : String(raw).trim() }) };
}

/** A boolean attribute: present is true. */
export function flag<const A extends string>(attribute: A): AttributeDef<boolean, boolean, A, string, 'flag'> {
  return { attribute, kind: 'flag', defaultText: 'false', read: (raw) => ({ value: Boolean(raw) }) };
}

/** A positive number; anything else is the default. */
export function number<const A extends string>(attribute: A, fallback: number): AttributeDef<number, number | string, A, string, 'number'> {
  return {
    attribute,
    kind: 'number',
    defaultText: String(fallback),
    read(raw) {
      const value = Number(raw);
      return { value: raw !== null && raw !== undefined && raw !== '' && Number.isFinite(value) && value > 0 ? value : fallback };
    },
  };
}
