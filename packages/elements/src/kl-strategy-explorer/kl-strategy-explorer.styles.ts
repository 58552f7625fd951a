import { css } from 'lit';

export const explorerStyles = css`
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .controls legend {
    float: left;
    margin-inline-end: var(--_space);
    padding: 0;
    font-weight: 600;
  }
  .modes {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .modes label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .modes label:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .modes input {
    accent-color: var(--_accent);
    margin: 0;
  }
  .top {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  @container (min-width: 860px) {
    .top {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .hint {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  kl-denmark-map,
  kl-municipality-card,
  kl-strategy-table {
    min-width: 0;
  }
`;
