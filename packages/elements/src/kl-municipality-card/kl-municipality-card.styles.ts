import { css } from 'lit';

export const municipalityCardStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  /* Beside the text from 480px; below it, the locator takes the width up to a sensible size. */
  @container (min-width: 480px) {
    .layout:has(.locator) {
      grid-template-columns: minmax(0, 1fr) var(--kl-locator-width, 12em);
      align-items: start;
    }
  }
  .locator {
    min-width: 0;
    max-width: 24em;
  }
  .locator kl-denmark-map {
    width: 100%;
  }
  .title {
    font-size: 1.375em;
    line-height: 1.2;
  }
  .region {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_muted);
  }
  .head {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .facts {
    gap: var(--_space);
  }
  @container (min-width: 640px) {
    .facts > div {
      grid-template-columns: 7em minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  .description {
    margin: calc(var(--_space) * 0.25) 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .why p {
    margin: 0 0 var(--_space);
  }
  .why .reason-note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .link {
    display: inline-block;
    padding-block: 0.6em;
    margin-block: -0.6em;
  }
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badges {
    margin: 0 0 var(--_space);
  }
  .not-registered {
    margin: 0;
  }
  .example {
    margin-block-start: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .example-title {
    margin: 0;
    font-size: 1.125em;
  }
  .kicker {
    margin: calc(var(--_space) * 0.25) 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .example-heading {
    margin: 0 0 var(--_space);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
  }
  .quote {
    margin: 0 0 var(--_space);
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.0625em;
    font-style: italic;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p::before {
    content: '\\201C';
  }
  blockquote p::after {
    content: '\\201D';
  }
  figcaption {
    margin-block-start: calc(var(--_space) * 0.25);
    padding-inline-start: calc(var(--_space) + 4px);
    color: var(--_muted);
    font-size: 0.875em;
  }
  figcaption::before {
    content: '\\2014\\00a0';
  }
  .summary {
    margin: 0 0 var(--_space);
  }
  .highlight-title,
  .answers-title {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    font-size: 1em;
  }
  .highlight ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .answers dl {
    margin: 0;
  }
  .answers dt {
    margin-block-start: var(--_space);
  }
  .answers dd {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .inspiration {
    margin-block-start: calc(var(--_space) * 2);
  }
  .inspiration-title {
    margin: 0;
    font-size: 1.125em;
  }
  .group-title {
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    font-size: 1em;
  }
  .nearest-note {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .others {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 480px) {
    .others {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    }
  }
  .other {
    display: grid;
    align-content: start;
    gap: 0.25em;
  }
  /* The name reads as a link whether it is one (card-url) or a button for the page. */
  .other-name {
    justify-self: start;
    padding: 0.375em 0;
    margin: -0.375em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .other-facts {
    display: grid;
    gap: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .other-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  /* "2017-2021" on one line, never broken at its dash. */
  .other-period {
    white-space: nowrap;
  }
  /* The facts are already small: the badge keeps their size. */
  .other-facts .badge {
    font-size: 1em;
  }
  .footnote {
    margin-block-start: calc(var(--_space) * 2);
  }
  .footnote p {
    margin: 0;
  }
  .footnote .correction {
    margin-block-start: var(--_space);
  }
  .contact a,
  .correction-link {
    display: inline-block;
    padding-block: 0.75em;
    margin-block: -0.75em;
  }
  /* On paper an e-mail link is no use. */
  @media print {
    .footnote .correction {
      display: none;
    }
  }
`;
