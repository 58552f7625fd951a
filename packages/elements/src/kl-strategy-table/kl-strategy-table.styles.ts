import { css } from 'lit';
export const tableStyles = css`
  .root {
    container-type: inline-size;
  }
  .notice p {
    margin: 0;
  }

  /* ---- controls ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .search {
    flex: 1 1 16em;
    min-width: 0;
  }
  .filter-group {
    flex: 1 1 auto;
    min-width: 0;
  }
  .search label,
  .group-label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
  }
  .filter {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
  }
  .filter summary {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-weight: 600;
  }
  .filter[open] summary {
    background: var(--_raised);
  }
  .chosen {
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_surface);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .filter fieldset {
    margin: 0.25em 0 0;
    padding: 0.25em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 44px;
    cursor: pointer;
  }
  /* A label longer than the column (a dataset with long names) wraps beside its box. */
  .option span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button {
    font-weight: 600;
    text-align: start;
  }
  .button:hover {
    background: var(--_raised);
  }
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    margin: var(--_space) 0;
    padding: var(--_space);
    background: var(--_raised);
    border-radius: var(--_radius);
  }

  /* ---- table ---- */
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    padding-bottom: calc(var(--_space) / 2);
    text-align: start;
  }
  caption .heading {
    font-weight: 600;
    font-size: 1.0667em;
  }
  caption .as-of {
    margin-inline-start: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    vertical-align: top;
    text-align: start;
    overflow-wrap: break-word;
  }
  thead th {
    padding: 0;
    border-bottom: 2px solid var(--_border);
    background: var(--_raised);
    vertical-align: bottom;
  }
  .sort {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em;
    width: 100%;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 0.75);
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .sort:focus-visible {
    outline-offset: -3px;
  }
  .arrow {
    flex: none;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .sort.active .arrow {
    color: var(--_text);
  }
  tbody th {
    padding-block: 0;
    font-weight: 400;
  }
  .select {
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 0;
    /* A name longer than the row wraps (break-word keeps the wide table's column widths as they are). */
    overflow-wrap: break-word;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .select:hover {
    text-decoration-thickness: 2px;
  }
  tbody td {
    padding-block: 0.7em;
  }
  tbody tr:hover {
    background: color-mix(in srgb, var(--_raised) 60%, transparent);
  }
  tr.selected,
  tr.selected:hover {
    background: var(--_raised);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  tr.selected .select {
    color: var(--_text);
    text-decoration: none;
  }
  /* Long words of the source ("Digitaliseringsprincipper", file names, URLs) break rather than
     push the table wider than its column; hyphenated where the browser knows Danish. */
  .col-form .value,
  .col-category .value,
  .col-link .value {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* The link texts are long file names and URLs: a fixed share keeps them from taking the
     width the other columns need. */
  th.col-link,
  td.col-link {
    width: 18%;
  }
  td.col-form,
  td.col-category {
    min-width: 8em;
  }
  .col-link a {
    color: var(--_accent);
  }
  .not-stated {
    color: var(--_muted);
    font-style: italic;
  }
  .category,
  .not-registered .value {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .not-registered {
    color: var(--_muted);
  }
  .label {
    display: none;
  }
  .correction {
    display: block;
    width: fit-content;
    margin-block-start: 0.35em;
    color: var(--_accent);
    font-size: 0.8125em;
  }

  /* ---- narrow: each row a card, each cell with its column's label. Seven columns need about
     60em before the long words of the source ("Digitaliseringsprincipper") break, so below
     that the rows stack. ---- */
  @container (max-width: 60em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
      margin-bottom: var(--_space);
    }
    thead tr::before {
      content: attr(data-sort-label);
      flex: 0 0 100%;
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* Chips as wide as their label and arrow: the wide table's share of the link column
       (18 %) made the "Link" chip narrower than its content. */
    thead th,
    thead th.col-link {
      width: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    thead th[aria-sort] {
      background: var(--_raised);
      border-color: var(--_text);
    }
    tbody tr {
      margin-bottom: var(--_space);
      padding: calc(var(--_space) / 2) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody th,
    tbody td {
      padding: 0.25em 0;
      border: 0;
    }
    tbody td,
    tbody td.col-link {
      width: auto;
      min-width: 0;
      display: grid;
      grid-template-columns: minmax(5em, 30%) minmax(0, 1fr);
      gap: var(--_space);
    }
    tbody td.not-registered {
      display: block;
    }
    /* Under the status, beside its label's column. */
    td > .correction {
      grid-column: 2;
      margin-block-start: 0;
    }
    .label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .value {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .select {
      font-size: 1.0667em;
    }
    tr.selected {
      box-shadow: inset 5px 0 0 var(--_accent);
    }
    caption .as-of {
      display: block;
      margin: 0;
    }
  }
`;
