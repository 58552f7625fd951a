// <kl-strategy-table> as its users meet it: dropped into a kl.dk article by KL's editor.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { inContext, onPage } from '../support/element-stories.js';
import { klDkArticle } from '../support/pages.js';
import { allInShadow, inShadow } from '../support/shadow.js';

export default { title: 'In context/kl-strategy-table', tags: ['!autodocs'], ...inContext('kl-strategy-table') };

/**
 * KL's editor puts the table in the article column, under the map's heading: the column is
 * narrower than the seven columns need, so the rows stack as cards and nothing spills out.
 */
export const KlDkArticle: StoryObj = {
  name: 'kl.dk article',
  ...onPage('kl-strategy-table', klDkArticle(html`<kl-strategy-table heading="Kommunerne og deres dokumenter"></kl-strategy-table>`), async (table) => {
    await expect(allInShadow(table, 'tbody tr')).toHaveLength(65);
    await expect(inShadow(table, '[part="caption"] .heading').textContent).toBe('Kommunerne og deres dokumenter');
  }),
};
