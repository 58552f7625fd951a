// What every element's stories share, once: the meta (render, args and controls from the spec,
// see element-args.ts), a play function that gets the rendered element, and the stories each
// element has in the same shape (the dark theme, the narrowest phone, a page around it).
// A story file keeps its title, tags and story names literal: Storybook's indexer reads them
// from the source, and ignores what a spread adds.
import type { TemplateResult } from 'lit';
import type { Decorator, Parameters, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { argTypesFor, handlerArgs, renderElement, type ElementArgs, type ElementOf, type Tag } from './element-args.js';
import { inColumn, onDarkPage } from './frames.js';
import { element, inShadow } from './shadow.js';

export type ElementStory<T extends Tag> = StoryObj<ElementArgs<T>>;
type Context<T extends Tag> = StoryContext<ElementArgs<T>>;
type Play<T extends Tag> = (context: Context<T>) => Promise<void>;
type Check<T extends Tag> = (element: ElementOf<T>, context: Context<T>) => Promise<unknown>;

/**
 * A story of element `T` from its parts. (StoryObj of a generic element is a type TypeScript
 * cannot resolve inside the kit; each story file checks the result against its own element's.)
 */
const story = <T extends Tag>(annotations: { args?: ElementArgs<T>; decorators: Decorator[]; parameters?: Parameters; play: Play<T> }) =>
  annotations as unknown as ElementStory<T>;

/** The last detail a handler arg (a spy from `handlerArgs`) was called with. */
export function lastDetail<D>(handler: ((event: CustomEvent<D>) => void) | undefined): D {
  const calls = (handler as unknown as { mock: { calls: [CustomEvent<D>][] } }).mock.calls;
  return calls.at(-1)![0].detail;
}

/** The element is at most `width` CSS pixels wide and nothing in it spills out sideways. */
export async function fitsIn(host: Element, width: number): Promise<void> {
  const own = host.getBoundingClientRect().width;
  await expect(own).toBeLessThanOrEqual(width);
  await expect(inShadow(host, '[part="base"]').scrollWidth).toBeLessThanOrEqual(Math.ceil(own));
}

/**
 * The stories of one element. `ready` waits for what the element renders inside it (the list's
 * cards, the explorer's parts) before a play function looks.
 */
export function storyKit<T extends Tag>(tag: T, ready: (element: ElementOf<T>) => Promise<unknown> = async () => {}) {
  /** The element in the story's canvas, rendered. */
  const find = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<ElementOf<T>> => {
    const found = await element<ElementOf<T>>(canvasElement, tag);
    await ready(found);
    return found;
  };
  /** A play function that gets the rendered element and the story's context. */
  const play =
    (check: Check<T>): Play<T> =>
    async (context) => {
      await check(await find(context), context);
    };

  /** The element with the story's args (see renderElement). */
  const render = (args: ElementArgs<T>) => renderElement(tag, args);

  return {
    find,
    play,
    render,
    /** The meta of the element's stories (besides title and tags): render, args with a spy per event, controls. */
    meta: (args: Partial<ElementArgs<T>> = {}) => ({
      component: tag,
      render,
      args: { ...handlerArgs(tag), ...args },
      argTypes: argTypesFor(tag),
    }),
    /** `theme="dark"` on a dark page: the element's surface is not white, then `check`. */
    darkTheme: (options: { args?: ElementArgs<T>; check?: Check<T> } = {}) =>
      story<T>({
      args: { theme: 'dark', ...options.args } as ElementArgs<T>,
      decorators: [onDarkPage],
      parameters: { layout: 'fullscreen' },
      play: play(async (found, context) => {
        await expect(getComputedStyle(inShadow(found, '[part="base"]')).backgroundColor).not.toBe('rgb(255, 255, 255)');
        await options.check?.(found, context);
      }),
      }),
    /** The narrowest phone, 320 CSS pixels: the element fits and nothing spills out, then `check`. */
    narrow: (options: { args?: ElementArgs<T>; check?: Check<T> } = {}) =>
      story<T>({
      ...(options.args ? { args: options.args } : {}),
      decorators: [inColumn(320)],
      play: play(async (found, context) => {
        await fitsIn(found, 320);
        await options.check?.(found, context);
      }),
      }),
  };
}

/** The meta of an element's "in context" stories (besides title and tags): the page fills the canvas. */
export const inContext = (tag: Tag) => ({ component: tag, parameters: { layout: 'fullscreen' } });

/**
 * A story of a page with the element in its main column (`page`, from pages.ts): the first
 * `tag` in it fits the column and nothing spills out, then `check`.
 */
export function onPage<T extends Tag>(tag: T, page: TemplateResult, check: (element: ElementOf<T>, canvas: HTMLElement) => Promise<unknown> = async () => {}): StoryObj {
  return {
    render: () => page,
    play: async ({ canvasElement }) => {
      const found = await element<ElementOf<T>>(canvasElement, tag);
      await fitsIn(found, canvasElement.querySelector('main')!.getBoundingClientRect().width);
      await check(found, canvasElement);
    },
  };
}
