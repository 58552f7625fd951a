// <kl-strategy-timeline>: the strategies' statuses year by year at a fixed date, each part alone,
// the year control by keyboard and pointer, and the states. Each story is also a test in
// Chromium (render, play, axe-core, console errors).
import { expect, userEvent, waitFor } from 'storybook/test';
import { TIMELINE_SECTIONS } from '@kl-digital/elements';
import { dataStates } from '../support/data-states.js';
import { lastDetail, storyKit, type ElementStory } from '../support/element-stories.js';
import { allInShadow, inShadow, textOf as text } from '../support/shadow.js';

const kit = storyKit('kl-strategy-timeline');
// The chosen year follows the date; fixed, so the stories do not change with it.
export default { title: 'Elements/kl-strategy-timeline', ...kit.meta({ 'as-of': '2021-06-01' }) };
type Story = ElementStory<'kl-strategy-timeline'>;

// ---- helpers for play functions -----------------------------------------------------------

const slider = (timeline: Element) => inShadow<HTMLInputElement>(timeline, 'input[type="range"]');
/** The slider's accessible name: the text of its <label>. */
const sliderName = (timeline: Element) => text(slider(timeline).labels?.[0]);
const countsOf = (timeline: Element, year: number) =>
  Object.fromEntries(allInShadow<SVGRectElement>(timeline, `g.year[data-year="${year}"] rect.segment`).map((r) => [r.dataset.value, Number(r.dataset.count)]));

// ---- the whole, and each part alone -------------------------------------------------------

/** The year control and the chart at 1 June 2021: 2015 to 2032, the year 2021 marked. */
export const Default: Story = {
  name: 'Default, at 2021-06-01',
  play: kit.play(async (timeline) => {
    await expect(allInShadow(timeline, 'g.year')).toHaveLength(18);
    await expect(countsOf(timeline, 2021)).toEqual({ current: 31, expired: 13, unknown: 21, 'not-registered': 33 });
    await expect(allInShadow(timeline, 'g.year.selected').map((g) => g.dataset.year)).toEqual(['2021']);
    await expect(sliderName(timeline)).toBe('Vis status for året');
    await expect(slider(timeline).getAttribute('aria-valuetext')).toBe(
      '2021: 31 gældende, 13 udløbet, 0 endnu ikke gældende, 21 status ukendt og 33 ikke registreret i kortlægningen',
    );
    await expect(inShadow(timeline, '[part="chart"]').getAttribute('role')).toBe('img');
  }),
};

/** `sections="control"`: the year slider and the chosen year's counts alone, as the explorer shows it. */
export const ControlOnly: Story = {
  name: 'Year control only',
  args: { sections: ['control'] },
  play: kit.play(async (timeline) => {
    await expect(allInShadow(timeline, '[part="control"]')).toHaveLength(1);
    await expect(allInShadow(timeline, '[part="chart"], [part="heading"]')).toHaveLength(0);
  }),
};

/** `sections="chart"`: the chart, its table and the download, without the control (a fixed figure in an article). */
export const ChartOnly: Story = {
  name: 'Chart only',
  args: { sections: ['chart'] },
  play: kit.play(async (timeline) => {
    await expect(allInShadow(timeline, '[part="control"]')).toHaveLength(0);
    await expect(allInShadow(timeline, '[part="table"] tbody tr')).toHaveLength(18);
    await expect([...TIMELINE_SECTIONS]).toContain('chart');
  }),
};

// ---- interaction --------------------------------------------------------------------------

/**
 * The keyboard: Page Down and Page Up move five years (the element's own keys); the arrow keys
 * and Home/End are the slider's own, whose change is an `input` event, sent here as they send it
 * (the element tests press them in Chromium). Each choice sets `as-of` to 31 December and fires
 * `kl-as-of-change`.
 */
export const Keyboard: Story = {
  name: 'Interaction: keyboard',
  tags: ['!autodocs'],
  play: kit.play(async (timeline, { args }) => {
    slider(timeline).focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(timeline.getAttribute('as-of')).toBe('2016-12-31'));
    await expect(lastDetail(args.onKlAsOfChange)).toEqual({ asOf: '2016-12-31', year: 2016 });
    await userEvent.keyboard('{PageUp}');
    await waitFor(() => expect(slider(timeline).value).toBe('2021'));
    slider(timeline).value = '2032';
    slider(timeline).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => expect(timeline.getAttribute('as-of')).toBe('2032-12-31'));
    await expect(slider(timeline).getAttribute('aria-valuetext')).toMatch(/^2032: 5 gældende, 39 udløbet/);
    await expect(args.onKlAsOfChange).toHaveBeenCalledTimes(3);
    await expect(allInShadow(timeline, 'g.year.selected').map((g) => g.dataset.year)).toEqual(['2032']);
  }),
};

/** The button shows the numbers as a table; the download button saves them as CSV. */
export const Table: Story = {
  name: 'Interaction: the numbers as a table',
  tags: ['!autodocs'],
  play: kit.play(async (timeline) => {
    const toggle = inShadow<HTMLButtonElement>(timeline, '[part="table-toggle"]');
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await expect(getComputedStyle(inShadow(timeline, '[part="table"]')).display).not.toBe('none');
    await expect(allInShadow(timeline, 'tbody tr[aria-current="true"]').map((tr) => tr.dataset.year)).toEqual(['2021']);
    await expect(timeline.csv().split('\r\n')).toContain('2021;2021-12-31;31;13;0;21;33;98');
  }),
};

// ---- language, theme, width ---------------------------------------------------------------

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: kit.play(async (timeline) => {
    await expect(sliderName(timeline)).toBe('Show the status for the year');
    await expect(text(inShadow(timeline, '[part="summary"]'))).toMatch(/^As of 1 June 2021: 31 current/);
  }),
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', ...kit.darkTheme() };

/** The narrowest phone: every fifth year is labelled, and nothing spills out sideways. */
export const Narrow: Story = { name: 'Narrow (320 px)', ...kit.narrow() };

// ---- errors -------------------------------------------------------------------------------

export const NotFound: Story = dataStates('kl-strategy-timeline').notFound;
