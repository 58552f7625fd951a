// The error summary at the top of the page, as GOV.UK and the Danish design system (DKFDS) make
// it: how many errors, and each as a link that takes the focus to the field it is about.
import type { DataError } from '@kl-digital/core/build';
import { make } from '../dom/make.js';
import type { Messages } from './messages.js';

/** Where an error's link goes: the id of the field (or button) to focus; null for none. */
export type ErrorTarget = (error: DataError) => string | null;

/**
 * Fills `summary` (with `h2`, `p` and `ul` inside) with `errors`, or hides it. A link's click
 * calls `go` with the target id, which shows the field and focuses it.
 */
export function renderErrorSummary(
  summary: HTMLElement,
  errors: readonly DataError[],
  t: Messages,
  target: ErrorTarget,
  go: (id: string) => void
): void {
  summary.hidden = errors.length === 0;
  summary.querySelector('h2')!.textContent = t.summaryTitle(errors.length);
  summary.querySelector('p')!.textContent = t.summaryIntro;
  summary.querySelector('ul')!.replaceChildren(
    ...errors.map((error) => {
      const item = make('li');
      const id = target(error);
      // The build's words are English; the summary repeats them exactly.
      const text = make(id ? 'a' : 'span', id ? { href: `#${id}`, lang: 'en' } : { lang: 'en' }, error.message);
      if (id) {
        text.addEventListener('click', (event) => {
          event.preventDefault();
          go(id);
        });
      }
      item.append(text);
      return item;
    })
  );
}
