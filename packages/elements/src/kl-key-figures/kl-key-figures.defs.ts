// The key figures' public values: its attributes (the one place they are declared), events and
// chart layout, shared by the element, its tests, Storybook and the demo's embed builder.
import { headingLevel, listOf } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** The parts the element can show, in the order it shows them (the values of `sections`). */
export const KEY_FIGURE_SECTIONS = ['published', 'counted', 'chart', 'kinds'] as const;
export type KeyFigureSection = (typeof KEY_FIGURE_SECTIONS)[number];

/** The element's attributes. */
export const KEY_FIGURES_ATTRIBUTES = {
  /** The parts to show, from `published counted chart kinds` (default all, always in that order). */
  sections: listOf('sections', KEY_FIGURE_SECTIONS),
  /** Level of the parts' headings, 2 to 6 (default 2); the kinds' own headings are one level below. */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/**
 * The chart's layout. Heights are in CSS pixels (the SVG has no viewBox, so its text is never
 * scaled down); horizontal positions are percentages of its width, from the x scale's range.
 */
export const CHART_LAYOUT = {
  /** The x scale's range, in percent of the width: room left for the "0" tick, right for value labels. */
  xRange: [2, 86] as [number, number],
  /** Ticks the x scale is asked for. */
  ticks: 5,
  top: 4,
  /** Height of a group's label line above its two bars. */
  labelHeight: 22,
  barHeight: 18,
  barGap: 4,
  groupGap: 16,
  /** Room under the groups for the tick labels. */
  axisHeight: 26,
} as const;

/** The events the element fires (only the shared data error). */
export const KEY_FIGURES_EVENTS = ['kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type KeyFiguresAttributes = HtmlAttributes<typeof KEY_FIGURES_ATTRIBUTES & BaseAttributes>;
