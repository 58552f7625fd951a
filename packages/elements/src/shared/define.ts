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
      `<${tag}> is already registered by ${version ? `@kl-digital/elements ${version}` : 'another script'}; ` +
        `this copy (${VERSION}) is not used. Load one copy of the bundle per page.`,
    );
  }
}
