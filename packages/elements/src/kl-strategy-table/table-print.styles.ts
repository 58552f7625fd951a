// The table on paper, apart from its screen styles (kl-strategy-table.styles.ts), after which the
// element adopts it: the print layout overrides the narrow cards and the controls.
import { css } from 'lit';
export const tablePrintStyles = css`
  /* ---- print: a table whatever the page's width (a sheet of A4 is under 60em, where the rows
     would stack as cards, four to a page), in a smaller size, its header on every page, and
     the sort buttons plain column names. The columns get fixed shares of the sheet: left to
     the content, the long words of the source took the width the links needed. ---- */
  @media print {
    .controls,
    .empty,
    .correction,
    thead .arrow {
      display: none !important;
    }
    table {
      display: table;
      table-layout: fixed;
      font-size: 0.875em;
    }
    caption {
      display: table-caption;
    }
    thead {
      display: table-header-group;
    }
    tbody {
      display: table-row-group;
    }
    tr,
    thead tr,
    tbody tr,
    tr.selected {
      display: table-row;
      margin: 0;
      padding: 0;
      border: 0;
      box-shadow: none;
      break-inside: avoid;
    }
    thead tr::before {
      content: none;
    }
    th,
    td,
    thead th,
    thead th.col-link,
    thead th[aria-sort],
    tbody th,
    tbody td,
    tbody td.col-link,
    tbody td.not-registered {
      display: table-cell;
      width: auto;
      padding: 0.3em;
      border: 0;
      border-bottom: 1px solid #999;
      border-radius: 0;
      background: none;
    }
    thead th,
    thead th[aria-sort] {
      border-bottom: 2px solid #000;
    }
    thead th.col-municipality {
      width: 15%;
    }
    thead th.col-region {
      width: 13%;
    }
    thead th.col-form {
      width: 18%;
    }
    thead th.col-category {
      width: 16%;
    }
    thead th.col-link {
      width: 16%;
    }
    thead th.col-period {
      width: 10%;
    }
    thead th.col-status {
      width: 12%;
    }
    .sort {
      min-height: 0;
      padding: 0;
      color: #000;
    }
    .label {
      display: none;
    }
    .value {
      overflow-wrap: anywhere;
    }
    .select {
      min-width: 0;
      min-height: 0;
      font-size: inherit;
      color: #000;
      text-decoration: none;
    }
    caption .as-of {
      display: inline;
      margin-inline-start: var(--_space);
    }
  }
`;
