// The municipal page's few lines: read ?kommune= and hand it to the card as an attribute. The
// value is only ever set with setAttribute and textContent, never parsed as HTML. The card's
// inspiration links to this page for each other municipality (card-url="/kommune/?kommune={code}"),
// so the page also takes any municipality's four-digit code.
import { municipalityByCode } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';

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

// Only the selector's own values reach the card: a link is anyone's to write, and the card
// quotes what it is given ("Ingen kommune hedder …"), so any other text would be on the page.
const asked = new URLSearchParams(location.search).get('kommune')?.trim() || 'Esbjerg';
// A code the card links to is a known municipality's: the card never quotes it.
const linked = /^\d{4}$/.test(asked) ? municipalityByCode(places, asked) : undefined;
const written = Object.hasOwn(SITE_NAMES, asked) || linked ? asked : undefined;
const siteName = written ? (SITE_NAMES[written] ?? linked?.name) : undefined;

const card = document.querySelector('#kommune-kort');
if (written) card?.setAttribute('municipality', written);
else card?.removeAttribute('municipality');

const select = document.querySelector<HTMLSelectElement>('#kommune-valg');
if (select && written) {
  // A municipality reached by the card's links is added to the demo's choices, so the form says which page this is.
  if (![...select.options].some((option) => option.value === written)) select.add(new Option(`${written} (${siteName})`, written));
  select.value = written;
}

// The selector's own names go into the page's frame; anything else gets a neutral name.
for (const id of ['kommune-navn', 'kommune-navn-fod']) {
  const slot = document.getElementById(id);
  if (slot) slot.textContent = siteName ?? 'Din';
}
document.title = `Digitalisering – ${siteName ?? 'Din'} Kommune (demo)`;
