// What the cards share: the card's box, its facts list, disclosures and badges, and the problem
// state (an unknown or missing municipality or initiative) with its notices.
import { css, html, type TemplateResult } from 'lit';

/** The card's box and the pieces every card uses. */
export const cardStyles = css`
  .root.card {
    container-type: inline-size;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0;
    line-height: 1.25;
  }
  .facts {
    display: grid;
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  .muted,
  .as-of {
    color: var(--_muted);
  }
  .as-of {
    font-size: 0.875em;
  }
  /* A disclosure reads as a link and is a 44 px target. */
  .disclosure summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  /* A card's last line: where it comes from, whom to write to. */
  .footnote {
    margin: calc(var(--_space) * 1.5) 0 0;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .problem-title {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
  }
  .problem p {
    margin: 0 0 var(--_space);
  }
  .problem ul {
    margin: 0 0 var(--_space);
  }
  @media print {
    .root.card {
      border-color: #000;
    }
    .disclosure summary {
      text-decoration: none;
    }
  }
`;

/** A card that shows why it has nothing to show (what was asked for does not exist, or nothing was). */
export function renderProblem(notices: unknown, title: string, body: TemplateResult): TemplateResult {
  return html`<div class="root card" part="base">
    ${notices}
    <div class="problem" role="status">
      <p class="problem-title"><strong>${title}</strong></p>
      ${body}
    </div>
  </div>`;
}
