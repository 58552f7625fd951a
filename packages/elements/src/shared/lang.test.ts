import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fixture, shadow } from '../test-support/fixture.js';
import '../kl-denmark-map/kl-denmark-map.js';
import type { KlDenmarkMap } from '../kl-denmark-map/kl-denmark-map.component.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('lang', () => {
  it('el.lang = "en" set from code switches the element to English at once, notices included, and reflects the attribute', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map color-by="size"></kl-denmark-map>');
    expect(shadow(map, '.legend-title').textContent).toContain('Signaturforklaring');
    map.lang = 'en';
    await map.updateComplete;
    expect(shadow(map, '.legend-title').textContent).toContain('Legend');
    expect(shadow(map, '[part="notice"]').textContent).toContain('The unknown value "size" is not used.');
    expect(map.getAttribute('lang')).toBe('en');
  });

  it('removing the lang attribute falls back to the page\'s language', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en"></kl-denmark-map>');
    map.removeAttribute('lang');
    await map.updateComplete;
    expect(shadow(map, '.legend-title').textContent).toContain('Signaturforklaring');
  });

  it.each(['xx', 'de'])('lang="%s", a language the elements do not speak, gives a notice and a warning, and Danish', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map lang="${value}"></kl-denmark-map>`);
    expect(shadow(map, '.legend-title').textContent).toContain('Signaturforklaring');
    expect(shadow(map, '[part="notice"]').textContent).toContain(`"${value}"`);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`"${value}" for lang\\. Brug da eller en`)));
  });

  it.each(['da', 'da-DK', 'EN', 'en-GB'])('lang="%s" is one the elements speak: no notice', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await fixture<KlDenmarkMap>(`<kl-denmark-map lang="${value}"></kl-denmark-map>`);
    expect(map.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('a page in a language the elements do not speak (its own lang="de") is no editor\'s mistake in the element: Danish, no notice', async () => {
    const wrapper = await fixture<HTMLElement>('<div lang="de"><kl-denmark-map></kl-denmark-map></div>');
    const map = wrapper.querySelector('kl-denmark-map') as KlDenmarkMap;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
  });
});
