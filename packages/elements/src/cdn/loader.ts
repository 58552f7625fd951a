// dist/cdn/kl-elements.js: the one script tag an editor pastes. It defines each element when its
// tag first appears in the page (at load, or added later), by importing that element's chunk from
// beside this file, with the shared chunks it needs fetched at the same time (modulepreload), so a
// page with one map downloads the map and nothing else. Until an element is defined it takes its
// place but shows nothing (no flash of an empty or half-styled box).
//
// A prerendered element (its shadow root declared in the page's HTML, rendered by Lit's server
// renderer) is hydrated: it keeps the nodes it came with. Lit's hydrate support must patch
// LitElement before any element's class is defined, so on a page with one, every element's chunk
// waits for the hydrate chunk (src/cdn/hydrate.ts); a page without one never downloads it.
//
// The chunk map is written into this file by build/build-cdn.mjs: tag -> [its chunk, ...the chunks
// it imports], each relative to this file; and the hydrate chunk (what it imports, every element
// imports too, and preloads).
declare const __KL_CHUNKS__: Readonly<Record<string, readonly string[]>>;
declare const __KL_HYDRATE__: string;
declare const __KL_VERSION__: string;

const LOADER = Symbol.for('kl-digital.loader');
// The key under which define() records the version that registered an element (src/shared/define.ts).
const VERSION_KEY = Symbol.for('kl-digital.version');
type Loaders = Record<string, string>;
const scope = globalThis as typeof globalThis & { [LOADER]?: Loaders };

(() => {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const base = new URL('.', import.meta.url);
  const loaders = (scope[LOADER] ??= {});
  // A second copy of the same release on the page (pasted twice, or from another URL) leaves it to
  // the first: the same chunks would only register the same elements again.
  if (loaders[__KL_VERSION__]) return;
  loaders[__KL_VERSION__] = base.href;

  const tags = Object.keys(__KL_CHUNKS__);
  const started = new Set<string>();
  const preloaded = new Set<string>();

  // Elements not yet defined take their place but stay invisible, but for prerendered ones, which
  // show their content already (the server marks them, see src/shared/prerendered.ts). A
  // constructed style sheet, not a <style> element, so that pages with a strict
  // Content-Security-Policy accept it.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:where(${tags.join(',')}):not(:defined,[data-kl-prerendered]){display:block;visibility:hidden}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable style sheets shows the elements as they come.
  }

  const preload = (file: string) => {
    if (preloaded.has(file)) return;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, base).href;
    document.head.append(link);
  };

  let hydrating: Promise<unknown> | undefined;
  // Without it the elements still come: each renders its content again.
  const hydrate = () => (hydrating ??= import(/* @vite-ignore */ new URL(__KL_HYDRATE__, base).href).catch((error: unknown) => console.error('[kl-digital] hydration:', error)));

  let warned = false;
  const load = (tag: string) => {
    if (started.has(tag)) return;
    const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
    if (existing) {
      // Registered already: by this release (the single-file bundle), nothing to do; by another
      // release or another script, that one is used, and this copy says so once.
      const version = existing[VERSION_KEY];
      if (version !== __KL_VERSION__ && !warned) {
        warned = true;
        console.warn(
          `[kl-digital] <${tag}> is already registered by ${version ? `@kl-digital/elements ${version}` : 'another script'}; ` +
            `this copy (${__KL_VERSION__}) is not used. Load one copy of the bundle per page.`,
        );
      }
      return;
    }
    started.add(tag);
    const [chunk, ...imports] = __KL_CHUNKS__[tag]!;
    for (const file of imports) preload(file);
    const url = new URL(chunk!, base).href;
    const define = () =>
      import(/* @vite-ignore */ url).catch((error: unknown) => {
        started.delete(tag);
        console.error(`[kl-digital] <${tag}> could not be loaded from ${url}:`, error);
      });
    if (hydrating) void hydrating.then(define);
    else void define();
  };

  const selector = tags.join(',');
  /** Loads the elements found (a prerendered one first loads the hydrate support). */
  const start = (elements: Iterable<Element>) => {
    const found = [...elements];
    if (found.some((element) => element.shadowRoot && !customElements.get(element.localName))) hydrate();
    for (const element of found) load(element.localName);
  };
  const discover = (root: ParentNode) => start(root.querySelectorAll(selector));

  const observe = () => {
    discover(document);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          start(node.matches(selector) ? [node, ...node.querySelectorAll(selector)] : node.querySelectorAll(selector));
        }
      }
    }).observe(document.documentElement, { subtree: true, childList: true });
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', observe, { once: true });
  else observe();
  // What is already in the parsed part of the page starts loading now, not at DOMContentLoaded.
  discover(document);
})();
