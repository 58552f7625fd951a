// <kl-initiative-list> as its users meet it: in a kl.dk article, KL's initiatives under a heading.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlInitiativeCard, KlInitiativeList } from '@kl-digital/elements';
import { klDkArticle } from '../support/pages.js';
import { allInShadow, element, inShadow } from '../support/shadow.js';

const meta = {
  title: 'In context/kl-initiative-list',
  component: 'kl-initiative-list',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** KL's editor lists the initiatives in the article column; the cards' headings are h3 under the article's h2. */
export const KlDkArticle: Story = {
  name: 'kl.dk article',
  render: () => klDkArticle(html`<kl-initiative-list heading-level="3" as-of="2022-01-01"></kl-initiative-list>`),
  play: async ({ canvasElement }) => {
    const list = await element<KlInitiativeList>(canvasElement, 'kl-initiative-list');
    const cards = allInShadow<KlInitiativeCard>(list, 'kl-initiative-card');
    await Promise.all(cards.map((card) => card.updateComplete));
    const column = canvasElement.querySelector('main')!.getBoundingClientRect();
    await expect(list.getBoundingClientRect().width).toBeLessThanOrEqual(column.width);
    await expect(cards).toHaveLength(5);
    await expect(inShadow(cards[0]!, '[part="heading"]').localName).toBe('h3');
  },
};
