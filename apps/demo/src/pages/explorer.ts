// The explorer page's few lines: the timeline under the explorer follows the year chosen with the
// explorer's year control (also from a shared link, `#aar=2018`, and through Back and Forward).
// Only attributes and the explorer's state and events are used, as any page could.
import { yearEnd } from '@kl-digital/core';
import type { ExplorerChangeEvent, KlStrategyExplorer } from '@kl-digital/elements';

const explorer = document.querySelector<KlStrategyExplorer>('kl-strategy-explorer');
const timeline = document.querySelector('#tidslinje');

/** The timeline shows the explorer's year; without one, both show `as-of` (today). */
function show(year: number | null): void {
  if (year === null) timeline?.removeAttribute('as-of');
  else timeline?.setAttribute('as-of', yearEnd(year));
}

// The explorer reads the address when it is defined; later changes come as events.
void customElements.whenDefined('kl-strategy-explorer').then(() => explorer && show(explorer.state.year));
explorer?.addEventListener('kl-explorer-change', (event) => show((event as ExplorerChangeEvent).detail.year));
