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
  showError(`Ukendt element "${params.get('el') ?? ''}". Angiv ?el= med et af: ${known}.`);
} else {
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
