// The embed builder: an element and its attributes from a form, the live element (or its
// iframe), and the two snippets to copy. User input reaches the page only through
// setAttribute, textContent and textarea values; the snippets escape attribute values.
import { attributeOptions, ELEMENTS, elementOption, type AttributeOption } from '../embed/element-options.js';
import { elementSnippet, embedUrl, iframeSnippet, JSDELIVR_CDN, type Attributes } from '../embed/snippet.js';
import { prerenderedPath } from '../embed/prerendered-pages.js';
import { copyText } from '../dom/copy-text.js';
import { make } from '../dom/make.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#builder');
const tagSelect = $<HTMLSelectElement>('#element-valg');
const fieldset = $<HTMLFieldSetElement>('#attributter');
const source = $<HTMLSelectElement>('#script-kilde');
const withFonts = $<HTMLInputElement>('#med-skrift');
const preview = $<HTMLDivElement>('#preview');
const htmlCode = $<HTMLTextAreaElement>('#html-kode');
const iframeCode = $<HTMLTextAreaElement>('#iframe-kode');
const iframeLink = $<HTMLAnchorElement>('#iframe-link');
const status = $<HTMLParagraphElement>('#kopier-status');

type ElementOption = NonNullable<ReturnType<typeof elementOption>>;

const attributesOf = new Map(ELEMENTS.map((option) => [option.tag, attributeOptions(option)]));
/** The attributes the builder offers for an element. */
const offered = (option: ElementOption): readonly AttributeOption[] => attributesOf.get(option.tag) ?? [];

/** One form control for an attribute, its id derived from the attribute's name. */
function control(option: AttributeOption, value: string | undefined): HTMLElement {
  const id = `attr-${option.name}`;
  const hintId = option.hint ? `${id}-hjaelp` : undefined;
  const described: Record<string, string> = hintId ? { 'aria-describedby': hintId } : {};
  const hint = () => (hintId ? [make('p', { id: hintId, class: 'hint' }, option.hint)] : []);
  const wrap = make('div', { class: 'field' });
  const code = make('code', {}, option.name);

  if (option.kind === 'boolean') {
    wrap.classList.add('field--check');
    const input = make('input', { type: 'checkbox', id, name: option.name, ...described });
    input.checked = value !== undefined;
    const label = make('label', { for: id }, `${option.label} `);
    label.append(code);
    wrap.append(input, label, ...hint());
    return wrap;
  }
  if (option.kind === 'multi') {
    const group = make('fieldset', { class: 'field field--multi', ...described });
    const legend = make('legend', {}, `${option.label} `);
    legend.append(code);
    group.append(legend);
    // A list in the address is read as the elements read it: split on commas, semicolons or white space, ignoring case.
    const chosen = new Set((value ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean));
    for (const [choice, text] of option.choices) {
      const box = make('input', { type: 'checkbox', id: `${id}-${choice}`, name: option.name, value: choice });
      box.checked = chosen.has(choice.toLowerCase());
      const row = make('div', { class: 'check' });
      row.append(box, make('label', { for: `${id}-${choice}` }, text));
      group.append(row);
    }
    group.append(...hint());
    return group;
  }
  const label = make('label', { for: id }, `${option.label} `);
  label.append(code);
  let input: HTMLInputElement | HTMLSelectElement;
  if (option.kind === 'select') {
    input = make('select', { id, name: option.name, ...described });
    input.append(make('option', { value: '' }, '(standard)'));
    for (const [choice, text] of option.choices) input.append(make('option', { value: choice }, text));
  } else {
    input = make('input', { type: option.kind === 'date' ? 'date' : 'text', id, name: option.name, autocomplete: 'off', ...described });
    if (option.kind === 'text' && option.placeholder) input.placeholder = option.placeholder;
  }
  input.value = value ?? '';
  wrap.append(label, input, ...hint());
  return wrap;
}

/** Rebuilds the attribute controls for an element, with the given values. */
function renderControls(option: ElementOption, values: Map<string, string>): void {
  const legend = make('legend', {}, 'Attributter for ');
  legend.append(make('code', {}, `<${option.tag}>`));
  fieldset.replaceChildren(legend, ...offered(option).map((attribute) => control(attribute, values.get(attribute.name))));
}

/** The attributes the form sets now, in the element's own order; unset ones are left out. */
function currentAttributes(option: ElementOption): Attributes {
  const data = new FormData(form);
  const attributes: [string, string][] = [];
  for (const attribute of offered(option)) {
    if (attribute.kind === 'boolean') {
      if (data.has(attribute.name)) attributes.push([attribute.name, '']);
    } else if (attribute.kind === 'multi') {
      const values = data.getAll(attribute.name).map(String);
      if (values.length > 0) attributes.push([attribute.name, values.join(' ')]);
    } else {
      const value = String(data.get(attribute.name) ?? '').trim();
      if (value !== '') attributes.push([attribute.name, value]);
    }
  }
  return attributes;
}

let stopListening: (() => void) | undefined;

/** The iframe preview, resized by the same rule as the helper in the snippet. */
function framePreview(option: ElementOption, url: string, title: string): HTMLIFrameElement {
  const frame = make('iframe', {
    src: url,
    title,
    width: '100%',
    height: String(option.frameHeight),
    class: 'preview__frame',
  });
  const origin = new URL(url).origin;
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!event.data || event.data.type !== 'kl-embed-height') return;
    const height = Math.ceil(Number(event.data.height));
    if (height > 0 && height < 100000) frame.height = String(height);
  };
  window.addEventListener('message', onMessage);
  stopListening = () => window.removeEventListener('message', onMessage);
  return frame;
}

function update(): void {
  const option = elementOption(tagSelect.value) ?? ELEMENTS[0]!;
  const attributes = currentAttributes(option);
  const base = source.value === 'jsdelivr' ? JSDELIVR_CDN : `${location.origin}/`;
  const url = embedUrl(location.origin, option.tag, attributes);
  // The iframe shows a prerendered page where there is one for these options (its content shows
  // without JavaScript); the ?el= page shows any other choice.
  const prerendered = prerenderedPath(option.tag, attributes);
  const frameUrl = prerendered ? `${location.origin}${prerendered}` : url;

  htmlCode.value = elementSnippet({
    tag: option.tag,
    attributes,
    bundleUrl: `${base}kl-elements.js`,
    fontsUrl: withFonts.checked ? `${base}kl-fonts.css` : undefined,
  });
  // The iframe is named in the language its element speaks.
  const title = option.frameTitle[attributes.some(([name, value]) => name === 'lang' && /^en\b/i.test(value)) ? 'en' : 'da'];
  iframeCode.value = iframeSnippet({ url: frameUrl, title, height: option.frameHeight });
  iframeLink.href = frameUrl;

  stopListening?.();
  stopListening = undefined;
  const asFrame = $<HTMLInputElement>('#vis-iframe').checked;
  if (asFrame) {
    preview.replaceChildren(framePreview(option, frameUrl, title));
  } else {
    const element = document.createElement(option.tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    preview.replaceChildren(element);
  }

  // The builder's own address keeps the choice, so a link reproduces it.
  const query = new URL(url).search;
  history.replaceState(null, '', `${location.pathname}${query}`);
}

/** Copies a snippet; where the Clipboard API is refused, selects the text to copy by hand. */
function copy(textarea: HTMLTextAreaElement, what: string): Promise<void> {
  return copyText(textarea, status, {
    copied: `${what} er kopieret.`,
    failed: 'Kopiering virkede ikke her. Koden i feltet er markeret: kopiér den med Ctrl+C (Cmd+C på Mac).',
  });
}

// Start from the address: /indlejring/?el=kl-municipality-card&municipality=Sorø
const params = new URLSearchParams(location.search);
for (const option of ELEMENTS) tagSelect.append(make('option', { value: option.tag }, `${option.label} – <${option.tag}>`));
const initial = elementOption(params.get('el')) ?? ELEMENTS[0]!;
tagSelect.value = initial.tag;
const initialValues = params.has('el') ? new Map([...params].filter(([name]) => name !== 'el')) : new Map(Object.entries(initial.defaults));
renderControls(initial, initialValues);

tagSelect.addEventListener('change', () => {
  const option = elementOption(tagSelect.value) ?? ELEMENTS[0]!;
  renderControls(option, new Map(Object.entries(option.defaults)));
  status.textContent = '';
  update();
});
// Typing rebuilds the preview once the editor pauses; choices rebuild it at once.
let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  if (event.target === tagSelect) return;
  clearTimeout(typing);
  const isText = event.target instanceof HTMLInputElement && event.target.type === 'text';
  typing = setTimeout(update, isText ? 250 : 0);
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="vis"]')) radio.addEventListener('change', update);
$<HTMLButtonElement>('#kopier-html').addEventListener('click', () => void copy(htmlCode, 'HTML-koden'));
$<HTMLButtonElement>('#kopier-iframe').addEventListener('click', () => void copy(iframeCode, 'iframe-koden'));

update();
