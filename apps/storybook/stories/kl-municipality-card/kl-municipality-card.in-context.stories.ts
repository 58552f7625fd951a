// <kl-municipality-card> as its users meet it: on a municipality's own page, put there by its
// web editor.
import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { inContext, onPage } from '../support/element-stories.js';
import { municipalPage } from '../support/pages.js';
import { allInShadow, inShadow } from '../support/shadow.js';

export default { title: 'In context/kl-municipality-card', tags: ['!autodocs'], ...inContext('kl-municipality-card') };

/**
 * Sorø's web editor shows the municipality's own entry under the page's h2, so the card's
 * heading is an h3; the name is written as the editor writes it.
 */
export const MunicipalPage: StoryObj = {
  name: 'Municipal page',
  ...onPage(
    'kl-municipality-card',
    municipalPage(
      html`<kl-municipality-card municipality="Sorø Kommune" heading-level="3"></kl-municipality-card>`,
      html`<p>Kortlægningen er lavet af KL. Kontakt KL, hvis oplysningerne om Sorø Kommune skal rettes.</p>`,
    ),
    async (card) => {
      await expect(inShadow(card, '[part="heading"]').localName).toBe('h3');
      await expect(allInShadow(card, '[part="notice"]')).toHaveLength(0);
    },
  ),
};

/**
 * The same page with `card-url`: the neighbours and the municipalities with the same kind of
 * document link to the site's page for each of them (here, the demo's municipal page).
 */
export const MunicipalPageWithLinks: StoryObj = {
  name: 'Municipal page, inspiration linked',
  ...onPage(
    'kl-municipality-card',
    municipalPage(
      html`<kl-municipality-card municipality="Sorø Kommune" heading-level="3" card-url="/kommune/?kommune={code}"></kl-municipality-card>`,
      html`<p>Nabokommunerne og kommunerne med samme slags dokument linker til kommunens side på sitet.</p>`,
    ),
    async (card) => {
      await expect(inShadow(card, '.inspiration-title').localName).toBe('h4');
      await expect(inShadow(card, '[part="other"][data-code="0316"] a').getAttribute('href')).toBe('/kommune/?kommune=0316');
    },
  ),
};
