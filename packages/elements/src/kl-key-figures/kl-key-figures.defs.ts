// The key figures' public values, shared by the element, its tests and Storybook's controls.

/** The parts the element can show, in the order it shows them (the values of `sections`). */
export const KEY_FIGURE_SECTIONS = ['published', 'counted', 'chart', 'kinds'] as const;
export type KeyFigureSection = (typeof KEY_FIGURE_SECTIONS)[number];

/** Defaults of the element's attributes. */
export const KEY_FIGURES_DEFAULTS = {
  sections: KEY_FIGURE_SECTIONS as readonly KeyFigureSection[],
  headingLevel: 2,
} as const;

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

/** The names of the events the element fires. */
export const KEY_FIGURES_EVENTS = {
  dataError: 'kl-data-error',
} as const;

/** Attributes an editor sets in HTML. */
export interface KeyFiguresAttributes {
  sections?: string;
  'heading-level'?: number | string;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}
