// The card's public values: its attributes (the one place they are declared) and events, shared
// by the element, its tests, Storybook and the demo's embed builder.
import { headingLevel, HEADING_LEVELS, oneOf } from '../shared/attributes/attribute-kinds.js';
import { municipality } from '../shared/attributes/place-kinds.js';
import { urlPattern } from '../shared/attributes/url-pattern.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

export { HEADING_LEVELS };
export type { HeadingLevel } from '../shared/attributes/attribute-kinds.js';

/** Allowed values of `inspiration`. */
export const INSPIRATION_VALUES = ['all', 'neighbours', 'same-kind', 'off'] as const;
export type Inspiration = (typeof INSPIRATION_VALUES)[number];

/** The card's attributes. */
export const MUNICIPALITY_CARD_ATTRIBUTES = {
  /** The municipality as people write it: a name (`Sorø`, `Sorø Kommune`, `soroe`) or a code (`0340`, `340`). */
  // The card shows an unknown municipality as its whole content, not as a notice above it.
  municipality: municipality('municipality', { inline: false }),
  /** Level of the card's heading, 2 to 6 (default 2), so it fits the page's outline; its sub-headings follow. */
  headingLevel: headingLevel(),
  /** What the card shows under the entry for inspiration: `all` (default) the municipalities it borders (an island: the nearest) and a few with the same kind of document; `neighbours` or `same-kind` one of the two; `off` neither, for a site that wants only its own entry. */
  inspiration: oneOf('inspiration', INSPIRATION_VALUES, 'all'),
  /** Where another municipality's card or page is, with `{code}` for its four-digit code (`/kommune/?kommune={code}`, `https://example.dk/kort/{code}`; http(s) or relative only): the inspiration's municipalities link there. Without it they are buttons that fire `kl-municipality-select`. */
  cardUrl: urlPattern('card-url'),
} as const satisfies AttributeSpec;

/** The events the card fires: a municipality of the inspiration chosen (where there is no `card-url`), and the shared data error. */
export const MUNICIPALITY_CARD_EVENTS = ['kl-municipality-select', 'kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type MunicipalityCardAttributes = HtmlAttributes<typeof MUNICIPALITY_CARD_ATTRIBUTES & BaseAttributes>;
