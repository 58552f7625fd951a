// The card's public values, shared by the element, its tests and Storybook's controls.

/** Allowed values of `heading-level`: the card's heading fits the host page's outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Defaults of the card's attributes. */
export const MUNICIPALITY_CARD_DEFAULTS = {
  headingLevel: 2 as HeadingLevel,
} as const;

/** The events the card fires (only the shared data error; it fires nothing of its own). */
export const MUNICIPALITY_CARD_EVENTS = {
  dataError: 'kl-data-error',
} as const;

/** Attributes an editor sets in HTML. */
export interface MunicipalityCardAttributes {
  municipality?: string;
  'heading-level'?: `${HeadingLevel}`;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}
