// The ?el= iframe page's element: the element named by ?el=, with the attributes in the query
// that the builder offers for it (the allow-list of ./element-options.ts, from the element's
// attribute spec; set with setAttribute, never as HTML). The page speaks the element's language:
// its title, its heading and its error.
import { attributeOptions, elementOption, ELEMENTS } from './element-options.js';

const TEXTS = {
  da: {
    page: 'KL-element (indlejret)',
    // The address is anyone's to write: what ?el= says is not repeated on the page, only on the console.
    unknown: (known: string) => `Ukendt element. Angiv ?el= med et af: ${known}.`,
    unknownLog: (asked: string) => `Ukendt element "${asked}".`,
    ignored: (tag: string, name: string) => `${tag} har ingen attribut "${name}" i indlejringen; den er ignoreret.`,
  },
  en: {
    page: 'KL element (embedded)',
    unknown: (known: string) => `Unknown element. Set ?el= to one of: ${known}.`,
    unknownLog: (asked: string) => `Unknown element "${asked}".`,
    ignored: (tag: string, name: string) => `${tag} has no attribute "${name}" in the embed; it is ignored.`,
  },
};

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
  const lang = /^en\b/i.test(params.get('lang') ?? '') ? 'en' : 'da';
  const texts = TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = texts.page;
  const option = elementOption(params.get('el'));
  if (!option) {
    const known = ELEMENTS.map((element) => element.tag).join(', ');
    console.warn(`[kl-embed] ${texts.unknownLog(params.get('el') ?? '')}`);
    showError(root, texts.unknown(known));
    return;
  }
  const element = document.createElement(option.tag);
  const allowed = new Set(attributeOptions(option).map((attribute) => attribute.name));
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (allowed.has(name)) element.setAttribute(name, value);
    else console.warn(`[kl-embed] ${texts.ignored(option.tag, name)}`);
  }
  root.replaceChildren(element);
  document.title = `${option.frameTitle[lang]} (KL)`;
  document.getElementById('embed-title')!.textContent = option.frameTitle[lang];
}
