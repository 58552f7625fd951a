// The municipal page's few lines: read ?kommune= and hand it to the card as an attribute. The
// value is only ever set with setAttribute and textContent, never parsed as HTML.

/** The site's own name for the options of the demo's selector (the card gets what was written). */
const SITE_NAMES: Record<string, string> = {
  Esbjerg: 'Esbjerg',
  'Sorø Kommune': 'Sorø',
  Vallensbæk: 'Vallensbæk',
  Solrød: 'Solrød',
  Aarhus: 'Aarhus',
  '0101': 'København',
  Ballerup: 'Ballerup',
  // The editor of Sorø's site misspelled the name in the attribute; the site is still Sorø's.
  Sorrø: 'Sorø',
};

const written = new URLSearchParams(location.search).get('kommune')?.trim() || 'Esbjerg';
const siteName = Object.hasOwn(SITE_NAMES, written) ? SITE_NAMES[written] : undefined;

document.querySelector('#kommune-kort')?.setAttribute('municipality', written);

const select = document.querySelector<HTMLSelectElement>('#kommune-valg');
if (select && siteName) select.value = written;

// Only the selector's own names go into the page's frame; anything else gets a neutral name.
for (const id of ['kommune-navn', 'kommune-navn-fod']) {
  const slot = document.getElementById(id);
  if (slot) slot.textContent = siteName ?? 'Din';
}
document.title = `Digitalisering – ${siteName ?? 'Din'} Kommune (demo)`;
