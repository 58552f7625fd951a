// Headings whose level the page chooses (`heading-level`), so an element fits the host page's outline.
import { html, nothing, type TemplateResult } from 'lit';

/** Where a heading may go, and who it is for. */
export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  lang?: string;
  /** Focusable from script (`tabindex="-1"`), not by Tab: where the element moves the focus to it. */
  focusTarget?: boolean;
}

/** An `<h1>`..`<h6>` (clamped), since Lit cannot bind a tag name. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.className ?? nothing;
  const lang = options.lang ?? nothing;
  const tabindex = options.focusTarget ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tabindex}>${content}</h6>`;
  }
}
