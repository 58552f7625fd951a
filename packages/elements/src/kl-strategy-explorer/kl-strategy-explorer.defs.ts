// The explorer's public values, shared by the element, its tests and Storybook's controls.

/** Allowed values of `url-state`: keep the state in the page's URL hash, or in the element only. */
export const URL_STATE_VALUES = ['hash', 'none'] as const;
export type UrlState = (typeof URL_STATE_VALUES)[number];

/** Defaults of the explorer's attributes. */
export const EXPLORER_DEFAULTS = { urlState: 'hash' as UrlState } as const;

/** The names of the events the explorer fires (it also passes on its children's `kl-municipality-select`). */
export const EXPLORER_EVENTS = { change: 'kl-explorer-change', select: 'kl-municipality-select', dataError: 'kl-data-error' } as const;

/** Attributes an editor sets in HTML. */
export interface StrategyExplorerAttributes {
  'url-state'?: UrlState;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
  'load-timeout'?: number;
}
