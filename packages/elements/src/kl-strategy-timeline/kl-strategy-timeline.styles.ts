import { css, unsafeCSS } from 'lit';
import { TIMELINE_LAYOUT } from './kl-strategy-timeline.defs.js';

const [, [, medium], [, wide]] = TIMELINE_LAYOUT.labelTiers;
const axis = unsafeCSS(`${TIMELINE_LAYOUT.axisWidth}px`);

export const timelineStyles = css`
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  section > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  .intro {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  svg.swatch {
    width: 18px;
    height: 18px;
    border-radius: 2px;
  }
  /* The SVG has no viewBox, so its text is CSS pixels at every width; the y axis' numbers sit in its margin. */
  .chart-svg {
    display: block;
    width: calc(100% - ${axis});
    margin-inline-start: ${axis};
    overflow: visible;
    font-family: var(--_font);
  }
  .chart-svg text {
    fill: var(--_text);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .chart-svg .tick {
    fill: var(--_muted);
  }
  .gridline {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-opacity: 0.45;
  }
  .gridline.total {
    stroke-opacity: 1;
    stroke-dasharray: 4 3;
  }
  .segment {
    stroke: var(--_line);
    stroke-width: 1;
  }
  /* Not a status: outside the mapping, drawn as an empty, dashed band, not as a colour. */
  .segment.not-registered {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-dasharray: 3 2;
  }
  .hit {
    fill: transparent;
  }
  .choosable .year {
    cursor: pointer;
  }
  .outline {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .year.selected .x-label {
    font-weight: 700;
  }
  /* The years under the bars, as densely as the container's width has room for (see labelTiers). */
  .x-label {
    display: none;
  }
  .x-label.narrow {
    display: inline;
  }
  @container (min-width: ${unsafeCSS(medium)}px) {
    .x-label.narrow {
      display: none;
    }
    .x-label.medium {
      display: inline;
    }
  }
  @container (min-width: ${unsafeCSS(wide)}px) {
    .x-label.medium {
      display: none;
    }
    .x-label.wide {
      display: inline;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .numbers {
    overflow-x: auto;
  }
  .numbers:not(.open) {
    display: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: 4px 6px;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  thead th {
    vertical-align: bottom;
  }
  th[scope='row'] {
    text-align: start;
  }
  tr[aria-current='true'] {
    background: var(--_raised);
    font-weight: 700;
  }
  .empty {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  @media print {
    .numbers {
      display: block !important;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
