// <kl-key-figures>: the whole element at a fixed date, each of its parts alone, and its states.
// Each story is also a test in Chromium (render, play, axe-core, console errors).
import { expect } from 'storybook/test';
import { KEY_FIGURE_SECTIONS, type KeyFigureSection, type KlKeyFigures } from '@kl-digital/elements';
import { dataStates } from '../support/data-states.js';
import { storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, textOf as text } from '../support/shadow.js';

const kit = storyKit('kl-key-figures');
// The counts depend on the date (what has expired); fixed, so the stories do not change with it.
export default { title: 'Elements/kl-key-figures', ...kit.meta({ 'as-of': '2021-06-01' }) };
type Story = ElementStory<'kl-key-figures'>;

// ---- helpers for play functions -----------------------------------------------------------

const sectionsShown = (figures: Element) => allInShadow(figures, 'section').map((s) => s.getAttribute('part'));

// ---- the whole, and each part alone -------------------------------------------------------

/** All four parts, counted on 1 June 2021: published figures, counted figures, the chart, the kinds. */
export const Default: Story = {
  name: 'Default, counted at 2021-06-01',
  play: kit.play(async (figures) => {
    await expect(sectionsShown(figures)).toEqual([...KEY_FIGURE_SECTIONS]);
    await expect(text(inShadow(figures, '.as-of'))).toBe('Talt pr. 1. juni 2021');
    await expect(text(inShadow(figures, '[part="counted-figure"][data-id="expired"] .number'))).toBe('13');
    await expect(allInShadow(figures, '[part="kind"]')).toHaveLength(5);
  }),
};

/** The play of a story that shows one part alone: only that part, then the part's own checks. */
const onlyPart = (section: KeyFigureSection, check: (figures: KlKeyFigures) => Promise<void>) =>
  kit.play(async (figures) => {
    await expect(sectionsShown(figures)).toEqual([section]);
    await check(figures);
  });

/** `sections="published"`: the five figures as KL published them, wording verbatim. */
export const Published: Story = {
  name: 'Published figures only',
  args: { sections: ['published'] },
  play: onlyPart('published', async (figures) => {
    await expect(allInShadow(figures, '[part="figure"]')).toHaveLength(5);
    await expect(text(inShadow(figures, '[part="figure"][data-id="none"]'))).toBe('27 af 98 kommuner har ingen digitaliseringsstrategi eller lignende');
    // The mapping's own paragraphs behind 55 ("Alle 98 kommuner arbejder strategisk …") and 35.
    await expect(allInShadow(figures, '[part="paragraph"] q[lang="da"]')).toHaveLength(2);
  }),
};

/** `sections="counted"`: what the mapping's entries count (its list and Solrød from its example), with a note on each. */
export const Counted: Story = {
  name: 'Counted figures only',
  args: { sections: ['counted'] },
  play: onlyPart('counted', async (figures) => {
    await expect(allInShadow(figures, '[part="counted-figure"]')).toHaveLength(5);
    await expect(allInShadow(figures, '[part="note"]').length).toBeGreaterThan(0);
  }),
};

/** `sections="chart"`: both series as bars, with a table of the numbers for screen readers. */
export const Chart: Story = {
  name: 'Chart only',
  args: { sections: ['chart'] },
  play: onlyPart('chart', async (figures) => {
    await expect(inShadow(figures, '[part="chart-svg"]').getAttribute('role')).toBe('img');
    await expect(allInShadow(figures, 'rect.bar')).toHaveLength(10);
    await expect(allInShadow(figures, '[part="table"] tbody tr')).toHaveLength(5);
  }),
};

/** `sections="kinds"`: the five kinds of strategic document with their traits. */
export const Kinds: Story = {
  name: 'Kinds of document only',
  args: { sections: ['kinds'] },
  play: onlyPart('kinds', async (figures) => {
    await expect(allInShadow(figures, '[part="kind"]').map((k) => k.getAttribute('data-id'))).toEqual([
      'strategy',
      'principles',
      'model-policy',
      'part-of-other',
      'none',
    ]);
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`: English texts, with KL's Danish wording kept beside the translation. */
export const English: Story = {
  args: { lang: 'en' },
  play: kit.play(async (figures) => {
    await expect(text(inShadow(figures, '.as-of'))).toBe('Counted as of 1 June 2021');
    await expect(inShadow(figures, '[part="figure"] .original q').getAttribute('lang')).toBe('da');
  }),
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', ...kit.darkTheme() };

/** The narrowest phone: figures, chart and kinds fit without scrolling sideways. */
export const Narrow: Story = { name: 'Narrow (320 px)', ...kit.narrow() };

// ---- errors -------------------------------------------------------------------------------

export const NotFound: Story = dataStates('kl-key-figures').notFound;
