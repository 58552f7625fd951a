import { css } from 'lit';

export const initiativeListStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: var(--_space);
  }
  .group-label {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0 calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  /* Pressed is told by the check mark and the fill, not by colour alone. */
  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }
  .check {
    font-weight: 700;
  }
  .toggle.reset {
    text-decoration: underline;
  }
  .count {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
  }
  .empty-actions {
    margin: 0;
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
