import { css } from 'lit';

export const mapStyles = css`
  .root {
    container-type: inline-size;
  }
  .stage {
    position: relative;
  }
  @container (max-width: 480px) {
    .frame-label {
      display: none;
    }
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    touch-action: manipulation;
    border-radius: var(--_radius);
  }
  .map:focus {
    outline: none;
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .m {
    stroke: var(--_line);
    stroke-width: 0.75;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    cursor: pointer;
    transition: opacity 120ms ease-out;
  }
  .m:hover {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .m.dim {
    opacity: 0.22;
  }
  /* A shape the dataset has no municipality for. */
  .m.gone {
    display: none;
  }
  .m.hl {
    stroke: var(--_text);
    stroke-width: 1.75;
  }
  .m.enlarged.sel {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .land {
    fill: var(--_fill-not-registered);
    stroke: var(--_line);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .region-borders {
    fill: none;
    stroke: var(--_region-line);
    stroke-width: 1.25;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .frame,
  .area {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .area {
    stroke-dasharray: 4 3;
  }
  .frame-label {
    fill: var(--_text);
    font-size: 15px;
    font-family: var(--_font);
    /* A halo in the background colour keeps the label readable over the shapes. */
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .zoomed .frames,
  .zoomed .enlargement {
    display: none;
  }
  .ring {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .ring.selected {
    stroke: var(--_text);
    stroke-width: 3.5;
  }
  .ring.active {
    display: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .map:focus-visible .ring.active {
    display: inline;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    width: max-content;
    max-width: min(18em, 85%);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 0.875em;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip.above {
    transform: translate(0, calc(-100% - 12px));
  }
  .tooltip.below {
    transform: translate(0, 16px);
  }
  .tooltip.left.above {
    transform: translate(-100%, calc(-100% - 12px));
  }
  .tooltip.left.below {
    transform: translate(-100%, 16px);
  }
  .tooltip strong,
  .tooltip span,
  .tooltip em {
    display: block;
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    margin: calc(var(--_space) / 2) 0 0;
  }
  .tooltip dt {
    color: var(--_muted);
  }
  .tooltip dd {
    margin: 0;
  }
  .find {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: var(--_space);
  }
  .find label {
    font-weight: 600;
  }
  .combo {
    position: relative;
    flex: 1 1 14em;
    min-width: 0;
    max-width: 24em;
  }
  /* Over the map, below the input; as wide as the input, however long a name. */
  .combo [role='listbox'] {
    position: absolute;
    top: calc(100% + 2px);
    left: 0;
    right: 0;
    z-index: 3;
    max-height: min(22em, 60vh);
    margin: 0;
    padding: 4px 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .combo [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    align-items: center;
    min-height: 40px;
    padding: 0 var(--_space);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: var(--_raised);
  }
  /* The active suggestion (the focus stays in the input): a bar and an outline, not colour alone. */
  [role='option'][aria-selected='true'] {
    background: var(--_raised);
    box-shadow: inset 4px 0 0 var(--_focus);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    font-weight: 600;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: var(--_space);
  }
  .downloads .button {
    max-width: 100%;
    text-align: start;
  }
  .zoom-out {
    position: absolute;
    top: calc(var(--_space) / 2);
    left: calc(var(--_space) / 2);
    z-index: 1;
    font-size: 0.875em;
  }
  .legend {
    margin-top: var(--_space);
  }
  .legend-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A label longer than the column (a dataset with long names) wraps inside its button. */
  .legend li {
    max-width: 100%;
  }
  .legend-item .label {
    overflow-wrap: anywhere;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em calc(var(--_space) * 1.25) 0.25em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
    cursor: pointer;
  }
  .legend-item:hover {
    background: var(--_raised);
  }
  .legend-item[aria-pressed='true'] {
    background: var(--_raised);
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
    font-weight: 600;
  }
  .legend-item.reset {
    text-decoration: underline;
  }
  .swatch {
    flex: none;
    width: 18px;
    height: 18px;
    border-radius: 2px;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .attribution {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .list {
    margin-top: calc(var(--_space) / 2);
    font-size: 0.875em;
    overflow-wrap: break-word;
  }
  .list summary {
    padding: calc(var(--_space) / 2) 0;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  .list ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .notice p {
    margin: 0;
  }
  .locator .m {
    fill: var(--_raised);
    stroke: var(--_border);
    stroke-width: 0.5;
    cursor: default;
  }
  .locator .m.hl {
    fill: var(--_accent);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .locator .land {
    fill: var(--_raised);
  }
  .locator .region-borders {
    stroke-width: 0.75;
  }
  .locator .attribution {
    margin-top: calc(var(--_space) / 2);
    font-size: 0.6875em;
  }
  @media print {
    .tooltip,
    .ring.active {
      display: none !important;
    }
    /* At the sheet's width the map alone took 60 % of an A4 page, and moved whole to the next
       page when it did not fit below what came before; at three quarters of the width it still
       shows every municipality. The card's locator keeps the size the card gives it. */
    :host(:not([variant='locator'])) .map {
      max-width: 75%;
      margin-inline: auto;
    }
    .legend-item {
      border-color: #000;
    }
  }
`;
