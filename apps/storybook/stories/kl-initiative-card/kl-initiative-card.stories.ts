// <kl-initiative-card>: one story per initiative in the dataset and per state an editor can put
// the card in. Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect } from 'storybook/test';
import { dataset } from '@kl-digital/core/dataset';
import { storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, textOf as text } from '../support/shadow.js';

const kit = storyKit('kl-initiative-card');
export default { title: 'Elements/kl-initiative-card', ...kit.meta({ initiative: 'digital-handleplan-2016-2020' }) };
type Story = ElementStory<'kl-initiative-card'>;

// ---- helpers for play functions -----------------------------------------------------------

const titleOf = (id: string) => dataset.initiatives.find((i) => i.id === id)!.title;
/** The value of the fact whose term is `term`. */
const fact = (card: Element, term: string) =>
  text(allInShadow(card, '[part="facts"] dt').find((dt) => text(dt) === term)?.nextElementSibling);

// ---- the five initiatives -----------------------------------------------------------------

/** KL's network for digital policies (2021): a network announced in May 2021, without dates of its own. */
export const NetworkPolicies: Story = {
  name: 'Network: digital policies (2021)',
  args: { initiative: 'netvaerk-digitale-politikker-2021', 'as-of': '2022-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="heading"]'))).toBe(titleOf('netvaerk-digitale-politikker-2021'));
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Type: Netværk');
    await expect(fact(card, 'Offentliggjort')).toBe('11. maj 2021');
  }),
};

/** The joint municipal action plan 2016-2020, while it ran: 29 initiatives, its launch as a milestone, its examples of foundations. */
export const ActionPlan: Story = {
  name: 'Action plan 2016-2020 (running)',
  args: { initiative: 'digital-handleplan-2016-2020', 'as-of': '2018-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="status"]'))).toBe('Status: I gang');
    await expect(fact(card, 'Initiativer')).toBe('29 initiativer');
    await expect(inShadow(card, '.milestones time').getAttribute('datetime')).toBe('2016-05-25');
    await expect(text(inShadow(card, '[part="section"] .section-title'))).toBe('Fokus på fundamenter for digitalisering');
    await expect(allInShadow(card, '[part="section"] li')).toHaveLength(2);
  }),
};

/** The network on leading digitalisation (2017): meetings with dates and places, its questions, price, contact. */
export const NetworkLeadership: Story = {
  name: 'Network: leading digitalisation (2017)',
  args: { initiative: 'netvaerk-ledelse-af-digitalisering-2017', 'as-of': '2017-07-01' },
  play: kit.play(async (card) => {
    await expect(fact(card, 'Pris')).toBe('5.900 + moms');
    await expect(allInShadow(card, '[part="section"] li')).toHaveLength(8);
    await expect(allInShadow(card, '.milestones li').length).toBeGreaterThan(1);
    await expect(inShadow(card, '[part="contact"] a[href^="tel:"]').getAttribute('href')).toBe('tel:+4533703234');
  }),
};

/** The programme "Digitalt kompetente kommuner": its three tracks and its audience. */
export const Programme: Story = {
  name: 'Programme: digitally competent municipalities',
  args: { initiative: 'digitalt-kompetente-kommuner', 'as-of': '2022-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Type: Program');
    await expect(allInShadow(card, '.tracks li')).toHaveLength(3);
    await expect(fact(card, 'Målgruppe')).toContain('topledelser');
  }),
};

/** The mapping itself: KL's contact for corrections, by e-mail. */
export const Mapping: Story = {
  name: 'The mapping',
  args: { initiative: 'kortlaegning-digitale-strategier', 'as-of': '2022-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="heading"]'))).toBe(titleOf('kortlaegning-digitale-strategier'));
    await expect(inShadow(card, '[part="contact"] a').getAttribute('href')).toBe('mailto:stho@kl.dk');
  }),
};

/** An id that is not in the dataset: the card lists the ones that are. */
export const UnknownInitiative: Story = {
  name: 'Unknown initiative',
  args: { initiative: 'digital-handleplan-2020' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[role="status"]'))).toContain('Ukendt initiativ "digital-handleplan-2020"');
    await expect(allInShadow(card, '.known li')).toHaveLength(dataset.initiatives.length);
    await expect(allInShadow(card, '[part="heading"]')).toHaveLength(0);
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: labels, kinds, statuses and dates in English; the source's titles stay Danish. */
export const English: Story = {
  args: { lang: 'en', 'as-of': '2018-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Kind: Action plan');
    await expect(text(inShadow(card, '[part="status"]'))).toBe('Status: Running');
    await expect(fact(card, 'Initiatives')).toBe('29 initiatives');
    await expect(inShadow(card, '[part="heading"]').getAttribute('lang')).toBe('da');
  }),
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', ...kit.darkTheme({ args: { 'as-of': '2018-01-01' } }) };

/** The narrowest phone, with the card that has the most to show. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  ...kit.narrow({ args: { initiative: 'netvaerk-ledelse-af-digitalisering-2017', 'as-of': '2017-07-01' } }),
};
