// The initiative card's public values, shared by the element, the list, tests and Storybook.
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeKind, type InitiativeStatus } from '@kl-digital/core';

/** The kinds of initiative, as `kind` values. */
export const INITIATIVE_KIND_VALUES = INITIATIVE_KINDS;
/** The statuses an initiative has at a date. */
export const INITIATIVE_STATUS_VALUES = INITIATIVE_STATUSES;
export type { InitiativeKind, InitiativeStatus };

/** Allowed values of `heading-level`. */
export const INITIATIVE_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type InitiativeHeadingLevel = (typeof INITIATIVE_HEADING_LEVELS)[number];

/** Defaults of the card's attributes. */
export const INITIATIVE_CARD_DEFAULTS = {
  headingLevel: 2 as InitiativeHeadingLevel,
} as const;

/** Attributes an editor sets in HTML. */
export interface InitiativeCardAttributes {
  initiative?: string;
  'heading-level'?: `${InitiativeHeadingLevel}`;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}
