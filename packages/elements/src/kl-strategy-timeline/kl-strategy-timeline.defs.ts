// The timeline's public values: its attributes (the one place they are declared), events and
// chart layout, shared by the element, its tests, the explorer, Storybook and the demo's embed builder.
import { headingLevel, listOf, text } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

/** The parts the element can show, in the order it shows them (the values of `sections`). */
export const TIMELINE_SECTIONS = ['control', 'chart'] as const;
export type TimelineSection = (typeof TIMELINE_SECTIONS)[number];

/** The timeline's attributes. */
export const TIMELINE_ATTRIBUTES = {
  /** The parts to show, from `control chart` (default both, in that order): `control` is the year slider with the chosen year's counts, `chart` the heading, chart, table and CSV download (with the control, a click on a year's bar chooses it too; a chart alone follows `as-of`). */
  sections: listOf('sections', TIMELINE_SECTIONS),
  /** The heading above the chart; default "Strategiernes perioder år for år". */
  heading: text('heading'),
  /** Level of the heading, 2 to 6 (default 2). */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/** The events the timeline fires. */
export const TIMELINE_EVENTS = ['kl-as-of-change', 'kl-data-error'] as const;

/**
 * The chart's layout. Heights are in CSS pixels (the SVG has no viewBox, so its text is never
 * scaled); horizontal positions are percentages of the plot's width, one band per year.
 */
export const TIMELINE_LAYOUT = {
  top: 8,
  /** Room left of the plot for the y axis' numbers, in CSS pixels (the chart's margin in the styles). */
  axisWidth: 32,
  /** Height of the bars' area. */
  plotHeight: 200,
  /** Room under the bars for the years. */
  axisHeight: 26,
  /** Share of a year's band its bar fills. */
  barShare: 0.7,
  /** Ticks the y scale is asked for. */
  ticks: 4,
  /**
   * The container widths from which the years under the bars are labelled more densely, and the
   * space one label needs: each year at 800 px, every other at 480, every fifth below.
   */
  labelTiers: [
    ['narrow', 280],
    ['medium', 480],
    ['wide', 800],
  ] as const,
  labelWidth: 40,
} as const;

/** Attributes an editor sets in HTML. */
export type StrategyTimelineAttributes = HtmlAttributes<typeof TIMELINE_ATTRIBUTES & BaseAttributes>;
