// The data states every element shares (a src that has not answered, one that answers 404, one
// whose JSON fails validation), as stories for any tag: one definition instead of a copy per element.
import { expect } from 'storybook/test';
import { dataset } from '@kl-digital/core/dataset';
import { element, until } from './shadow.js';
import { json, never, status, stubFetch } from './stub-fetch.js';

interface Context {
  canvasElement: HTMLElement;
  args: { onKlDataError?: unknown };
}

// A copy of the bundled dataset with two mistakes, as a hand-edited file might have.
const broken = structuredClone(dataset) as unknown as { municipalities: { code: string }[]; entries: { category: string }[] };
broken.municipalities[1]!.code = '101';
broken.entries[0]!.category = 'vision';

/** The loading, 404 and invalid-dataset stories of an element, each with its play function. */
export function dataStates(tag: string) {
  const url = (what: string) => `/stories/datasets/${tag}-${what}.json`;
  const shadowOf = async (context: Context, selector: string) => {
    const host = await element(context.canvasElement, tag);
    return until(() => host.shadowRoot?.querySelector(selector));
  };
  return {
    /** A `src` whose server has not answered yet. */
    loading: {
      args: { src: url('never-answers') },
      beforeEach: () => stubFetch(url('never-answers'), never),
      play: async (context: Context) => {
        const loading = await shadowOf(context, '[part="loading"]');
        await expect(loading.getAttribute('role')).toBe('status');
        await expect(loading.textContent).toContain('Henter data');
      },
    },
    /** A `src` that answers 404: the element says what went wrong and offers to try again. */
    notFound: {
      name: 'Error: 404',
      args: { src: url('missing') },
      beforeEach: () => stubFetch(url('missing'), status(404, 'Not Found')),
      parameters: { consoleErrors: { allow: ['Serveren svarede 404'] } },
      play: async (context: Context) => {
        const error = await shadowOf(context, '[part="error"]');
        await expect(error.getAttribute('role')).toBe('alert');
        await expect(error.textContent).toContain('Serveren svarede 404 Not Found');
        await expect(error.textContent).toContain(url('missing'));
        await expect(context.args.onKlDataError).toHaveBeenCalledTimes(1);
      },
    },
    /** A `src` whose JSON fails validation: each problem named by its path. */
    invalid: {
      name: 'Error: invalid dataset',
      args: { src: url('invalid') },
      beforeEach: () => stubFetch(url('invalid'), json(broken)),
      parameters: { consoleErrors: { allow: ['er ugyldigt'] } },
      play: async (context: Context) => {
        const error = await shadowOf(context, '[part="error"]');
        await expect(error.textContent).toContain('municipalities[1].code');
        await expect(error.textContent).toContain('entries[0].category');
      },
    },
  };
}
