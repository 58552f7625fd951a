// <kl-initiative-list> as its users meet it: in a kl.dk article, KL's initiatives under a heading.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlInitiativeCard } from '@kl-digital/elements';
import { inContext, onPage } from '../support/element-stories.js';
import { klDkArticle } from '../support/pages.js';
import { allInShadow, inShadow } from '../support/shadow.js';

export default { title: 'In context/kl-initiative-list', tags: ['!autodocs'], ...inContext('kl-initiative-list') };

/** KL's editor lists the initiatives in the article column; the cards' headings are h3 under the article's h2. */
export const KlDkArticle: StoryObj = {
  name: 'kl.dk article',
  ...onPage('kl-initiative-list', klDkArticle(html`<kl-initiative-list heading-level="3" as-of="2022-01-01"></kl-initiative-list>`), async (list) => {
    const cards = allInShadow<KlInitiativeCard>(list, 'kl-initiative-card');
    await Promise.all(cards.map((card) => card.updateComplete));
    await expect(cards).toHaveLength(5);
    await expect(inShadow(cards[0]!, '[part="heading"]').localName).toBe('h3');
  }),
};
