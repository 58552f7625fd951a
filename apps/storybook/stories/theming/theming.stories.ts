// Theming every element at once: a page sets `--kl-*` tokens on an ancestor, and each element
// takes them (custom properties cross shadow roots; nothing else of the page's CSS does).
// The map has its own story of this (Elements/kl-denmark-map, "Theming through tokens").
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlElement } from '@kl-digital/elements';
import { allInShadow, element, inShadow } from '../support/shadow.js';
import { themedByTokens } from '../support/theming.js';

const meta = {
  title: 'Elements/Theming',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const TAGS = ['kl-strategy-table', 'kl-municipality-card', 'kl-initiative-card', 'kl-initiative-list', 'kl-key-figures'] as const;

/**
 * One set of tokens on a wrapper themes the table, the cards, the list and the key figures:
 * colours of the values, font, surface, text, accent, focus and radius.
 */
export const AllElementsThroughTokens: Story = {
  name: 'All elements through tokens',
  render: () =>
    themedByTokens(html`
      <section aria-labelledby="theme-table">
        <h2 id="theme-table">kl-strategy-table</h2>
        <kl-strategy-table category="principles" as-of="2021-06-01"></kl-strategy-table>
      </section>
      <section aria-labelledby="theme-card">
        <h2 id="theme-card">kl-municipality-card</h2>
        <kl-municipality-card municipality="Sorø" heading-level="3"></kl-municipality-card>
      </section>
      <section aria-labelledby="theme-initiative">
        <h2 id="theme-initiative">kl-initiative-card</h2>
        <kl-initiative-card initiative="digital-handleplan-2016-2020" heading-level="3" as-of="2018-01-01"></kl-initiative-card>
      </section>
      <section aria-labelledby="theme-list">
        <h2 id="theme-list">kl-initiative-list</h2>
        <kl-initiative-list kind="network" heading-level="3" as-of="2022-01-01"></kl-initiative-list>
      </section>
      <section aria-labelledby="theme-figures">
        <h2 id="theme-figures">kl-key-figures</h2>
        <kl-key-figures sections="chart kinds" heading-level="3" as-of="2021-06-01"></kl-key-figures>
      </section>
    `),
  play: async ({ canvasElement }) => {
    for (const tag of TAGS) {
      const el = await element<KlElement>(canvasElement, tag);
      const base = getComputedStyle(inShadow(el, '[part="base"]'));
      await expect(base.fontFamily, tag).toContain('Georgia');
      await expect(base.backgroundColor, tag).toBe('rgb(251, 248, 241)');
      await expect(base.color, tag).toBe('rgb(34, 34, 34)');
    }
    const table = canvasElement.querySelector('kl-strategy-table')!;
    const swatch = inShadow(table, 'tr[data-code="0340"] .col-category .swatch');
    await expect(getComputedStyle(swatch).backgroundImage + getComputedStyle(swatch).backgroundColor).toContain('rgb(76, 140, 74)');
    const figures = canvasElement.querySelector('kl-key-figures')!;
    await expect(getComputedStyle(inShadow(figures, '#kf-published rect')).fill).toBe('rgb(27, 94, 32)');
    await expect(allInShadow(figures, '[part="kind"]')).toHaveLength(5);
  },
};
