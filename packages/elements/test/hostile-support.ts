// Helpers for the hostile-host tests: every element with markup that shows its main parts, and
// queries that reach into nested shadow roots (the explorer holds a map, a table and a card).
import { userEvent } from 'vitest/browser';

/**
 * Moves the real pointer onto a spot above everything, so that no :hover style or pointer
 * tooltip depends on where an earlier test left the mouse.
 */
export async function parkPointer(): Promise<void> {
  let spot = document.querySelector<HTMLElement>('#pointer-park');
  if (!spot) {
    spot = document.createElement('div');
    spot.id = 'pointer-park';
    Object.assign(spot.style, { position: 'fixed', right: '0', bottom: '0', width: '8px', height: '8px', zIndex: '2147483647' });
    document.body.append(spot);
  }
  await userEvent.hover(spot);
}

/** An element's markup and when it counts as rendered. */
export interface ElementCase {
  tag: string;
  markup: string;
  /** Rendered: the parts the tests look at exist. */
  ready: (host: Element) => boolean;
  /** False for an element that shows no free text from the data (the timeline: counts and years only), so poisoned strings have nowhere to show. */
  showsDataText?: false;
}

/** `host >>> a >>> b`: a selector per shadow root, each inside the previous match. */
export function deep(host: Element, path: string): Element | null {
  let current: Element | null = host;
  for (const selector of path.split(' >>> ')) {
    current = current?.shadowRoot?.querySelector(selector) ?? null;
    if (!current) return null;
  }
  return current;
}

/** Every element matching `selector` in `root`'s shadow tree and in the shadow trees inside it. */
export function deepAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  // No instanceof: the tests' pages are iframes, with classes of their own.
  const scope = root.nodeType === Node.ELEMENT_NODE ? (root as Element).shadowRoot : root;
  if (!scope) return [];
  const found = [...scope.querySelectorAll(selector)];
  for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el, selector));
  return found;
}

/** The text of a host's shadow tree, nested shadow trees included. */
export function deepText(host: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot) return walk((node as Element).shadowRoot!);
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeName === 'STYLE') return '';
    return [...node.childNodes].map(walk).join('');
  };
  return host.shadowRoot ? walk(host.shadowRoot) : '';
}

const count = (host: Element, path: string, selector: string) => {
  const scope = path ? deep(host, path) : host;
  return scope?.shadowRoot?.querySelectorAll(selector).length ?? 0;
};

/** Each of the eight elements in a state that shows most of its parts. */
export const ELEMENTS: ElementCase[] = [
  {
    tag: 'kl-denmark-map',
    markup: '<kl-denmark-map selected="Sorø" highlight="Sorø, Odense, Esbjerg" as-of="2022-01-01"></kl-denmark-map>',
    ready: (host) => count(host, '', 'path[part~="municipality"]') === 98,
  },
  {
    tag: 'kl-strategy-table',
    markup: '<kl-strategy-table selected="Ishøj" as-of="2022-01-01"></kl-strategy-table>',
    ready: (host) => count(host, '', 'tbody tr') === 65, // the mapping's 64 rows and Solrød from its example
  },
  {
    tag: 'kl-municipality-card',
    markup: '<kl-municipality-card municipality="Sorø" as-of="2022-01-01"></kl-municipality-card>',
    ready: (host) => count(host, '', '[part="heading"]') === 1 && count(host, 'kl-denmark-map', 'path[part~="municipality"]') === 98,
  },
  {
    tag: 'kl-initiative-card',
    markup: '<kl-initiative-card initiative="netvaerk-ledelse-af-digitalisering-2017" as-of="2022-01-01"></kl-initiative-card>',
    ready: (host) => count(host, '', '[part="heading"]') === 1,
  },
  {
    tag: 'kl-initiative-list',
    markup: '<kl-initiative-list as-of="2022-01-01"></kl-initiative-list>',
    ready: (host) => count(host, '', 'kl-initiative-card') === 5 && count(host, 'kl-initiative-card', '[part="heading"]') === 1,
  },
  {
    tag: 'kl-key-figures',
    markup: '<kl-key-figures as-of="2022-01-01"></kl-key-figures>',
    ready: (host) => count(host, '', '[part="figure"]') === 5 && count(host, '', 'rect.bar') === 10,
  },
  {
    tag: 'kl-strategy-explorer',
    markup: '<kl-strategy-explorer url-state="none" as-of="2022-01-01"></kl-strategy-explorer>',
    ready: (host) => count(host, 'kl-denmark-map', 'path[part~="municipality"]') === 98 && count(host, 'kl-strategy-table', 'tbody tr') === 98,
  },
  {
    tag: 'kl-strategy-timeline',
    markup: '<kl-strategy-timeline as-of="2022-01-01"></kl-strategy-timeline>',
    ready: (host) => count(host, '', 'g.year') === 18 && count(host, '', 'input[type="range"]') === 1,
    showsDataText: false,
  },
];

/** The inner parts whose look is compared between a clean and a hostile page, per element. */
export const KEY_PARTS: Record<string, string[]> = {
  'kl-denmark-map': [
    '.root', 'svg[part="map"]', 'path[data-code="0340"]', 'path[data-code="0147"]', '#p-strategy rect', '#p-principles path.mark', '#p-model-policy circle.dot',
    '.legend', '.legend-title', '.legend-item', '.legend-item .label', '.legend-item .count', '.legend-item .swatch', '.frame-label', '[part="attribution"]', 'summary', '.ring.selected',
    '[part="search"] label', '[part="search-input"]', '[part="download"]',
  ],
  'kl-strategy-table': [
    '.root', '.controls', 'label[for="search"]', '[part="search"]', 'details[data-filter="category"]', 'details[data-filter="category"] summary', '[part="download"]',
    '[part="count"]', 'table', 'caption', 'thead tr', 'th[role="columnheader"]', 'th[role="columnheader"] button', 'tbody tr', 'tbody tr.selected', 'tbody th button',
    'td.col-form', 'td.col-category .swatch', '.badge', 'td.col-link a',
  ],
  'kl-municipality-card': [
    '.root', '[part="heading"]', '.region', '.facts', '.facts dt', '.facts dd', '.category', '.description', 'details.why', 'details.why summary', '.badge', '.link, .link-text',
    '[part="locator"]', 'kl-denmark-map >>> svg[part="map"]', 'kl-denmark-map >>> path.hl', 'kl-denmark-map >>> [part="attribution"]', '.example', '.example-title', 'blockquote', 'figcaption',
    '.highlight li', '[part="contact"]', '[part="contact"] a',
  ],
  'kl-initiative-card': [
    '.root', '[part="heading"]', '.badges', '.badge.kind', '.badge.status', '.purpose', '.facts', '.facts dt', '.facts dd', '.section-title', '.milestones li', 'time',
    'details.more', 'details.more summary', '.contact-name', '.contact-links a', '[part="source"]', '[part="source"] cite',
  ],
  'kl-initiative-list': [
    '.root', '.controls', '.group-label', '[part="toggle"]', '[part="count"]', 'ul.list', 'li.item', 'kl-initiative-card >>> [part="heading"]', 'kl-initiative-card >>> .badge.kind',
  ],
  'kl-key-figures': [
    '.root', '.section', 'h2', '[part="figure"]', '[part="figure"] .number', '[part="figure"] .of', '[part="figure"] .wording', '.source', '[part="counted-figure"] .note',
    '.legend li', '.legend .swatch', '.chart-svg', 'rect.bar.published', 'rect.bar.counted', 'text.value-label', 'text.tick', 'line.gridline', 'text.group-label', '#kf-counted .stripe',
    '.kind', '.kind-title', '.kind .count .swatch', '.traits li',
  ],
  'kl-strategy-explorer': [
    '.root', 'fieldset.controls', 'fieldset.controls legend', '.modes label', '.modes input', '.hint', 'kl-denmark-map', 'kl-denmark-map >>> svg[part="map"]',
    'kl-denmark-map >>> .legend-item', 'kl-strategy-table', 'kl-strategy-table >>> [part="search"]', 'kl-strategy-table >>> tbody tr', 'kl-strategy-table >>> tbody th button',
    '[part="control"]', '[part="slider"]', '[part="summary"]',
  ],
  'kl-strategy-timeline': [
    '.root', 'section', 'h2', '.intro', '[part="control"]', '[part="control"] label', '[part="slider"]', '.year-value', '.year-help', '[part="summary"]', '.legend li',
    '.legend .swatch', '.chart-svg', 'g.year.selected rect.segment.current', 'rect.segment.expired', 'rect.segment.not-registered', 'rect.outline', 'text.tick',
    'text.x-label', 'line.gridline', '#tl-expired path.mark', '[part="table-toggle"]', '[part="download"]',
  ],
};

/** Computed styles that a page's CSS could reach (inherited ones through the host). */
export const STYLE_PROPERTIES = [
  'display', 'position', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-shadow', 'text-decoration-line', 'white-space', 'word-break', 'overflow-wrap', 'hyphens', 'color',
  '-webkit-text-fill-color', 'background-color', 'background-image', 'fill', 'stroke', 'stroke-width', 'opacity', 'visibility', 'margin-top', 'margin-right',
  'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color',
  'border-left-width', 'border-left-color', 'border-radius', 'outline-style', 'list-style-type', 'list-style-position', 'caption-side', 'border-collapse', 'cursor',
  'vertical-align', 'quotes', 'color-scheme', 'accent-color', 'font-kerning', 'font-feature-settings', 'tab-size',
];

/** How a reader sees a part: its computed style and its size. */
export function appearance(el: Element): Record<string, string | number> {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const result: Record<string, string | number> = { width: Math.round(box.width), height: Math.round(box.height) };
  for (const property of STYLE_PROPERTIES) result[property] = style.getPropertyValue(property);
  return result;
}
