import { css, unsafeCSS } from 'lit';

// The status badge's mark reuses the entries' status tokens (running is "current", ended "expired").
const statusMarks = unsafeCSS(
  Object.entries({ upcoming: 'upcoming', running: 'current', ended: 'expired', unknown: 'unknown' })
    .map(([status, token]) => `.status[data-value='${status}'] { border-inline-start-color: var(--_fill-${token}); }`)
    .join('\n'),
);

export const initiativeCardStyles = css`
  ${statusMarks}
  .title {
    font-size: 1.25em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: var(--_space) 0;
  }
  .kind {
    border-inline-start-color: var(--_accent);
  }
  .purpose {
    margin: 0 0 var(--_space);
  }
  .facts {
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 var(--_space);
  }
  @container (min-width: 512px) {
    .facts > div {
      grid-template-columns: 9em minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  .section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .section-title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1em;
  }
  .section ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .section li + li {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .when {
    font-weight: 600;
  }
  .tracks p {
    margin: calc(var(--_space) * 0.25) 0 0;
  }
  .more {
    margin-block-start: var(--_space);
  }
  .more ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .contact-name {
    margin: 0;
  }
  .contact-links {
    list-style: none;
    padding: 0 !important;
  }
  .contact-links li + li {
    margin: 0;
  }
  .contact-links a {
    display: inline-block;
    padding-block: 0.7em;
  }
  cite {
    font-style: normal;
  }
`;
