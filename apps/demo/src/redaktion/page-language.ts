// The page's fixed text in the language chosen: short texts carry their English in `data-en`
// (the Danish is the element's own text), longer ones stand in both languages as siblings
// marked `data-lang="da"` and `data-lang="en"`, of which one is hidden.
import type { Lang } from './messages.js';

const danish = new WeakMap<Element, string>();

/** Sets `<html lang>` and shows the page's fixed text in `lang`. */
export function applyPageLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-en]')) {
    if (!danish.has(element)) danish.set(element, element.textContent ?? '');
    element.textContent = lang === 'en' ? element.dataset.en! : danish.get(element)!;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-lang]')) element.hidden = element.dataset.lang !== lang;
}
