// The map's public values, shared by the element, its tests and Storybook's controls.
import { COLOR_BY, type ColorBy } from '@kl-digital/core';

/** Allowed values of `color-by`. */
export const COLOR_BY_VALUES = COLOR_BY;
export type { ColorBy };

/** Allowed values of `variant`. */
export const MAP_VARIANTS = ['full', 'locator'] as const;
export type MapVariant = (typeof MAP_VARIANTS)[number];

/** Directions the arrow keys move in. */
export const ARROW_DIRECTIONS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const;

/** Defaults of the map's attributes. */
export const MAP_DEFAULTS = {
  colorBy: 'category' as ColorBy,
  /** Padding around a zoomed region or highlight, in viewBox units. */
  zoomPadding: 24,
  /** How long typed letters count as one name, in milliseconds. */
  typeAheadMs: 800,
} as const;

/** The names of the events the map fires. */
export const MAP_EVENTS = {
  select: 'kl-municipality-select',
  filter: 'kl-filter-change',
  dataError: 'kl-data-error',
} as const;

/** Attributes an editor sets in HTML. */
export interface DenmarkMapAttributes {
  'color-by'?: ColorBy;
  selected?: string;
  highlight?: string;
  'zoom-to-highlight'?: boolean;
  region?: string;
  subset?: string;
  filter?: string;
  heading?: string;
  variant?: MapVariant;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}
