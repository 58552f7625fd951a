// How a value (category, status, region, not-registered) looks in HTML, the same in every
// element: a swatch with the map's colour and pattern, and a badge with a coloured mark. The
// text label is always beside it; colour and pattern are only the second cue.
import { css, unsafeCSS } from 'lit';
import { PALETTE, VALUE_PATTERN, type PaletteValue, type Pattern } from './palette.js';

const line = 'var(--_line)';
const background = (fill: string): Record<Pattern, string> => ({
  solid: fill,
  diagonal: `repeating-linear-gradient(-45deg, ${fill} 0 3px, ${line} 3px 4.5px)`,
  dots: `radial-gradient(circle, ${line} 1.2px, transparent 1.6px) 0 0 / 5px 5px, ${fill}`,
  horizontal: `repeating-linear-gradient(0deg, ${fill} 0 3px, ${line} 3px 4.5px)`,
  cross: `repeating-linear-gradient(45deg, transparent 0 3px, ${line} 3px 4.5px), repeating-linear-gradient(-45deg, ${fill} 0 3px, ${line} 3px 4.5px)`,
  vertical: `repeating-linear-gradient(90deg, ${fill} 0 3px, ${line} 3px 4.5px)`,
});

const perValue = unsafeCSS(
  (Object.keys(PALETTE.light.values) as PaletteValue[])
    .map((value) => {
      const fill = `var(--_fill-${value})`;
      return [
        `.v-${value} { fill: ${fill}; }`,
        `.swatch.v-${value} { background: ${background(fill)[VALUE_PATTERN[value]]}; }`,
        `.badge[data-value='${value}'] { border-inline-start-color: ${fill}; }`,
      ].join('\n');
    })
    .join('\n'),
);

/** Swatches (`<span class="swatch v-strategy">`), badges (`<span class="badge" data-value="current">`) and SVG fills (`class="v-strategy"`). */
export const valueStyles = css`
  .swatch {
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    border-radius: 2px;
    vertical-align: -0.125em;
    box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.15);
    /* Printed pages keep the swatches: they explain the colours. */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    font-weight: 600;
    font-size: 0.875em;
  }
  ${perValue}
`;
