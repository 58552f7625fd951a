import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

const VERSION_KEY = Symbol.for('kl-digital.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element once. The same version registered again (the bundle loaded
 * twice, or a bundler and a CDN copy of one release) is a no-op; another version keeps the
 * first registration and warns once. Never throws, so two copies on one page cannot break it.
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
    warnOnce(
      `<${tag}> is already registered by ${version ? `@kl-digital/elements ${version}` : 'another script'}; ` +
        `this copy (${VERSION}) is not used. Load one copy of the bundle per page.`,
    );
  }
}
