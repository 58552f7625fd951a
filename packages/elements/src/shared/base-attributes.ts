// The attributes every element has, declared once like an element's own (see attributes/attribute-spec.ts).
import { date, language, number, oneOf, text } from './attributes/attribute-kinds.js';
import type { AttributeSpec } from './attributes/attribute-spec.js';

/** The themes an element can take. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** The attributes every element has. */
export const BASE_ATTRIBUTES = {
  /** URL of a dataset JSON to load and validate instead of the bundled dataset. */
  src: text('src'),
  /** `da` (default) or `en`; inherited from the page when not set. */
  lang: language(),
  /** The date statuses are taken at, `YYYY-MM-DD`; default today. */
  asOf: date('as-of'),
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme: oneOf('theme', THEMES, 'light', { reflect: true }),
  /** Seconds before a `src` load gives up (default 15). */
  loadTimeout: number('load-timeout', 15),
} as const satisfies AttributeSpec;
export type BaseAttributes = typeof BASE_ATTRIBUTES;
