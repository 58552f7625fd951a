// The iframe page: builds the element named by ?el= with the attributes in the query that the
// builder offers for it (the allow-list of element-options.ts, from the element's attribute spec;
// set with setAttribute, never as HTML), and
// reports the page's height to the host page:
//
//   parent.postMessage({ type: 'kl-embed-height', height }, '*')
//
// on load and whenever the content's size changes (ResizeObserver). The target origin is '*'
// because the embed cannot know which site shows it, and a height is no secret; the host's
// helper (see src/embed/snippet.ts) checks that the message comes from its own iframe's origin.
import { attributeOptions, elementOption, ELEMENTS } from '../embed/element-options.js';

const root = document.getElementById('embed-root')!;
const params = new URLSearchParams(location.search);
const option = elementOption(params.get('el'));
// The page speaks the element's language: its title, its heading and its error.
const lang = /^en\b/i.test(params.get('lang') ?? '') ? 'en' : 'da';
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
}[lang];
document.documentElement.lang = lang;
document.title = TEXTS.page;

function showError(text: string): void {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  root.replaceChildren(message);
  console.warn(`[kl-embed] ${text}`);
}

if (!option) {
  const known = ELEMENTS.map((element) => element.tag).join(', ');
  console.warn(`[kl-embed] ${TEXTS.unknownLog(params.get('el') ?? '')}`);
  showError(TEXTS.unknown(known));
} else {
  const element = document.createElement(option.tag);
  const allowed = new Set(attributeOptions(option).map((attribute) => attribute.name));
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (allowed.has(name)) element.setAttribute(name, value);
    else console.warn(`[kl-embed] ${TEXTS.ignored(option.tag, name)}`);
  }
  root.replaceChildren(element);
  document.title = `${option.frameTitle[lang]} (KL)`;
  document.getElementById('embed-title')!.textContent = option.frameTitle[lang];
}

let last = -1;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'kl-embed-height', height }, '*');
}

new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportHeight);
reportHeight();
