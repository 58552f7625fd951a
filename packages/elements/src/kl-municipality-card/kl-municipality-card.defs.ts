// The card's public values: its attributes (the one place they are declared) and events, shared
// by the element, its tests, Storybook and the demo's embed builder.
import { headingLevel, HEADING_LEVELS, municipality } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

export { HEADING_LEVELS };
export type { HeadingLevel } from '../shared/attributes/attribute-kinds.js';

/** The card's attributes. */
export const MUNICIPALITY_CARD_ATTRIBUTES = {
  /** The municipality as people write it: a name (`Sorø`, `Sorø Kommune`, `soroe`) or a code (`0340`, `340`). */
  // The card shows an unknown municipality as its whole content, not as a notice above it.
  municipality: municipality('municipality', { inline: false }),
  /** Level of the card's heading, 2 to 6 (default 2), so it fits the page's outline; its sub-headings follow. */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/** The events the card fires (only the shared data error; it fires nothing of its own). */
export const MUNICIPALITY_CARD_EVENTS = ['kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type MunicipalityCardAttributes = HtmlAttributes<typeof MUNICIPALITY_CARD_ATTRIBUTES & BaseAttributes>;
