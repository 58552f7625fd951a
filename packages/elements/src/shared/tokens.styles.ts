// Theme tokens: every element reads --kl-* custom properties with these defaults. A page
// themes the elements by setting the tokens; nothing else of the page's CSS reaches inside.
import { css, unsafeCSS } from 'lit';
import { PALETTE } from './palette.js';

const valueTokens = (theme: 'light' | 'dark') =>
  unsafeCSS(
    Object.entries(PALETTE[theme].values)
      .map(([value, colour]) => `--_fill-${value}: var(--kl-color-${value}, ${colour});`)
      .join('\n'),
  );

const light = css`
  --_text: var(--kl-color-text, #1a1a1a);
  --_muted: var(--kl-color-text-muted, #545454);
  --_surface: var(--kl-color-surface, #ffffff);
  --_raised: var(--kl-color-surface-raised, #f3f4f6);
  --_border: var(--kl-color-border, #767676);
  --_line: var(--kl-color-line, #ffffff);
  --_region-line: var(--kl-color-region-line, #1a1a1a);
  --_accent: var(--kl-color-accent, #00466e);
  --_focus: var(--kl-color-focus, #b3005e);
  --_notice-bg: var(--kl-color-notice, #fff4d6);
  --_error: var(--kl-color-error, #a4161a);
  ${valueTokens('light')}
`;

const dark = css`
  --_text: var(--kl-color-text, #eceff3);
  --_muted: var(--kl-color-text-muted, #b8c0ca);
  --_surface: var(--kl-color-surface, #1b1f24);
  --_raised: var(--kl-color-surface-raised, #272c33);
  --_border: var(--kl-color-border, #8d96a0);
  --_line: var(--kl-color-line, #1b1f24);
  --_region-line: var(--kl-color-region-line, #f5f5f5);
  --_accent: var(--kl-color-accent, #8cc8ff);
  --_focus: var(--kl-color-focus, #ffd166);
  --_notice-bg: var(--kl-color-notice, #3d3420);
  --_error: var(--kl-color-error, #ff8a80);
  ${valueTokens('dark')}
`;

/** Tokens, themes, the host's reset against hostile page CSS, and print rules. */
export const tokenStyles = css`
  :host {
    ${light}
    --_font: var(--kl-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    /* The reader's own default size (medium: what they set in the browser, 16px unless they
       did), not rem: a page's html { font-size: 62.5% } must not shrink the elements. */
    --_size: var(--kl-font-size, medium);
    --_radius: var(--kl-radius, 4px);
    --_space: var(--kl-space, 8px);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
  }
  /* Inherited properties are the page CSS that crosses the shadow boundary (and page rules on
     the host beat :host rules): every element renders inside .root, which resets them all
     (all: initial: also text-shadow, -webkit-text-fill-color, font-variant, hyphens,
     word-break, color-scheme, accent-color, fill, stroke, list-style, caption-side ...) and then
     sets what the elements use. The elements' own .root rules come later and win. */
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    position: relative;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    /* The content is Danish or English: left to right whatever the page (all: initial leaves
       direction alone, and a page's dir="rtl" would mirror the legend, the tooltip and the
       punctuation). */
    direction: ltr;
    unicode-bidi: isolate;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  /* Set, not inherited: a page's * { all: revert } reaches the host and would undo inheritance. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* What an editor writes (a heading, a caption, a value quoted in a notice) may be one long
     word: it breaks where it must rather than widen the page (anywhere, not break-word, so that
     a table's caption does not widen the table). */
  :is(h1, h2, h3, h4, h5, h6, caption, .notice, .state pre) {
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_notice-bg);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .state {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .state.error {
    border-inline-start: 4px solid var(--_error);
  }
  .state h2 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  .state pre {
    white-space: pre-wrap;
    font: inherit;
    font-size: 0.875em;
    margin: 0 0 var(--_space);
  }
  /* A text field (the table's search, the map's "Find kommune"): as tall as a button. */
  .field {
    width: 100%;
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: var(--_space);
    border: 2px solid var(--_border);
    border-top-color: transparent;
    border-radius: 50%;
    vertical-align: -0.15em;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  /* On paper a size smaller than the screen's, as print sets text (small: 13px at the
     browser's default of 16px; it still follows the reader's default and --kl-font-size). */
  @media print {
    :host {
      ${light}
      --_size: var(--kl-font-size, small);
    }
    .root {
      color: #000;
      background: #fff;
      line-height: 1.35;
    }
    .button,
    .no-print {
      display: none !important;
    }
  }
`;
