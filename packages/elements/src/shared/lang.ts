import type { Lang } from '@kl-digital/core';

export type { Lang };

/**
 * The language of an element: `own` (its `lang` property) when set, else the closest ancestor's
 * `lang` (across shadow roots), else the document's. English for any `en*`, Danish otherwise.
 */
export function resolveLang(element: Element, own?: unknown): Lang {
  if (typeof own === 'string' && own.trim() !== '') return langOf(own);
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return langOf(node.getAttribute('lang') ?? '');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'da';
}

/** The language a `lang` value asks for: English for any `en*`, Danish otherwise. */
export function langOf(value: string): Lang {
  return /^\s*en\b/i.test(value) ? 'en' : 'da';
}
