// The code an editor copies: the element with its attributes, or an iframe of the demo's embed
// page with the resize helper. Attribute values are escaped here; nothing is parsed as HTML.

/** The folder of the elements' CDN bundle on jsDelivr (the npm package @kl-digital/elements). */
export const JSDELIVR_CDN = 'https://cdn.jsdelivr.net/npm/@kl-digital/elements/dist/cdn/';

/** An attribute and its value; `''` for a boolean attribute that is present. */
export type Attributes = ReadonlyArray<readonly [name: string, value: string]>;

/** Escapes a value for a double-quoted HTML attribute: `&`, `"` and `<` (and `>` for readers). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `name="value"` pairs, a boolean attribute as its bare name. */
function attributeText(attributes: Attributes): string {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** The snippet with the script tag (and the fonts), then the element. */
export function elementSnippet(options: { tag: string; attributes: Attributes; bundleUrl: string; fontsUrl?: string }): string {
  const lines = [];
  if (options.fontsUrl) lines.push(`<link rel="stylesheet" href="${escapeAttribute(options.fontsUrl)}">`);
  lines.push(`<script type="module" src="${escapeAttribute(options.bundleUrl)}"></script>`);
  lines.push(`<${options.tag}${attributeText(options.attributes)}></${options.tag}>`);
  return lines.join('\n');
}

/** The URL of the demo's embed page that shows this element with these attributes. */
export function embedUrl(origin: string, tag: string, attributes: Attributes): string {
  const params = new URLSearchParams([['el', tag], ...attributes.map(([name, value]) => [name, value] as [string, string])]);
  return `${origin}/embed/?${params.toString()}`;
}

/**
 * The host page's part of the iframe embed: a listener that sets the iframe's height from the
 * embed page's `{ type: 'kl-embed-height', height }` messages, accepting them only from that
 * iframe's window and origin. Written for any CMS that keeps a small inline script; without it
 * the iframe keeps its starting height and scrolls.
 */
export function resizeHelper(frameId: string): string {
  return [
    '<script>',
    '  (function () {',
    `    var frame = document.getElementById(${JSON.stringify(frameId).replace(/</g, '\\u003c')});`,
    '    var origin = new URL(frame.src).origin;',
    "    window.addEventListener('message', function (event) {",
    '      if (event.origin !== origin || event.source !== frame.contentWindow) return;',
    "      if (!event.data || event.data.type !== 'kl-embed-height') return;",
    '      var height = Math.ceil(Number(event.data.height));',
    '      if (height > 0 && height < 100000) frame.height = String(height);',
    '    });',
    '  })();',
    '</script>',
  ].join('\n');
}

/** A short, stable id for an iframe from its URL, so two embeds on one page do not clash. */
export function frameId(url: string): string {
  let hash = 5381;
  for (let i = 0; i < url.length; i += 1) hash = ((hash * 33) ^ url.charCodeAt(i)) >>> 0;
  return `kl-embed-${hash.toString(36)}`;
}

/** The iframe snippet: the iframe, then the resize helper. */
export function iframeSnippet(options: { url: string; title: string; height: number }): string {
  const id = frameId(options.url);
  return [
    `<iframe id="${id}" src="${escapeAttribute(options.url)}" title="${escapeAttribute(options.title)}" width="100%" height="${
      options.height
    }" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    resizeHelper(id),
  ].join('\n');
}
