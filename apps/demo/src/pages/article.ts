// The article's few lines of page script: a municipality chosen on the map, in the link table or
// in the card's inspiration is selected on the map and in the table, and its card is shown beside
// the map. Only attributes and the elements' `kl-municipality-select` event are used, as any page
// could.
import type { MunicipalitySelectEvent } from '@kl-digital/elements';

const map = document.querySelector('#kort');
const table = document.querySelector('#tabel');
const place = document.querySelector('#valgt-plads');
const hint = document.querySelector<HTMLElement>('#valgt-hint');
let card: HTMLElement | undefined;

function select(code: string | null): void {
  for (const element of [map, table]) {
    if (code) element?.setAttribute('selected', code);
    else element?.removeAttribute('selected');
  }
  // The card is made on the first selection: before it, there is no municipality to show.
  if (code && !card) {
    card = document.createElement('kl-municipality-card');
    card.id = 'valgt-kort';
    card.setAttribute('theme', 'dark');
    card.setAttribute('heading-level', '4');
    // A neighbour chosen in the card's inspiration is chosen on the map and in the table too.
    card.addEventListener('kl-municipality-select', (event) => select((event as MunicipalitySelectEvent).detail.code));
    place?.append(card);
  }
  if (card) {
    if (code) card.setAttribute('municipality', code);
    card.hidden = !code;
  }
  if (hint) hint.hidden = Boolean(code);
}

for (const source of [map, table]) {
  source?.addEventListener('kl-municipality-select', (event) => select((event as MunicipalitySelectEvent).detail.code));
}
