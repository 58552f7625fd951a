// <kl-municipality-card> as its users meet it: on a municipality's own page, put there by its
// web editor.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KlMunicipalityCard } from '@kl-digital/elements';
import { municipalPage } from '../support/pages.js';
import { element, inShadow } from '../support/shadow.js';

const meta = {
  title: 'In context/kl-municipality-card',
  component: 'kl-municipality-card',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Sorø's web editor shows the municipality's own entry under the page's h2, so the card's
 * heading is an h3; the name is written as the editor writes it.
 */
export const MunicipalPage: Story = {
  name: 'Municipal page',
  render: () =>
    municipalPage(
      html`<kl-municipality-card municipality="Sorø Kommune" heading-level="3"></kl-municipality-card>`,
      html`<p>Kortlægningen er lavet af KL. Kontakt KL, hvis oplysningerne om Sorø Kommune skal rettes.</p>`,
    ),
  play: async ({ canvasElement }) => {
    const card = await element<KlMunicipalityCard>(canvasElement, 'kl-municipality-card');
    const main = canvasElement.querySelector('main')!.getBoundingClientRect();
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(main.width);
    await expect(inShadow(card, '[part="heading"]').localName).toBe('h3');
    await expect(card.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
  },
};
