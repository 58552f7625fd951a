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
  .contact {
    margin-block-start: calc(var(--_space) * 2);
  }
  .contact a {
    display: inline-block;
    padding-block: 0.75em;
    margin-block: -0.75em;
  }
`;
