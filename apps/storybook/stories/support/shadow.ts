// Helpers for play functions: the elements render in shadow DOM, which the testing-library
// queries of storybook/test do not enter.
import type { LitElement } from 'lit';
import { waitFor } from 'storybook/test';

/** The first element in `canvas` with this tag, once it has rendered. */
export async function element<T extends LitElement>(canvas: HTMLElement, tag: string): Promise<T> {
  const found = await until(() => canvas.querySelector<T>(tag));
  await found.updateComplete;
  return found;
}

/** `querySelectorAll` in an element's shadow root. */
export function allInShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The first match in an element's shadow root, failing loudly when nothing matches. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const [found] = allInShadow<E>(host, selector);
  if (found) return found;
  throw new Error(`nothing matches ${selector} in <${host.localName}>`);
}

/** What `check` returns once it is truthy (testing-library's waitFor, which fails after `timeout` ms). */
export function until<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  return waitFor(
    () => {
      const value = check();
      if (!value) throw new Error(`condition not met: ${check.toString()}`);
      return value as NonNullable<T>;
    },
    { timeout },
  );
}

/** A node's text with white space collapsed, as a reader sees it ('' for none). */
export const textOf = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
