// <kl-key-figures> as its users meet it: in KL's own article about the mapping.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { inContext, onPage } from '../support/element-stories.js';
import { klDkArticle } from '../support/pages.js';
import { inShadow } from '../support/shadow.js';

export default { title: 'In context/kl-key-figures', tags: ['!autodocs'], ...inContext('kl-key-figures') };

/** KL's editor puts the published figures and the chart under the article's h2, so their headings are h3. */
export const KlDkArticle: StoryObj = {
  name: 'kl.dk article',
  ...onPage('kl-key-figures', klDkArticle(html`<kl-key-figures sections="published chart" heading-level="3" as-of="2021-06-01"></kl-key-figures>`), (figures) =>
    expect(inShadow(figures, '#published-heading').localName).toBe('h3'),
  ),
};
