// <kl-denmark-map> as its users meet it: dropped into a kl.dk article by KL's editor, and on a
// municipality's own page by its web editor.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlDenmarkMap } from '@kl-digital/elements';
import { inContext, onPage } from '../support/element-stories.js';
import { inColumn } from '../support/frames.js';
import { klDkArticle, municipalPage } from '../support/pages.js';
import { allInShadow } from '../support/shadow.js';

export default { title: 'In context/kl-denmark-map', tags: ['!autodocs'], ...inContext('kl-denmark-map') };
type Story = StoryObj;

const article = klDkArticle(html`<kl-denmark-map></kl-denmark-map>`);

/** KL's editor puts one element in the article column; the map fits it and the text flows around. */
export const KlDkArticle: Story = {
  name: 'kl.dk article',
  ...onPage('kl-denmark-map', article, (map) => expect(allInShadow(map, 'path[part~="municipality"]')).toHaveLength(98)),
};

/** The same article on a phone: the column is the screen. */
export const KlDkArticleOnAPhone: Story = {
  name: 'kl.dk article, 320 px wide',
  decorators: [inColumn(320)],
  ...onPage('kl-denmark-map', article, (map) => expect(map.getBoundingClientRect().width).toBeLessThanOrEqual(320)),
};

/**
 * A municipality's web editor shows where the municipality stands: the region's map with
 * their own municipality emphasised, named as they write it, and a locator beside the text.
 */
export const MunicipalPage: Story = {
  name: 'Municipal page',
  ...onPage(
    'kl-denmark-map',
    municipalPage(
      html`<kl-denmark-map region="Sjælland" highlight="Sorø Kommune"></kl-denmark-map>`,
      html`<kl-denmark-map variant="locator" highlight="Sorø"></kl-denmark-map>`,
    ),
    async (map, canvas) => {
      const locator = canvas.querySelector<KlDenmarkMap>('aside kl-denmark-map')!;
      await locator.updateComplete;
      await expect(allInShadow(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code'))).toEqual(['0340']);
      await expect(allInShadow(locator, 'path[part~="highlighted"]')).toHaveLength(1);
      await expect(allInShadow(map, '[part="notice"]')).toHaveLength(0);
    },
  ),
};
