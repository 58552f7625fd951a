import { afterEach, describe, expect, it, vi } from 'vitest';
import { define } from './define.js';
import { VERSION } from './version.js';
import '../kl-denmark-map/kl-denmark-map.js';

afterEach(() => vi.restoreAllMocks());

describe('define', () => {
  it('define() of a tag already registered by the same version is a no-op, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = customElements.get('kl-denmark-map');
    class Copy extends HTMLElement {}
    expect(() => define('kl-denmark-map', Copy)).not.toThrow();
    expect(customElements.get('kl-denmark-map')).toBe(first);
    expect(warn).not.toHaveBeenCalled();
  });

  it('define() of a tag registered by another version keeps the first and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Old extends HTMLElement {}
    Object.defineProperty(Old, Symbol.for('kl-digital.version'), { value: '0.0.1' });
    customElements.define('kl-version-test', Old);
    class New extends HTMLElement {}
    define('kl-version-test', New);
    define('kl-version-test', New);
    expect(customElements.get('kl-version-test')).toBe(Old);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`<kl-version-test> is already registered by @kl-digital/elements 0.0.1; this copy (${VERSION}) is not used`);
  });

  it('define() of several tags registered by the same other version warns once in all, not once per tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const tag of ['kl-copy-a', 'kl-copy-b', 'kl-copy-c']) {
      class Old extends HTMLElement {}
      Object.defineProperty(Old, Symbol.for('kl-digital.version'), { value: '0.0.9' });
      customElements.define(tag, Old);
      define(tag, class extends HTMLElement {});
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('<kl-copy-a> is already registered by @kl-digital/elements 0.0.9');
  });

  it('define() of a tag registered by a script that is not ours warns and does not throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    customElements.define('kl-foreign-test', class extends HTMLElement {});
    expect(() => define('kl-foreign-test', class extends HTMLElement {})).not.toThrow();
    expect(warn.mock.calls[0]![0]).toContain('already registered by another script');
  });
});
