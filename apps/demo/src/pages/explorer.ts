// The explorer page's few lines: the timeline under the explorer marks the year chosen with the
// explorer's year control, and a click on one of the timeline's years chooses it in the explorer
// through the address (`#…&aar=2024`), the explorer's shareable state. Only attributes, the
// elements' events and the documented hash are used, as any page could.
import { yearEnd } from '@kl-digital/core';
import type { AsOfChangeEvent, ExplorerChangeEvent, KlStrategyExplorer } from '@kl-digital/elements';

const explorer = document.querySelector<KlStrategyExplorer>('kl-strategy-explorer');
const timeline = document.querySelector('#tidslinje');

/** The timeline shows the explorer's year; without one, both show `as-of` (today). */
function show(year: number | null): void {
  if (year === null) timeline?.removeAttribute('as-of');
  else timeline?.setAttribute('as-of', yearEnd(year));
}

// A shared link (`#aar=2018`) is read by the explorer when it is defined; later changes come as events.
void customElements.whenDefined('kl-strategy-explorer').then(() => explorer && show(explorer.state.year));
explorer?.addEventListener('kl-explorer-change', (event) => show((event as ExplorerChangeEvent).detail.year));

timeline?.addEventListener('kl-as-of-change', (event) => {
  // The explorer's other choices stay in the address; an anchor without a value (a skip link's `#indhold`) is not one of them.
  const params = new URLSearchParams([...new URLSearchParams(location.hash.slice(1))].filter(([, value]) => value !== ''));
  params.set('aar', String((event as AsOfChangeEvent).detail.year));
  location.hash = params.toString();
});
