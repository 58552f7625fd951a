// The explorer's public values: its attributes (the one place they are declared) and events,
// shared by the element, its tests, Storybook and the demo's embed builder.
import { oneOf } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** Allowed values of `url-state`: keep the state in the page's URL hash, or in the element only. */
export const URL_STATE_VALUES = ['hash', 'none'] as const;
export type UrlState = (typeof URL_STATE_VALUES)[number];

/** The explorer's attributes. */
export const EXPLORER_ATTRIBUTES = {
  /** `hash` (default): keep the state in the page's URL hash, so a link reproduces the view and back/forward work; `none`: keep it in the element only. */
  urlState: oneOf('url-state', URL_STATE_VALUES, 'hash'),
} as const satisfies AttributeSpec;

/** The events the explorer fires (it passes on its children's `kl-municipality-select`; `kl-as-of-change` from its year control). */
export const EXPLORER_EVENTS = ['kl-municipality-select', 'kl-explorer-change', 'kl-as-of-change', 'kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type StrategyExplorerAttributes = HtmlAttributes<typeof EXPLORER_ATTRIBUTES & BaseAttributes>;
