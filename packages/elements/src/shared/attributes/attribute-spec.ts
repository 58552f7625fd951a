// The attribute spec: each element declares its attributes once, in its .defs.ts, as a record of
// these definitions. The base element reads it to create the reactive properties, to parse each
// value when it changes and to collect the notices; the manifest, the TypeScript attribute
// interfaces, Storybook's controls and the demo's embed builder read the same record.
import type { Dataset, Municipality } from '@kl-digital/core';

/** The kinds of value an attribute holds (the manifest and the embed builder read them). */
export type AttributeKind =
  | 'one-of'
  | 'list-of'
  | 'municipality'
  | 'municipality-list'
  | 'region'
  | 'region-list'
  | 'initiative'
  | 'heading-level'
  | 'date'
  | 'language'
  | 'text'
  | 'flag'
  | 'number';

/** What is wrong with a value, told to the editor in the element's language (see ../messages.ts). */
export type AttributeProblem =
  | { kind: 'invalid'; attribute: string; values: readonly string[]; allowed: readonly string[] }
  | { kind: 'unknown-municipality'; attribute: string; misses: readonly { query: string; suggestions: readonly Municipality[] }[] }
  | { kind: 'unknown-region'; attribute: string; misses: readonly string[]; allowed: readonly string[] }
  | { kind: 'unknown-initiative'; attribute: string; query: string; known: readonly string[] }
  | { kind: 'invalid-date'; attribute: string; value: string };

/** What a definition reads a value with. */
export interface ReadContext {
  /** The dataset shown, or undefined while it loads (data-dependent values wait for it). */
  data: Partial<Dataset> | undefined;
  /** The values read before this one, in the spec's order. */
  parsed: Readonly<Record<string, unknown>>;
  /** The element, for what is read from the page (the inherited language). */
  host: Element;
  /** Today as `YYYY-MM-DD`, what a date defaults to (a prerendered element's first render takes the server's). */
  today: string;
}

/** The outcome of reading a value. */
export interface Reading<T> {
  value: T;
  problem?: AttributeProblem | undefined;
}

/**
 * One attribute: its HTML name, kind, allowed values and default, and how its value is read.
 * `T` is the value render gets; `Raw` what the property accepts. Its one line of documentation is
 * the doc comment above it in the element's spec, read by the manifest's build.
 */
export interface AttributeDef<T = unknown, Raw = unknown, A extends string = string, V extends string = string, K extends AttributeKind = AttributeKind> {
  readonly attribute: A;
  readonly kind: K;
  /** The allowed values of an enumerated attribute (one-of, list-of, heading level, language). */
  readonly values?: readonly V[];
  /** The default, as the manifest shows it (`'category'`). */
  readonly defaultText?: string;
  /** Reflect the property to the attribute (the reader's choice shows in the markup). */
  readonly reflect?: boolean;
  /** Read again when the dataset changes (names of municipalities, regions, initiatives). */
  readonly usesData?: boolean;
  /** Read again when these properties change (the allowed values depend on them). */
  readonly dependsOn?: readonly string[];
  /** False where the element shows the problem in its own way, not in the notice block (the card's unknown municipality). */
  readonly inline?: boolean;
  read(raw: Raw | null | undefined, context: ReadContext): Reading<T>;
}

/** An element's attributes: property name to definition. */
export type AttributeSpec = Readonly<Record<string, AttributeDef<any, any, string, string, AttributeKind>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The value render gets for each property. */
export type ParsedAttributes<S extends AttributeSpec> = { readonly [K in keyof S]: S[K] extends AttributeDef<infer T, any, any, any> ? T : never }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What each property accepts from code (`el.colorBy = 'status'`). */
export type RawAttributes<S extends AttributeSpec> = { -readonly [K in keyof S]: S[K] extends AttributeDef<any, infer R, any, any> ? R | null : never }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What an attribute takes in markup: its values where it has a fixed set, a boolean for a flag, else text. */
type HtmlValue<D> =
  D extends AttributeDef<any, any, any, infer V, infer K> // eslint-disable-line @typescript-eslint/no-explicit-any
    ? K extends 'flag'
      ? boolean
      : K extends 'one-of' | 'language'
        ? V
        : K extends 'heading-level'
          ? V | HeadingNumber
          : K extends 'number'
            ? number | `${number}`
            : string
    : never;
type HeadingNumber = 2 | 3 | 4 | 5 | 6;

/** The attributes an editor writes in HTML, by their HTML names (for frameworks' JSX types and Storybook's args). */
export type HtmlAttributes<S extends AttributeSpec> = { [K in keyof S as S[K]['attribute']]?: HtmlValue<S[K]> };
