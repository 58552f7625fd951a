import { css } from 'lit';

export const keyFiguresStyles = css`
  :host {
    --_published: var(--kl-color-published, var(--_accent));
    --_counted: var(--kl-color-counted, var(--_fill-unknown));
  }
  .root {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .section > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
    line-height: 1.25;
  }
  .section p {
    margin: 0;
  }
  .intro,
  .as-of,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
    margin-bottom: var(--_space);
  }
  /* The counted intro names municipalities from the data: a long name breaks rather than widen the grid. */
  .intro {
    overflow-wrap: anywhere;
  }
  .as-of {
    color: var(--_text);
    font-weight: 600;
  }
  .source {
    margin-top: var(--_space);
  }
  .figures,
  .kind-list,
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figures,
  .kind-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: var(--_space);
  }
  .kind-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .published .figures {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  /* A figure with the mapping's paragraph spans the row: the paragraph is read at a line length,
     and the figures beside it are not stretched to its height (in print, 120 px less). */
  .figure.with-paragraph {
    grid-column: 1 / -1;
  }
  .figure,
  .kind {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    overflow-wrap: break-word;
  }
  .value {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) / 2);
  }
  .number {
    color: var(--_accent);
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .of {
    color: var(--_muted);
  }
  .original,
  .published-value,
  .not-registered,
  .paragraph {
    font-size: 0.875em;
  }
  .original,
  .published-value {
    color: var(--_muted);
  }
  .note {
    margin-top: calc(var(--_space) / 2);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    font-size: 0.875em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin-bottom: var(--_space);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .swatch {
    flex: none;
    width: 18px;
    height: 18px;
    border-radius: 2px;
  }
  .fill-published {
    fill: var(--_published);
  }
  .fill-counted {
    fill: var(--_counted);
  }
  .stripe {
    fill: var(--_line);
  }
  .counted-swatch,
  .bar.counted {
    stroke: var(--_counted);
    stroke-width: 1;
  }
  .chart-svg {
    display: block;
    width: 100%;
    overflow: hidden;
    font-family: var(--_font);
  }
  /* The SVG has no viewBox, so these sizes are CSS pixels at every width. */
  .chart-svg text {
    fill: var(--_text);
    font-size: 14px;
  }
  .chart-svg .group-label {
    font-weight: 600;
    /* A halo in the background colour keeps the label clear of the grid lines. */
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .chart-svg .tick {
    fill: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .chart-svg .value-label {
    font-variant-numeric: tabular-nums;
  }
  .gridline {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-opacity: 0.45;
  }
  .gridline.of {
    stroke-opacity: 1;
    stroke-dasharray: 4 3;
  }
  .kind-title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.25;
  }
  .kind-label,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    color: var(--_text);
    font-weight: 600;
  }
  .traits-title {
    font-weight: 600;
    font-size: 0.875em;
  }
  .traits {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .notice p {
    margin: 0;
  }
  table {
    border-collapse: collapse;
  }
  @media print {
    .figure,
    .kind {
      break-inside: avoid;
      border-color: #000;
    }
  }
`;
