// The ?el= iframe page's element: the element named by ?el=, with the attributes in the query
// that the builder offers for it (the allow-list of ./element-options.ts, from the element's
// attribute spec; set with setAttribute, never as HTML).
import { attributeOptions, elementOption, ELEMENTS } from './element-options.js';

function showError(root: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  root.replaceChildren(message);
  console.warn(`[kl-embed] ${text}`);
}

/** Builds the element the address asks for in `root`, or says what is wrong with the address. */
export function elementFromQuery(root: HTMLElement, params: URLSearchParams): void {
  const option = elementOption(params.get('el'));
  if (!option) {
    const known = ELEMENTS.map((element) => element.tag).join(', ');
    showError(root, `Ukendt element "${params.get('el') ?? ''}". Angiv ?el= med et af: ${known}.`);
    return;
  }
  const element = document.createElement(option.tag);
  const allowed = new Set(attributeOptions(option).map((attribute) => attribute.name));
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (allowed.has(name)) element.setAttribute(name, value);
    else console.warn(`[kl-embed] ${option.tag} har ingen attribut "${name}" i indlejringen; den er ignoreret.`);
  }
  root.replaceChildren(element);
  document.title = `${option.frameTitle} (KL)`;
  const title = document.getElementById('embed-title')!;
  title.textContent = option.frameTitle;
  // The element speaks English with lang=en; the page's own (hidden) title stays Danish.
  if (params.get('lang') === 'en') {
    document.documentElement.lang = 'en';
    title.lang = 'da';
  }
}
