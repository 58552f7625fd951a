// <kl-strategy-timeline> as its users meet it: in KL's own article about the mapping.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { inContext, onPage } from '../support/element-stories.js';
import { klDkArticle } from '../support/pages.js';
import { inShadow } from '../support/shadow.js';

export default { title: 'In context/kl-strategy-timeline', tags: ['!autodocs'], ...inContext('kl-strategy-timeline') };

/** KL's editor puts the timeline under the article's h2, so its heading is an h3. */
export const KlDkArticle: StoryObj = {
  name: 'kl.dk article',
  ...onPage('kl-strategy-timeline', klDkArticle(html`<kl-strategy-timeline heading-level="3" as-of="2021-06-01"></kl-strategy-timeline>`), (timeline) =>
    expect(inShadow(timeline, '[part="heading"]').localName).toBe('h3'),
  ),
};
