// The page's side of theming: one set of `--kl-*` tokens on an ancestor, which every element takes
// (custom properties cross shadow roots; nothing else of the page's CSS does). Inline in the
// story, so that its docs show the CSS a page writes.
import { html, type TemplateResult } from 'lit';

/** `content` inside a wrapper that sets the tokens: colours of the values, font, surfaces, text, accent, focus and radius. */
export const themedByTokens = (content: TemplateResult): TemplateResult => html`<style>
    .kl-theme-example {
      --kl-color-strategy: #1b5e20;
      --kl-color-principles: #4c8c4a;
      --kl-color-model-policy: #9ccc65;
      --kl-color-part-of-other: #c5b358;
      --kl-color-none: #8d6e63;
      --kl-color-not-registered: #e8e4da;
      --kl-color-surface: #fbf8f1;
      --kl-color-surface-raised: #f1ece0;
      --kl-color-text: #222222;
      --kl-color-accent: #1b5e20;
      --kl-color-focus: #6a1b9a;
      --kl-font-family: Georgia, 'Times New Roman', serif;
      --kl-radius: 0;
      display: grid;
      gap: 2rem;
    }
  </style>
  <div class="kl-theme-example">${content}</div>`;
