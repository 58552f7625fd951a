// The iframe page, /embed/?el=kl-denmark-map&color-by=status, for sites whose editor strips
// scripts: builds the element the address names (../embed/element-from-query.ts) and reports the
// page's height to the page around it (../embed/report-height.ts). The prerendered pages
// (/embed/<tag>/, ../embed/prerendered-pages.ts) are this page with their element already in it:
// they only report their height, and never load what builds an element from the address.
import { reportHeight } from '../embed/report-height.js';

const root = document.getElementById('embed-root')!;
if (!root.firstElementChild) {
  void import('../embed/element-from-query.js').then(({ elementFromQuery }) => elementFromQuery(root, new URLSearchParams(location.search)));
}

// No host page hears the card's choice inside the iframe: a municipality chosen in its
// inspiration is shown in its place (the card then puts the focus on its name). On the ?el= page
// and on the prerendered card pages alike.
root.addEventListener('kl-municipality-select', (event) => {
  const card = event.target as HTMLElement;
  if (card.localName === 'kl-municipality-card' && event.detail.code) card.setAttribute('municipality', event.detail.code);
});
reportHeight();
