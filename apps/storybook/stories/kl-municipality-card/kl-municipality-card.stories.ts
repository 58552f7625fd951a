// <kl-municipality-card>: one story per kind of municipality and per state an editor can put the
// card in. Each story is also a test in Chromium (render, play, axe-core, console errors).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { COMMON_ARG_TYPES } from '../support/common-args.js';
import { expect, fn } from 'storybook/test';
import type { KlDenmarkMap, KlMunicipalityCard } from '@kl-digital/elements';
import { dataset } from '@kl-digital/core/dataset';
import { inColumn, onDarkPage } from '../support/frames.js';
import { dataStates } from '../support/data-states.js';
import { allInShadow, element, inShadow } from '../support/shadow.js';
import { HEADING_LEVEL_OPTIONS, renderMunicipalityCard, type MunicipalityCardArgs } from './kl-municipality-card.args.js';

const meta = {
  title: 'Elements/kl-municipality-card',
  component: 'kl-municipality-card',
  render: renderMunicipalityCard,
  args: {
    municipality: 'Sorø',
    onKlDataError: fn(),
  },
  argTypes: {
    'heading-level': { control: 'inline-radio', options: [...HEADING_LEVEL_OPTIONS] },
    ...COMMON_ARG_TYPES,
  },
} satisfies Meta<MunicipalityCardArgs>;

export default meta;
type Story = StoryObj<MunicipalityCardArgs>;

// ---- helpers for play functions -----------------------------------------------------------

const cardIn = ({ canvasElement }: { canvasElement: HTMLElement }) => element<KlMunicipalityCard>(canvasElement, 'kl-municipality-card');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
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
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="heading"]'))).toBe('Sorø Kommune');
    await expect(text(inShadow(card, '.category'))).toBe('Digitaliseringsprincipper');
    await expect(text(inShadow(card, '[part="example"] .highlight-title'))).toBe('7 principper for digitalisering');
    await expect((await locatorOf(card)).getAttribute('highlight')).toBe('0340');
  },
};

/** Esbjerg: a digitalisation policy, and its example with questions and answers. */
export const Esbjerg: Story = {
  name: 'Esbjerg: policy, with questions and answers',
  args: { municipality: 'Esbjerg' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="heading"]'))).toBe('Esbjerg Kommune');
    await expect(text(inShadow(card, '.answers-title'))).toBe('Spørgsmål og svar');
    await expect(allInShadow(card, '.answers dt').length).toBeGreaterThan(0);
  },
};

/** Vallensbæk: digitalisation as part of other strategies, the mapping's example of that. */
export const Vallensbaek: Story = {
  name: 'Vallensbæk: part of other strategies',
  args: { municipality: 'Vallensbæk Kommune' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Del af andre strategier');
  },
};

/** Solrød: not registered in the mapping, yet KL's example of having no strategy. */
export const Solroed: Story = {
  name: 'Solrød: not registered, with the example',
  args: { municipality: 'solrod' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Ikke registreret i kortlægningen');
    await expect(text(inShadow(card, '.not-registered'))).toBe('Kommunen står ikke i kortlægningens liste, men KL bruger den som eksempel nedenfor.');
    await expect(text(inShadow(card, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Ingen strategi');
  },
};

/** Ballerup: not registered; the honest text and KL's contact, no facts and no example. */
export const Ballerup: Story = {
  name: 'Ballerup: not registered',
  args: { municipality: 'Ballerup' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Ikke registreret i kortlægningen');
    await expect(allInShadow(card, '.facts')).toHaveLength(0);
    await expect(allInShadow(card, '[part="example"]')).toHaveLength(0);
    await expect(inShadow(card, '[part="contact"] a').getAttribute('href')).toBe(`mailto:${dataset.mapping.contact.email}`);
  },
};

/** A misspelt name: "Ukendt kommune" with the closest names suggested. */
export const UnknownMunicipality: Story = {
  name: 'Unknown municipality',
  args: { municipality: 'Sorrø' },
  play: async (context) => {
    const card = await cardIn(context);
    const problem = inShadow(card, '[role="status"]');
    await expect(text(problem)).toContain('Ingen kommune hedder "Sorrø"');
    await expect(text(allInShadow(card, '.suggestions li')[0])).toContain('Sorø');
    await expect(allInShadow(card, '[part="heading"]')).toHaveLength(0);
  },
};

/** Horsens 2021-2025, its status taken on 1 January 2022: current. */
export const HorsensCurrent: Story = {
  name: 'Horsens at 2022-01-01: current',
  args: { municipality: 'Horsens', 'as-of': '2022-01-01' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Gældende');
    await expect(text(inShadow(card, '.as-of'))).toBe('pr. 1. januar 2022');
  },
};

/** The same card on 1 June 2026: the period has ended. */
export const HorsensExpired: Story = {
  name: 'Horsens at 2026-06-01: expired',
  args: { municipality: 'Horsens', 'as-of': '2026-06-01' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '[part="badge"]'))).toBe('Udløbet');
    await expect(inShadow(card, '[part="badge"]').getAttribute('data-value')).toBe('expired');
  },
};

/** `heading-level="3"`: the card fits under a page's h2; its own sub-headings follow. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': '3' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(inShadow(card, '[part="heading"]').localName).toBe('h3');
    await expect(inShadow(card, '.example-title').localName).toBe('h4');
    await expect(inShadow(card, '.highlight-title').localName).toBe('h5');
  },
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: the card's texts in English, the source's own text kept and marked Danish. */
export const English: Story = {
  args: { lang: 'en' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(text(inShadow(card, '.region'))).toContain('Region Zealand');
    await expect(text(inShadow(card, '.category'))).toBe('Digitalisation principles');
    await expect(inShadow(card, '[part="example"] [lang="da"]')).toBeTruthy();
    await expect((await locatorOf(card)).getAttribute('lang')).toBe('en');
  },
};

/** `theme="dark"` on a dark page; the locator map follows. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  parameters: { layout: 'fullscreen' },
  play: async (context) => {
    const card = await cardIn(context);
    await expect(getComputedStyle(inShadow(card, '[part="base"]')).backgroundColor).not.toBe('rgb(255, 255, 255)');
    await expect((await locatorOf(card)).getAttribute('theme')).toBe('dark');
  },
};

/** The narrowest phone: the locator map goes under the text, nothing spills out. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [inColumn(320)],
  play: async (context) => {
    const card = await cardIn(context);
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(inShadow(card, '[part="base"]').scrollWidth).toBeLessThanOrEqual(320);
  },
};

// ---- loading and errors -------------------------------------------------------------------

const states = dataStates('kl-municipality-card');
export const Loading: Story = states.loading;
export const NotFound: Story = states.notFound;
