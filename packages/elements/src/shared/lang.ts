/** The languages the elements speak. */
export type Lang = 'da' | 'en';

/**
 * The language of an element: its own `lang`, else the closest ancestor's (across shadow
 * roots), else the document's. English for any `en*`, Danish otherwise.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return langOf(node.getAttribute('lang') ?? '');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'da';
}

/** The language a `lang` value asks for: English for any `en*`, Danish otherwise. */
export function langOf(value: string): Lang {
  return /^en\b/i.test(value) ? 'en' : 'da';
}

/** BCP 47 locale for formatting numbers and dates. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'da-DK';
}
