// Test helpers: mount markup in the page, wait for Lit, query shadow DOM, run axe-core.
import axe from 'axe-core';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';
import { cdp } from 'vitest/browser';
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Mounts `markup` in a fresh container (optionally of a given width) and waits for its first element to render. */
export async function fixture<T extends Element = LitElement>(markup: string, options: { width?: number } = {}): Promise<T> {
  const container = document.createElement('div');
  if (options.width) container.style.width = `${options.width}px`;
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  const element = container.firstElementChild as T;
  await (element as Partial<LitElement>).updateComplete;
  return element;
}

/** Removes everything `fixture` mounted. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** Waits until `check` returns a truthy value (or fails after `timeout` ms). */
export async function until<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`until: condition not met in ${timeout} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `querySelector` in an element's shadow root, failing loudly when nothing matches. */
export function shadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

/** `querySelectorAll` in an element's shadow root. */
export function shadowAll<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The axe-core violations in an element (WCAG 2.1 A and AA rules), as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * The hooks of an element's test file: console.warn captured before each test (an element warns
 * about bad attributes; `warned()` is the spy), and after each the fixtures removed and every
 * mock restored.
 */
export function useElementFixtures(): { warned: () => MockInstance<(...data: unknown[]) => void> } {
  let warn: MockInstance<(...data: unknown[]) => void>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return { warned: () => warn };
}

/** Every `fetch` answers `status` (a failing `src`), and the console's error about it is captured. */
export function failLoads(status = 404, statusText = 'Not Found'): void {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(window, 'fetch').mockResolvedValue(new Response('missing', { status, statusText }));
}

/** The element's error state, once it shows. */
export function errorState(element: Element): Promise<HTMLElement> {
  return until(() => element.shadowRoot?.querySelector<HTMLElement>('[part="error"]'));
}

/** A node of Chromium's accessibility tree: what a screen reader gets. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
}

/** Chromium's accessibility tree of the test's page (through the DevTools protocol), every node in order. */
export async function accessibilityTree(): Promise<AxNode[]> {
  type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
  type Value = { value?: unknown } | undefined;
  const session = cdp();
  await session.send('Accessibility.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: Frame };
  const frames: Frame['frame'][] = [];
  const walk = (tree: Frame) => {
    frames.push(tree.frame);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  // The tests run in vitest's iframe, the one whose address names the test file.
  const frame = frames.find((f) => f.url.includes('iframeId=')) ?? frames[0]!;
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: frame.id })) as {
    nodes: { role?: Value; name?: Value; description?: Value; ignored?: boolean }[];
  };
  const text = (value: Value) => String(value?.value ?? '');
  return nodes.map((n) => ({ role: text(n.role), name: text(n.name), description: text(n.description), ignored: Boolean(n.ignored) }));
}

/**
 * Lays the page out for print (CSS `@media print`) until the returned function is called, as
 * Chromium does when a reader prints. Call the function in a `finally`.
 */
export async function printMedia(): Promise<() => Promise<void>> {
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
  return async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  };
}

/**
 * What a download button saves, from now on: the Blobs given to `URL.createObjectURL` and the
 * `<a download>` elements clicked (the click itself is kept from starting a download).
 */
export function captureDownloads(): { blobs: Blob[]; clicked: HTMLAnchorElement[] } {
  const blobs: Blob[] = [];
  const clicked: HTMLAnchorElement[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return create(blob);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return { blobs, clicked };
}
