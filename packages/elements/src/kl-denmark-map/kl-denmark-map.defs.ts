// The map's public values: its attributes (the one place they are declared), its events and
// defaults, shared by the element, its tests, Storybook and the demo's embed builder.
import { COLOR_BY, LEGEND_VALUES, type ColorBy } from '@kl-digital/core';
import { flag, headingLevel, listOf, oneOf, text } from '../shared/attributes/attribute-kinds.js';
import { municipality, municipalityList, region } from '../shared/attributes/place-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** Allowed values of `color-by`. */
export const COLOR_BY_VALUES = COLOR_BY;
export type { ColorBy };

/** Allowed values of `variant`. */
export const MAP_VARIANTS = ['full', 'locator'] as const;
export type MapVariant = (typeof MAP_VARIANTS)[number];

/** Allowed values of `controls`: the map's own controls, or `none`. */
export const MAP_CONTROLS = ['search', 'download', 'none'] as const;
export type MapControl = (typeof MAP_CONTROLS)[number];

const ALL_LEGEND_VALUES = [...new Set(Object.values(LEGEND_VALUES).flat())];

/** The map's attributes. */
export const MAP_ATTRIBUTES = {
  /** What the colours show: `category` (default), `status` (at `as-of`) or `region`. */
  colorBy: oneOf('color-by', COLOR_BY, 'category', { reflect: true }),
  /** `full` (default), or `locator`: only the map, not interactive, with the highlighted municipalities in the accent colour (for cards). */
  variant: oneOf('variant', MAP_VARIANTS, 'full', { reflect: true }),
  /** The selected municipality: a code (`0340`) or any name people write (`Sorø Kommune`). Reflects the reader's choice as a code. */
  selected: municipality('selected', { reflect: true }),
  /** Municipalities to emphasise, codes or names separated by commas, semicolons or spaces (`Sorø, 0101`); the others are dimmed. */
  highlight: municipalityList('highlight'),
  /** Zoom the map to fit the highlighted municipalities. */
  zoomToHighlight: flag('zoom-to-highlight'),
  /** Municipalities to keep (codes or names, or a set of codes as a property); the others are dimmed. Present but empty dims all (a search with no results). */
  subset: municipalityList('subset', { empty: 'none' }),
  /** A region to zoom to: a code (`1085`) or a name (`Sjælland`). */
  region: region('region'),
  /** Legend values to keep (`strategy principles`); the others are dimmed. Reflects the reader's choice in the legend. */
  filter: listOf('filter', ALL_LEGEND_VALUES, {
    reflect: true,
    dependsOn: ['colorBy'],
    allowed: ({ parsed }) => LEGEND_VALUES[(parsed.colorBy as ColorBy | undefined) ?? 'category'],
  }),
  /** The map's own controls shown: `search` (the "Find kommune" box) and `download` (the SVG and PNG buttons), default both; `none` shows neither. The locator has none. */
  controls: listOf('controls', MAP_CONTROLS),
  /** The map's title, shown above it and naming it for screen readers; default none shown, named "Kort over kommunernes strategiske arbejde med digitalisering". The locator shows only the map and is named by it. */
  heading: text('heading'),
  /** Level of the heading shown by `heading`, 2 to 6 (default 2). */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/** The events the map fires. */
export const MAP_EVENTS = ['kl-municipality-select', 'kl-filter-change', 'kl-data-error'] as const;

/** Directions the arrow keys move in. */
export const ARROW_DIRECTIONS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const;

/** Defaults of the map. */
export const MAP_DEFAULTS = {
  colorBy: 'category' as ColorBy,
  /** Padding around a zoomed region or highlight, in viewBox units. */
  zoomPadding: 24,
  /** How long typed letters count as one name, in milliseconds. */
  typeAheadMs: 800,
  /** The smallest drawing a finger hits surely, in CSS pixels (WCAG 2.5.8): a first tap on a smaller one zooms in. */
  touchTarget: 24,
  /** How large that zoom draws the municipality tapped, in CSS pixels (its narrower side). */
  touchZoomTo: 36,
  /** How many suggestions the search shows at most. */
  suggestions: 8,
  /** How long the search's suggestions must stand still before screen readers hear their count, in milliseconds. */
  announceDelayMs: 600,
} as const;

/** Attributes an editor sets in HTML. */
export type DenmarkMapAttributes = HtmlAttributes<typeof MAP_ATTRIBUTES & BaseAttributes>;
