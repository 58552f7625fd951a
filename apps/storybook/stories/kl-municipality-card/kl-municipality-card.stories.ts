// <kl-municipality-card>: one story per kind of municipality and per state an editor can put the
// card in. Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KlDenmarkMap } from '@kl-digital/elements';
import { dataset } from '@kl-digital/core/dataset';
import { dataStates } from '../support/data-states.js';
import { lastDetail, storyKit, type ElementStory } from '../support/element-stories.js';
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

/** The names in each group of the inspiration, with the group's heading. */
const inspiration = (card: Element) =>
  allInShadow(card, '.inspiration .group').map((group) => [text(group.querySelector('.group-title')), ...[...group.querySelectorAll('[part="other-link"]')].map((a) => text(a))]);

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

// ---- inspiration from other municipalities -------------------------------------------------

/**
 * Under Sorø's entry: the municipalities it borders (from the DAGI boundaries at build time) and
 * three with the same kind of document, each with form, period and status.
 */
export const Inspiration: Story = {
  name: 'Inspiration: neighbours and the same kind',
  args: { 'as-of': '2022-01-01' },
  play: kit.play(async (card) => {
    await expect(text(inShadow(card, '.inspiration-title'))).toBe('Inspiration fra andre kommuner');
    await expect(inspiration(card)).toEqual([
      ['Nabokommuner', 'Holbæk Kommune', 'Kalundborg Kommune', 'Næstved Kommune', 'Ringsted Kommune', 'Slagelse Kommune'],
      ['Samme slags dokument: Digitaliseringsprincipper', 'Odense Kommune', 'Brønderslev Kommune', 'Faxe Kommune'],
    ]);
    await expect(text(inShadow(card, '[part="other"][data-code="0329"] .other-facts'))).toBe('Form: Digitaliseringsstrategi for skoleområdet Periode: 2020-2023 Status: Gældende');
  }),
};

/** Samsø has no land border: the nearest municipalities, nearest first, and the card says so. */
export const Island: Story = {
  name: 'Inspiration: an island (Samsø), the nearest',
  args: { municipality: 'Samsø' },
  play: kit.play(async (card) => {
    await expect(inspiration(card)).toEqual([['Nærmeste kommuner', 'Odder Kommune', 'Syddjurs Kommune', 'Horsens Kommune']]);
    await expect(text(inShadow(card, '.nearest-note'))).toContain('Samsø Kommune har ingen landgrænse til en anden kommune.');
  }),
};

/** `card-url="/kommune/?kommune={code}"`: each municipality links to its own page on the host site. */
export const InspirationLinks: Story = {
  name: 'Inspiration: links by card-url',
  args: { 'card-url': '/kommune/?kommune={code}' },
  play: kit.play(async (card) => {
    const links = allInShadow<HTMLAnchorElement>(card, '[part="other-link"]');
    await expect(links.every((link) => link.localName === 'a')).toBe(true);
    await expect(inShadow(card, '[part="other"][data-code="0329"] a').getAttribute('href')).toBe('/kommune/?kommune=0329');
  }),
};

/** Without `card-url` the names are buttons: choosing one fires `kl-municipality-select` for the page to show it. */
export const ChooseNeighbour: Story = {
  name: 'Interaction: choose a neighbour',
  tags: ['!autodocs'],
  play: kit.play(async (card, { args }) => {
    await userEvent.click(inShadow(card, '[part="other"][data-code="0329"] button'));
    await waitFor(() => expect(args.onKlMunicipalitySelect).toHaveBeenCalledTimes(1));
    await expect(lastDetail(args.onKlMunicipalitySelect)).toEqual({ code: '0329', name: 'Ringsted' });
  }),
};

/** `inspiration="off"`: only the municipality's own entry, for a site that wants no more. */
export const InspirationOff: Story = {
  name: 'Inspiration off',
  args: { inspiration: 'off' },
  play: kit.play(async (card) => {
    await expect(allInShadow(card, '[part="inspiration"]')).toHaveLength(0);
  }),
};

/** "Foreslå en rettelse": a prefilled e-mail to the mapping's contact, with Sorø's entry as the mapping has it. */
export const SuggestCorrection: Story = {
  name: 'Suggest a correction',
  play: kit.play(async (card) => {
    const link = inShadow(card, '[part="correction"]');
    await expect(text(link)).toBe('Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)');
    const url = new URL(link.getAttribute('href')!);
    await expect(`${url.protocol}${url.pathname}`).toBe(`mailto:${dataset.mapping.contact.email}`);
    await expect(url.searchParams.get('subject')).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
    await expect(url.searchParams.get('body')).toContain('Form: Digitaliserings-principper');
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
