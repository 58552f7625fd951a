// <kl-strategy-table> as its users meet it: dropped into a kl.dk article by KL's editor.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlStrategyTable } from '@kl-digital/elements';
import { klDkArticle } from '../support/pages.js';
import { allInShadow, element, inShadow } from '../support/shadow.js';

const meta = {
  title: 'In context/kl-strategy-table',
  component: 'kl-strategy-table',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * KL's editor puts the table in the article column, under the map's heading: the column is
 * narrower than the seven columns need, so the rows stack as cards and nothing spills out.
 */
export const KlDkArticle: Story = {
  name: 'kl.dk article',
  render: () => klDkArticle(html`<kl-strategy-table heading="Kommunerne og deres dokumenter"></kl-strategy-table>`),
  play: async ({ canvasElement }) => {
    const table = await element<KlStrategyTable>(canvasElement, 'kl-strategy-table');
    const column = canvasElement.querySelector('main')!.getBoundingClientRect();
    await expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(column.width);
    await expect(inShadow(table, '[part="base"]').scrollWidth).toBeLessThanOrEqual(Math.ceil(table.getBoundingClientRect().width));
    await expect(allInShadow(table, 'tbody tr')).toHaveLength(64);
    await expect(inShadow(table, '[part="caption"] .heading').textContent).toBe('Kommunerne og deres dokumenter');
  },
};
