// The year control that sets `as-of`, shared by the timeline and the explorer: a labelled slider
// (`input type="range"`) over the years the periods name, whose value is announced with that
// year's counts; Page Up/Down move five years; the reader's choice is 31 December of the year.
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, localise, yearEnd, type Lang, type TimelineView } from '@kl-digital/core';
import type { AsOfChangeDetail } from './events/index.js';

/** Years the Page Up and Page Down keys move (the slider's own step there is a tenth of its range). */
export const PAGE_STEP = 5;

const texts = localise({
  label: { da: 'Vis status for året', en: 'Show the status for the year' },
  help: {
    da: 'Status pr. 31. december i året. Piletasterne skifter ét år, Page Up og Page Down fem.',
    en: 'Status as of 31 December of the year. The arrow keys move one year, Page Up and Page Down five.',
  },
  valueText: { da: (year: number, counts: string) => `${year}: ${counts}`, en: (year: number, counts: string) => `${year}: ${counts}` },
  summary: { da: (date: string, counts: string) => `Pr. ${date}: ${counts}.`, en: (date: string, counts: string) => `As of ${date}: ${counts}.` },
  before: {
    da: (date: string, first: number) => `${date} ligger før tidslinjens første år, ${first}.`,
    en: (date: string, first: number) => `${date} is before the timeline's first year, ${first}.`,
  },
  after: {
    da: (date: string, last: number) => `${date} ligger efter tidslinjens sidste år, ${last}; derefter ændrer ingen periode status.`,
    en: (date: string, last: number) => `${date} is after the timeline's last year, ${last}; no period changes status after it.`,
  },
});

/** The year control's texts in a language (the timeline's chart says its years the same way). */
export const yearControlTexts = (lang: Lang) => texts[lang];

/** The first and last year of a view with years. */
export function yearRange(view: TimelineView): [number, number] {
  return [view.years[0]!.year, view.years.at(-1)!.year];
}

/** The year the control shows: that of `as-of`, or the nearest year shown. */
export function shownYear(view: TimelineView): number {
  const [first, last] = yearRange(view);
  return Math.min(last, Math.max(first, view.asOf.year));
}

/** The reader's choice of `year` (kept within the years shown), or null where it is the year shown already. */
export function yearChoice(view: TimelineView, year: number): AsOfChangeDetail | null {
  if (view.years.length === 0) return null;
  const [first, last] = yearRange(view);
  const chosen = Math.min(last, Math.max(first, year));
  return chosen === view.asOf.year ? null : { asOf: yearEnd(chosen), year: chosen };
}

/**
 * The control for a view with years: `choose` gets the year the reader moved to (by arrow keys,
 * Home/End, Page Up/Down or the pointer), for the host to set `as-of` and to tell the page.
 */
export function renderYearControl(view: TimelineView, lang: Lang, choose: (year: number) => void): TemplateResult {
  const t = texts[lang];
  const [first, last] = yearRange(view);
  const year = shownYear(view);
  const date = formatDate(view.asOf.date, lang);
  const outside = view.asOf.position === 'before' ? t.before(date, first) : view.asOf.position === 'after' ? t.after(date, last) : null;
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = event.key === 'PageUp' ? 1 : event.key === 'PageDown' ? -1 : 0;
    if (!direction) return;
    event.preventDefault();
    choose(year + direction * PAGE_STEP);
  };
  return html`<div class="year-control no-print" part="control">
    <label for="year">${t.label}</label>
    <div class="slider">
      <input
        id="year"
        part="slider"
        type="range"
        min=${first}
        max=${last}
        step="1"
        .value=${live(String(year))}
        aria-valuetext=${t.valueText(year, view.years[year - first]!.text)}
        aria-describedby="year-help"
        @input=${(event: Event) => choose(Number((event.target as HTMLInputElement).value))}
        @keydown=${onKeyDown}
      />
      <span class="year-value" aria-hidden="true">${year}</span>
    </div>
    <p id="year-help" class="year-help">${t.help}</p>
    <p class="summary" part="summary">${t.summary(date, view.asOf.text)}</p>
    ${outside ? html`<p class="year-help outside">${outside}</p>` : nothing}
  </div>`;
}

/** The control's box, slider and texts. */
export const yearControlStyles = css`
  /* A control, not a card: the accent bar of a notice rather than the cards' border. */
  .year-control {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_raised);
  }
  .year-control p {
    margin: 0;
  }
  .year-control label {
    font-weight: 600;
  }
  .slider {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .slider input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .year-value {
    color: var(--_accent);
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .year-help {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    font-weight: 600;
    overflow-wrap: break-word;
  }
`;
