// The reader's own font size: the browser's default (what `medium` is), whatever the page did to
// its root's font size.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { cleanup, fixture, shadow } from '../test-support/fixture.js';
import '../index.js';

/** Sets the browser's default font size, as a reader does in the browser's settings. */
const readerFontSize = (px: number) => cdp().send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });

afterEach(async () => {
  cleanup();
  document.documentElement.style.removeProperty('font-size');
  await readerFontSize(16);
});

describe("the reader's font size", () => {
  it.each(['kl-denmark-map', 'kl-strategy-table', 'kl-key-figures', 'kl-initiative-list'])(
    '<%s> follows a default font size of 24 px set in the browser, also on a page with html { font-size: 62.5% }',
    async (tag) => {
      await readerFontSize(24);
      const element = await fixture(`<${tag}></${tag}>`);
      expect(getComputedStyle(document.body).fontSize).toBe('24px');
      expect(getComputedStyle(shadow(element, '.root')).fontSize).toBe('24px');
      document.documentElement.style.fontSize = '62.5%';
      expect(getComputedStyle(document.body).fontSize).toBe('15px');
      expect(getComputedStyle(shadow(element, '.root')).fontSize).toBe('24px');
    },
  );

  it('--kl-font-size still sets the size where a page wants its own', async () => {
    await readerFontSize(24);
    const element = await fixture('<kl-denmark-map style="--kl-font-size: 18px"></kl-denmark-map>');
    expect(getComputedStyle(shadow(element, '.root')).fontSize).toBe('18px');
  });
});
