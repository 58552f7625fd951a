// SVG fills that tell values apart by pattern as well as by colour (the second cue of WCAG
// 1.4.1), shared by every SVG the elements draw: the map, its legend, the charts.
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import { PATTERNS, VALUE_PATTERN, type PaletteValue, type Pattern } from './palette.js';

const SIZE = 9;
const MARKS: Record<Pattern, string> = {
  solid: '',
  diagonal: `M-1,1 l2,-2 M0,${SIZE} l${SIZE},-${SIZE} M${SIZE - 1},${SIZE + 1} l2,-2`,
  dots: '',
  horizontal: `M0,${SIZE / 2} h${SIZE}`,
  cross: `M0,0 l${SIZE},${SIZE} M${SIZE},0 l-${SIZE},${SIZE}`,
  vertical: `M${SIZE / 2},0 v${SIZE}`,
};

/**
 * One `<pattern id="{prefix}{value}">` per value, its base in the value's fill token (class
 * `v-{value}`, see `valueStyles`) and its marks in the line colour. Reference it as
 * `fill="url(#{prefix}{value})"` from any SVG in the same shadow root.
 */
export function patternDefs(values: readonly string[], prefix = 'p-'): SVGTemplateResult {
  return svg`${values.map((value) => {
    const pattern = VALUE_PATTERN[value as PaletteValue] ?? PATTERNS[0];
    return svg`<pattern id="${prefix}${value}" patternUnits="userSpaceOnUse" width=${SIZE} height=${SIZE}>
      <rect class="fill v-${value}" width=${SIZE} height=${SIZE}></rect>
      ${pattern === 'dots' ? svg`<circle class="mark dot" cx=${SIZE / 2} cy=${SIZE / 2} r="1.4"></circle>` : nothing}
      ${MARKS[pattern] ? svg`<path class="mark" d=${MARKS[pattern]}></path>` : nothing}
    </pattern>`;
  })}`;
}

/** The pattern marks' style. */
export const patternStyles = css`
  .mark {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.4;
  }
  .mark.dot {
    fill: var(--_line);
    stroke: none;
  }
`;
