// Helpers for play functions: the elements render in shadow DOM, which the testing-library
// queries of storybook/test do not enter.
import type { LitElement } from 'lit';

/** The first element in `canvas` with this tag, once it has rendered. */
export async function element<T extends LitElement>(canvas: HTMLElement, tag: string): Promise<T> {
  const found = await until(() => canvas.querySelector<T>(tag));
  await found.updateComplete;
  return found;
}

/** `querySelector` in an element's shadow root, failing loudly when nothing matches. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

/** `querySelectorAll` in an element's shadow root. */
export function allInShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** Waits until `check` returns something truthy (or fails after `timeout` ms). */
export async function until<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`condition not met in ${timeout} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
