// <kl-key-figures> as its users meet it: in KL's own article about the mapping.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlKeyFigures } from '@kl-digital/elements';
import { klDkArticle } from '../support/pages.js';
import { element, inShadow } from '../support/shadow.js';

const meta = {
  title: 'In context/kl-key-figures',
  component: 'kl-key-figures',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** KL's editor puts the published figures and the chart under the article's h2, so their headings are h3. */
export const KlDkArticle: Story = {
  name: 'kl.dk article',
  render: () => klDkArticle(html`<kl-key-figures sections="published chart" heading-level="3" as-of="2021-06-01"></kl-key-figures>`),
  play: async ({ canvasElement }) => {
    const figures = await element<KlKeyFigures>(canvasElement, 'kl-key-figures');
    const column = canvasElement.querySelector('main')!.getBoundingClientRect();
    await expect(figures.getBoundingClientRect().width).toBeLessThanOrEqual(column.width);
    await expect(inShadow(figures, '[part="base"]').scrollWidth).toBeLessThanOrEqual(Math.ceil(figures.getBoundingClientRect().width));
    await expect(inShadow(figures, '#published-heading').localName).toBe('h3');
  },
};
