// The initiative card's public values: its attributes (the one place they are declared) and
// events, shared by the element, the list, tests, Storybook and the demo's embed builder.
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeKind, type InitiativeStatus } from '@kl-digital/core';
import { headingLevel, initiative } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** The kinds of initiative, as `kind` values. */
export const INITIATIVE_KIND_VALUES = INITIATIVE_KINDS;
/** The statuses an initiative has at a date. */
export const INITIATIVE_STATUS_VALUES = INITIATIVE_STATUSES;
export type { InitiativeKind, InitiativeStatus };

/** The initiative card's attributes. */
export const INITIATIVE_CARD_ATTRIBUTES = {
  /** The initiative's id, e.g. `digital-handleplan-2016-2020` (see `dataset.initiatives`). */
  // The card shows an unknown initiative as its whole content, not as a notice above it.
  initiative: initiative('initiative', { inline: false }),
  /** Level of the card's heading, 2 to 6 (default 2); its sub-headings follow. */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/** The events the card fires (only the shared data error). */
export const INITIATIVE_CARD_EVENTS = ['kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type InitiativeCardAttributes = HtmlAttributes<typeof INITIATIVE_CARD_ATTRIBUTES & BaseAttributes>;
