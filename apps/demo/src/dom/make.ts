// Building DOM from data without HTML strings: what a page shows of user input or of a file
// goes in through setAttribute and textContent only, never innerHTML.

/** Creates an element with attributes and text, never from an HTML string. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}
