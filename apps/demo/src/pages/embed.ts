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
reportHeight();
