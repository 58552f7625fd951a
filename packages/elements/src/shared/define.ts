import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

const VERSION_KEY = Symbol.for('kl-digital.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

// Versions this copy has already warned about: a second release on the page is one warning,
// not one per element it would have registered.
const warnedVersions = new Set<string>();

/**
 * Registers a custom element once. The same version registered again (the bundle loaded
 * twice, or a bundler and a CDN copy of one release) is a no-op; another version keeps the
 * first registration and warns once per copy (not once per tag). Never throws, so two copies on
 * one page cannot break it.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    (element as Versioned)[VERSION_KEY] = VERSION;
    registry.define(tag, element);
    return;
  }
  const version = existing[VERSION_KEY];
  if (version !== VERSION) {
    if (version) {
      if (warnedVersions.has(version)) return;
      warnedVersions.add(version);
    }
    warnOnce(
      version
        ? `<${tag}> is already registered by @kl-digital/elements ${version}; this copy (${VERSION}) is not used. Load one copy of the bundle per page.`
        : `<${tag}> is already registered by another script; this copy (${VERSION}) is not used, and the elements that hold a <${tag}> ` +
            `(the card's locator map, the explorer's parts) are shown without it. Give the page's own element another name.`,
    );
  }
}

/**
 * True when `tag` is one of ours, of any version: an element that holds it (the card its locator
 * map, the explorer its map, table and card) may set its properties. Registered by another
 * script, it is an element we know nothing of (its `dataset` is HTMLElement's, which cannot be
 * set): the holder is shown without it, as define() warned.
 */
export function ours(tag: string): boolean {
  const existing = globalThis.customElements?.get(tag) as Versioned | undefined;
  return existing !== undefined && VERSION_KEY in existing;
}
