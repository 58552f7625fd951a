// <kl-municipality-card>: one story per kind of municipality and per state an editor can put the
// card in. Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect } from 'storybook/test';
import type { KlDenmarkMap } from '@kl-digital/elements';
import { dataset } from '@kl-digital/core/dataset';
import { dataStates } from '../support/data-states.js';
import { storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, textOf as text } from '../support/shadow.js';

const kit = storyKit('kl-municipality-card');
export default { title: 'Elements/kl-municipality-card', ...kit.meta({ municipality: 'Sorø' }) };
type Story = ElementStory<'kl-municipality-card'>;

// ---- helpers for play functions -----------------------------------------------------------

/** The locator map inside the card, once it has rendered. */
const locatorOf = async (card: Element) => {
  const map = inShadow<KlDenmarkMap>(card, 'kl-denmark-map');
  await map.updateComplete;
  return map;
};

// ---- the municipalities -------------------------------------------------------------------

/** Sorø: digitalisation principles, and the mapping's example of them with the seven principles. */
export const Soroe: Story = {
  name: 'Sorø: principles, with the example',
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="heading"]'))).toBe('Sorø Kommune');
    await expect(text(inShadow(card, '.category'))).toBe('Digitaliseringsprincipper');
    await expect(text(inShadow(card, '[part="example"] .highlight-title'))).toBe('7 principper for digitalisering');
    await expect((await locatorOf(card)).getAttribute('highlight')).toBe('0340');
  }),
};

/** Esbjerg: a digitalisation policy, and its example with questions and answers. */
export const Esbjerg: Story = {
  name: 'Esbjerg: policy, with questions and answers',
  args: { municipality: 'Esbjerg' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="heading"]'))).toBe('Esbjerg Kommune');
    await expect(text(inShadow(card, '.answers-title'))).toBe('Spørgsmål og svar');
    await expect(allInShadow(card, '.answers dt').length).toBeGreaterThan(0);
  }),
};

/** Vallensbæk: digitalisation as part of other strategies, the mapping's example of that. */
export const Vallensbaek: Story = {
  name: 'Vallensbæk: part of other strategies',
  args: { municipality: 'Vallensbæk Kommune' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Del af andre strategier');
  }),
};

/** Solrød: not in the mapping's list, but "Ingen strategi" by its example, which the card says it rests on. */
export const Solroed: Story = {
  name: 'Solrød: no strategy, by the mapping\'s example',
  args: { municipality: 'solrod' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '.category'))).toBe('Ingen strategi');
    await expect(text(inShadow(card, '.basis dd'))).toMatch(/^Et eksempel i kortlægningen, ikke dens liste: I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi/);
    await expect(allInShadow(card, '.not-registered')).toHaveLength(0);
    await expect(text(inShadow(card, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Ingen strategi');
  }),
};

/** Ballerup: not registered; the honest text and KL's contact, no facts and no example. */
export const Ballerup: Story = {
  name: 'Ballerup: not registered',
  args: { municipality: 'Ballerup' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Ikke registreret i kortlægningen');
    await expect(allInShadow(card, '.facts')).toHaveLength(0);
    await expect(allInShadow(card, '[part="example"]')).toHaveLength(0);
    await expect(inShadow(card, '[part="contact"] a').getAttribute('href')).toBe(`mailto:${dataset.mapping.contact.email}`);
  }),
};

/** A misspelt name: "Ukendt kommune" with the closest names suggested. */
export const UnknownMunicipality: Story = {
  name: 'Unknown municipality',
  args: { municipality: 'Sorrø' },
  play: kit.play(async (card) => {
    const problem = inShadow(card, '[role="status"]');
    await expect(text(problem)).toContain('Ingen kommune hedder "Sorrø"');
    await expect(text(allInShadow(card, '.suggestions li')[0])).toContain('Sorø');
    await expect(allInShadow(card, '[part="heading"]')).toHaveLength(0);
  }),
};

/** Horsens 2021-2025, its status taken on 1 January 2022: current. */
export const HorsensCurrent: Story = {
  name: 'Horsens at 2022-01-01: current',
  args: { municipality: 'Horsens', 'as-of': '2022-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Gældende');
    await expect(text(inShadow(card, '.as-of'))).toBe('pr. 1. januar 2022');
  }),
};

/** The same card on 1 June 2026: the period has ended. */
export const HorsensExpired: Story = {
  name: 'Horsens at 2026-06-01: expired',
  args: { municipality: 'Horsens', 'as-of': '2026-06-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Udløbet');
    await expect(inShadow(card, '[part="badge"]').getAttribute('data-value')).toBe('expired');
  }),
};

/** `heading-level="3"`: the card fits under a page's h2; its own sub-headings follow. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': '3' },
  play: kit.play(async (card) => {
    await expect(inShadow(card, '[part="heading"]').localName).toBe('h3');
    await expect(inShadow(card, '.example-title').localName).toBe('h4');
    await expect(inShadow(card, '.highlight-title').localName).toBe('h5');
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: the card's texts in English, the source's own text kept and marked Danish. */
export const English: Story = {
  args: { lang: 'en' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '.region'))).toContain('Region Zealand');
    await expect(text(inShadow(card, '.category'))).toBe('Digitalisation principles');
    await expect(inShadow(card, '[part="example"] [lang="da"]')).toBeTruthy();
    await expect((await locatorOf(card)).getAttribute('lang')).toBe('en');
  }),
};

/** `theme="dark"` on a dark page; the locator map follows. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  ...kit.darkTheme({ check: async (card) => expect((await locatorOf(card)).getAttribute('theme')).toBe('dark') }),
};

/** The narrowest phone: the locator map goes under the text, nothing spills out. */
export const Narrow: Story = { name: 'Narrow (320 px)', ...kit.narrow() };

// ---- loading and errors -------------------------------------------------------------------

const states = dataStates('kl-municipality-card');
export const Loading: Story = states.loading;
export const NotFound: Story = states.notFound;
