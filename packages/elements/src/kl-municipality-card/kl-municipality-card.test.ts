import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '@kl-digital/core/dataset';
import { PALETTE } from '../shared/palette.js';
import type { MunicipalitySelectEvent } from '../shared/events/index.js';
import { accessibilityTree, axeViolations, fixture, shadow, shadowAll, until, useElementFixtures, failLoads, errorState } from '../test-support/fixture.js';
import './kl-municipality-card.js';
import type { KlMunicipalityCard } from './kl-municipality-card.component.js';
import type { KlDenmarkMap } from '../kl-denmark-map/kl-denmark-map.component.js';

const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const card = (attributes: string, options: { width?: number } = {}) =>
  fixture<KlMunicipalityCard>(`<kl-municipality-card ${attributes}></kl-municipality-card>`, options);
const locatorOf = (el: KlMunicipalityCard) => shadow<KlDenmarkMap>(el, '[part="locator"] kl-denmark-map');
/** The value of a fact of the card's list (`Form`, `Periode`, ...). */
const fact = (el: KlMunicipalityCard, term: string) => {
  const row = shadowAll(el, '.facts > div').find((div) => text(div.querySelector('dt')) === term);
  return text(row?.querySelector('dd'));
};

const { warned } = useElementFixtures();

describe('<kl-municipality-card> finding the municipality', () => {
  it.each(['Sorø', 'Sorø Kommune', 'soroe', '0340', '340', '  SORØ  '])('municipality="%s" shows Sorø Kommune', async (spelling) => {
    const el = await card(`municipality="${spelling}" as-of="2022-01-01"`);
    expect(text(shadow(el, '[part="heading"]'))).toBe('Sorø Kommune');
    expect(locatorOf(el).getAttribute('highlight')).toBe('0340');
  });

  it('an unknown name shows "Ukendt kommune" with Sorø suggested, as a status, and warns on the console', async () => {
    const el = await card('municipality="Sorrø"');
    const problem = shadow(el, '[role="status"]');
    expect(text(problem)).toContain('Ukendt kommune');
    expect(text(problem)).toContain('"Sorrø"');
    expect(shadowAll(el, '.suggestions li').map((li) => text(li))[0]).toContain('Sorø');
    expect(el.shadowRoot!.querySelector('[part="heading"]')).toBeNull();
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ukendt kommune "Sorrø" i municipality. Mente du Sorø'));
  });

  it('a missing municipality attribute tells the editor which attribute to set, on the console; the card says no municipality is given', async () => {
    const el = await card('');
    expect(text(shadow(el, '[role="status"]'))).toContain('Siden angiver ikke, hvilken kommune kortet skal vise.');
    expect(text(shadow(el, '[role="status"]'))).not.toContain('attribut');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('<kl-municipality-card>: Angiv en kommune i attributten municipality'));
  });

  it('changing the municipality attribute shows the new municipality', async () => {
    const el = await card('municipality="Sorø"');
    el.setAttribute('municipality', 'Esbjerg');
    await el.updateComplete;
    expect(text(shadow(el, '[part="heading"]'))).toBe('Esbjerg Kommune');
    expect(locatorOf(el).getAttribute('highlight')).toBe('0561');
  });
});

describe('<kl-municipality-card> a registered municipality', () => {
  it('Sorø shows its region, form as written, and the principles category with its explanation', async () => {
    const el = await card('municipality="Sorø" as-of="2022-01-01"');
    expect(text(shadow(el, '.region'))).toContain('Region Sjælland');
    expect(fact(el, 'Form')).toBe('Digitaliserings-principper');
    expect(text(shadow(el, '.category'))).toBe('Digitaliseringsprincipper');
    expect(text(shadow(el, '.description'))).toBe(dataset.categories.find((c) => c.id === 'principles')!.description.da);
  });

  it('"Hvorfor denne kategori" opens the category rule\'s reason', async () => {
    const el = await card('municipality="Sorø"');
    const details = shadow<HTMLDetailsElement>(el, 'details.why');
    expect(text(details.querySelector('summary'))).toBe('Hvorfor denne kategori');
    expect(details.open).toBe(false);
    expect(text(details.querySelector('p'))).toBe('Formen er digitaliseringsprincipper.');
  });

  it('in English, "Why this category" says in English that the reason is the editors\' own, in Danish, and marks it Danish', async () => {
    const el = await card('municipality="Sorø" lang="en"');
    const details = shadow<HTMLDetailsElement>(el, 'details.why');
    expect(text(details.querySelector('summary'))).toBe('Why this category');
    const reason = details.querySelector('p[lang="da"]')!;
    expect(text(reason)).toBe('Formen er digitaliseringsprincipper.');
    const note = [...details.querySelectorAll('p')].find((p) => !p.hasAttribute('lang'))!;
    expect(text(note)).toBe("The reason above is the mapping editors' own, in Danish.");
  });

  it("Sorø shows the mapping's example: the seven principles and the quote as a blockquote", async () => {
    const el = await card('municipality="Sorø"');
    const example = shadow(el, '[part="example"]');
    expect(text(example.querySelector('blockquote'))).toBe(
      'At arbejde efter nogle principper er en mere agil måde at arbejde med digitalisering på',
    );
    expect(text(example)).toContain('PRINCIPPER OG PEJLEMÆRKER');
    expect(text(example)).toContain('I Sorø Kommune arbejder man med digitalisering ud fra principper.');
    expect(text(example.querySelector('.highlight-title'))).toBe('7 principper for digitalisering');
    const principles = [...example.querySelectorAll('.highlight li')].map((li) => text(li));
    expect(principles).toHaveLength(7);
    expect(principles[0]).toBe('Digitalisering skal skabe værdi');
    expect(principles[6]).toBe('En god oplevelse for brugeren');
  });

  it('Esbjerg shows its vision and its questions and answers', async () => {
    const el = await card('municipality="Esbjerg"');
    const example = shadow(el, '[part="example"]');
    const titles = [...example.querySelectorAll('.highlight-title')].map((h) => text(h));
    expect(titles).toEqual(['Vision', 'Opbygning']);
    expect(text(example)).toContain('Sammenhængende digitalisering gør os til en smart og effektiv kommune');
    const questions = [...example.querySelectorAll('.answers dt')].map((dt) => text(dt));
    expect(questions).toEqual(['Hvorfor har I valgt at have en digitaliseringspolitik?', 'Hvad betyder det for arbejdet med digitalisering?']);
    expect(text(example.querySelector('.answers dd'))).toContain('revideret udgave af vores eksisterende digitaliseringspolitik');
  });

  it('Vallensbæk shows its example as a part of other strategies', async () => {
    const el = await card('municipality="Vallensbæk"');
    expect(text(shadow(el, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Del af andre strategier');
  });

  it('a municipality without an example has no example section', async () => {
    const el = await card('municipality="Odder"');
    expect(el.shadowRoot!.querySelector('[part="example"]')).toBeNull();
  });

  it('Odder and Ishøj link to their documents over https, with the link text verbatim', async () => {
    const odder = await card('municipality="Odder"');
    const link = shadow<HTMLAnchorElement>(odder, 'a[part="link"]');
    expect(link.href).toBe('https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf');
    expect(link.textContent).toBe('https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf');
    const ishoj = await card('municipality="Ishøj"');
    const ishojLink = shadow<HTMLAnchorElement>(ishoj, 'a[part="link"]');
    expect(new URL(ishojLink.href).protocol).toBe('https:');
    expect(ishojLink.href).toContain('https://ishoj.dk/api/sbsys/attachment/');
    expect(ishojLink.textContent).toBe(dataset.entries.find((e) => e.code === '0183')!.linkText);
    expect(ishoj.shadowRoot!.textContent).not.toContain('Kilden angiver ingen adresse');
  });

  it('Allerød shows its link text without a link and says the source gives no address', async () => {
    const el = await card('municipality="Allerød"');
    expect(el.shadowRoot!.querySelector('a[part="link"]')).toBeNull();
    expect(fact(el, 'Dokument')).toBe('Notat 2020 (alleroed.dk) Kilden angiver ingen adresse');
  });

  it('Horsens, with no link text at all, says "Ikke angivet" and that the source gives no address', async () => {
    const el = await card('municipality="Horsens"');
    expect(fact(el, 'Dokument')).toBe('Ikke angivet Kilden angiver ingen adresse');
  });

  it('the period is shown as written, and "Ikke angivet" where the source has "-"', async () => {
    expect(fact(await card('municipality="Horsens"'), 'Periode')).toBe('2021-2025');
    expect(fact(await card('municipality="Sorø"'), 'Periode')).toBe('Ikke angivet');
  });

  it('the status badge is taken at as-of: Horsens 2021-2025 is "Gældende" at 2022-01-01 and "Udløbet" at 2026-06-01', async () => {
    const el = await card('municipality="Horsens" as-of="2022-01-01"');
    const badge = shadow(el, '[part="badge"]');
    expect(text(badge)).toBe('Gældende');
    expect(badge.getAttribute('data-value')).toBe('current');
    expect(fact(el, 'Status')).toBe('Gældende pr. 1. januar 2022');
    el.setAttribute('as-of', '2026-06-01');
    await el.updateComplete;
    expect(text(shadow(el, '[part="badge"]'))).toBe('Udløbet');
    expect(fact(el, 'Status')).toContain('pr. 1. juni 2026');
  });

  it('an invalid as-of shows a notice and uses today', async () => {
    const el = await card('municipality="Horsens" as-of="i går"');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Ugyldig dato "i går"; dagens dato bruges.');
  });

  it("KL's contact line for corrections is the mapping's sentence with the e-mail as a mailto: link", async () => {
    const el = await card('municipality="Sorø"');
    const contact = shadow(el, '[part="contact"]');
    expect(text(contact)).toBe(dataset.mapping.contact.text);
    expect(contact.querySelector('a')!.getAttribute('href')).toBe('mailto:stho@kl.dk');
  });
});

describe('<kl-municipality-card> a municipality not in the mapping\'s list', () => {
  it('Ballerup gets the honest text, a "not registered" badge and the contact, and no facts', async () => {
    const el = await card('municipality="0151"');
    expect(text(shadow(el, '[part="heading"]'))).toBe('Ballerup Kommune');
    expect(text(shadow(el, '.not-registered'))).toBe(
      "Kommunen er ikke registreret i KL's kortlægning. Det betyder ikke nødvendigvis, at den ikke har en strategi.",
    );
    expect(text(shadow(el, '[part="badge"]'))).toBe('Ikke registreret i kortlægningen');
    expect(shadow(el, '[part="contact"] a').getAttribute('href')).toBe('mailto:stho@kl.dk');
    expect(el.shadowRoot!.querySelector('.facts')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part="example"]')).toBeNull();
    expect(locatorOf(el).getAttribute('highlight')).toBe('0151');
  });

  it('Solrød is "Ingen strategi" by the mapping\'s example, not "ikke registreret": the card says so, where it comes from, the sentence and why', async () => {
    const el = await card('municipality="Solrød" as-of="2022-01-01"');
    expect(el.shadowRoot!.querySelector('.not-registered')).toBeNull();
    expect(text(shadow(el, '.category'))).toBe('Ingen strategi');
    expect(fact(el, 'Grundlag')).toBe(
      "Et eksempel i kortlægningen, ikke dens liste: I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi, men arbejder i stedet efter KL's samt den fælles offentlige digitaliseringsstrategi.",
    );
    expect(shadow(el, '.basis q.evidence').getAttribute('lang')).toBe('da');
    expect(fact(el, 'Form')).toBe('');
    expect(fact(el, 'Periode')).toBe('Ikke angivet');
    expect(text(shadow(el, '[part="badge"]'))).toBe('Status ukendt');
    expect(text(shadow(el, 'details.why p'))).toContain('Listen har ingen række for Solrød, så eksemplet er kilden til kommunens registrering.');
    const example = shadow(el, '[part="example"]');
    expect(text(example.querySelector('.kicker'))).toBe('Kortlægningens eksempel på: Ingen strategi');
    expect(text(example.querySelector('blockquote'))).toBe('Vi er ikke ‘first movers’ på den digitale udvikling, men lader os inspirere af andre');
    expect(example.querySelectorAll('.answers dt')).toHaveLength(2);
    expect(example.querySelector('.highlight')).toBeNull();
  });
});

describe('<kl-municipality-card> the reviewed category rules (data/category-rules.csv)', () => {
  const BREADTH = 'Mange kommuner har omvendt en digitaliseringsstrategi rettet mod et bestemt område – enten en særskilt strategi eller et tema i en fælles digitaliseringsstrategi.';
  const why = (el: KlMunicipalityCard) => text(shadow(el, 'details.why p'));

  it.each([
    ['Ringsted', 'Digitaliseringsstrategi for skoleområdet'],
    ['Ishøj', 'Strategi for digitalisering af undervisning'],
  ])('%s\'s strategy for one field is a "Digitaliseringsstrategi", by the mapping\'s sentence on breadth', async (municipality, form) => {
    const el = await card(`municipality="${municipality}"`);
    expect(fact(el, 'Form')).toBe(form);
    expect(text(shadow(el, '.category'))).toBe('Digitaliseringsstrategi');
    expect(why(el)).toContain(`"${BREADTH}"`);
    expect(why(el)).not.toMatch(/^Redaktionens vurdering/);
  });

  it("Assens' welfare technology is a strategy as Hjørring's and Ikast-Brande's are, and the reason says it is the editors' judgement", async () => {
    const el = await card('municipality="Assens"');
    expect(text(shadow(el, '.category'))).toBe('Digitaliseringsstrategi');
    expect(why(el)).toMatch(/^Redaktionens vurdering: /);
    expect(why(el)).toContain('ligesom Hjørrings og Ikast-Brandes dokumenter for digitalisering og velfærdsteknologi');
    expect(why(el)).toContain('At velfærdsteknologi hører under digitalisering, siger kortlægningen ikke.');
  });

  it.each(['Esbjerg', 'Horsens'])("%s' digitalisation policy is a strategy, by the mapping's words on Esbjerg's policy, as the editors' judgement", async (municipality) => {
    const el = await card(`municipality="${municipality}"`);
    expect(fact(el, 'Form')).toBe('Digitaliseringspolitik');
    expect(text(shadow(el, '.category'))).toBe('Digitaliseringsstrategi');
    expect(why(el)).toMatch(/^Redaktionens vurdering: en digitaliseringspolitik regnes som en digitaliseringsstrategi\./);
    expect(why(el)).toContain('"bygget om visioner, pejlemærker og temaer, som en klassisk digitaliseringsstrategi"');
  });

  it("Esbjerg's example is the mapping's example of a strategy, as its entry is", async () => {
    const el = await card('municipality="Esbjerg"');
    expect(text(shadow(el, '[part="example"] .kicker'))).toBe('Kortlægningens eksempel på: Digitaliseringsstrategi');
  });

  it.each([
    ['Struer', 'Redaktionens vurdering: en IT-strategi regnes som en digitaliseringsstrategi. Kortlægningen angiver kun formen og perioden og siger ikke, hvad strategien omfatter.'],
    ['Aarhus', 'Redaktionens vurdering: formen er en strategi under navnet "Smart Aarhus", som redaktionen læser som en strategi for digitalisering og teknologi. Kortlægningen angiver kun formen og perioden og siger ikke, hvad strategien omfatter.'],
  ])('%s\'s reason claims nothing the mapping does not say, and says it is the editors\' judgement', async (municipality, reason) => {
    const el = await card(`municipality="${municipality}"`);
    expect(why(el)).toBe(reason);
  });

  it.each(['Norddjurs', 'Middelfart', 'Lemvig', 'Hjørring', 'Ikast-Brande', 'Frederiksberg', 'Struer', 'Aarhus'])(
    '%s\'s reason does not call its document "samlet", "selvstændig" or "tværgående"',
    async (municipality) => {
      const el = await card(`municipality="${municipality}"`);
      expect(why(el)).not.toBe('');
      expect(why(el)).not.toMatch(/samlet|selvstændig|tværgående/i);
    },
  );
});

describe('<kl-municipality-card> an entry from the mapping\'s text, in English', () => {
  it('Solrød in English says "Basis: An example in the mapping, not its list" and keeps the sentence Danish', async () => {
    const el = await card('municipality="Solrød" lang="en"');
    expect(text(shadow(el, '.category'))).toBe('No strategy');
    expect(fact(el, 'Basis')).toMatch(/^An example in the mapping, not its list: I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi/);
    expect(shadow(el, '.basis q').getAttribute('lang')).toBe('da');
  });
});

describe('<kl-municipality-card> locator map', () => {
  it('renders the shared map as a locator with the municipality highlighted and the same data, language and date', async () => {
    const el = await card('municipality="Sorø" as-of="2022-01-01" lang="en" theme="dark"');
    const map = locatorOf(el);
    expect(map.localName).toBe('kl-denmark-map');
    expect(map.getAttribute('variant')).toBe('locator');
    expect(map.getAttribute('highlight')).toBe('0340');
    expect(map.getAttribute('as-of')).toBe('2022-01-01');
    expect(map.getAttribute('lang')).toBe('en');
    expect(map.getAttribute('theme')).toBe('dark');
    // The card's own parts of the bundled dataset, handed on as they are (the same arrays, not a copy).
    for (const part of ['municipalities', 'entries', 'categories'] as const) expect(map.dataset[part]).toBe(dataset[part]);
    expect(map.getAttribute('heading')).toBe('Sorø Kommune highlighted on the map of the Danish municipalities');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('svg')).not.toBeNull();
  });

  it('sits beside the text on a wide card and takes the full width on a narrow one', async () => {
    const wide = await card('municipality="Sorø"', { width: 900 });
    expect(shadow(wide, '[part="locator"]').getBoundingClientRect().width).toBeCloseTo(192, 0);
    const narrow = await card('municipality="Sorø"', { width: 320 });
    const base = shadow(narrow, '[part="base"]').getBoundingClientRect();
    expect(shadow(narrow, '[part="locator"]').getBoundingClientRect().width).toBeGreaterThan(base.width * 0.8);
  });
});

describe('<kl-municipality-card> heading level, language, theme, data', () => {
  it('heading-level="3" makes the name an h3 and the example headings h4 and h5', async () => {
    const el = await card('municipality="Sorø" heading-level="3"');
    expect(shadow(el, '[part="heading"]').localName).toBe('h3');
    expect(shadow(el, '.example-title').localName).toBe('h4');
    expect(shadow(el, '.highlight-title').localName).toBe('h5');
  });

  it('the default heading level is 2, and heading-level="6" keeps sub-headings at h6', async () => {
    expect(shadow(await card('municipality="Sorø"'), '[part="heading"]').localName).toBe('h2');
    const deep = await card('municipality="Sorø" heading-level="6"');
    expect(shadow(deep, '.example-title').localName).toBe('h6');
  });

  it('an invalid heading-level shows a notice and uses h2', async () => {
    const el = await card('municipality="Sorø" heading-level="1"');
    expect(text(shadow(el, '[part="notice"]'))).toContain('Den ukendte værdi "1" bruges ikke.');
    expect(shadow(el, '[part="heading"]').localName).toBe('h2');
  });

  it('speaks English with lang="en", keeping the Danish source text marked as Danish', async () => {
    const el = await card('municipality="Sorø" lang="en" as-of="2022-01-01"');
    expect(text(shadow(el, '.region'))).toContain('Region Zealand');
    expect(text(shadow(el, '.category'))).toBe('Digitalisation principles');
    expect(text(shadow(el, '.description'))).toBe(dataset.categories.find((c) => c.id === 'principles')!.description.en);
    expect(text(shadow(el, 'details.why summary'))).toBe('Why this category');
    expect(text(shadow(el, '.example-title'))).toBe("Example from KL's mapping");
    expect(fact(el, 'Status')).toBe('Status unknown as of 1 January 2022');
    expect(shadow(el, 'details.why p').getAttribute('lang')).toBe('da');
    expect(text(shadow(el, '[part="contact"]'))).toBe(
      'Is your strategy missing, or does the list need an update or a correction? Contact Stine Howard, stho@kl.dk.',
    );
    const ballerup = await card('municipality="Ballerup" lang="en"');
    expect(text(shadow(ballerup, '.not-registered'))).toBe(
      "The municipality is not registered in KL's mapping. This does not necessarily mean that it has no strategy.",
    );
    const unknown = await card('municipality="Sorrø" lang="en"');
    expect(text(shadow(unknown, '[role="status"]'))).toContain('Unknown municipality');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const el = await card('municipality="Sorø" theme="dark"');
    expect(getComputedStyle(shadow(el, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
  });

  it('loads the dataset from src and passes it to the locator map', async () => {
    const altered = JSON.parse(JSON.stringify(dataset));
    altered.entries = altered.entries.filter((e: { code: string }) => e.code !== '0340');
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(altered), { status: 200 }));
    const el = await card('municipality="Sorø" src="/data/card-altered.json"');
    await until(() => el.shadowRoot!.querySelector('[part="heading"]'));
    expect(text(shadow(el, '[part="badge"]'))).toBe('Ikke registreret i kortlægningen');
    expect(locatorOf(el).dataset.entries).toHaveLength(dataset.entries.length - 1);
  });

  it('a src that fails shows the error state with what went wrong', async () => {
    failLoads();
    const el = await card('municipality="Sorø" src="/data/card-missing.json"');
    const error = await errorState(el);
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toContain('Serveren svarede 404 Not Found');
  });
});

/** The inspiration's groups as the reader sees them: each heading, and each municipality's name and facts. */
const inspiration = (el: KlMunicipalityCard) =>
  shadowAll(el, '.inspiration .group').map((group) => ({
    title: text(group.querySelector('.group-title')),
    items: [...group.querySelectorAll('[part="other"]')].map((li) => [text(li.querySelector('[part="other-link"]')), text(li.querySelector('.other-facts'))]),
  }));
const other = (el: KlMunicipalityCard, code: string) => shadow(el, `[part="other"][data-code="${code}"] [part="other-link"]`);

describe('<kl-municipality-card> inspiration from other municipalities', () => {
  it("Sorø shows, under its entry, its neighbours by name and three others with principles, each with form, period and status at as-of", async () => {
    const el = await card('municipality="Sorø" as-of="2022-01-01"');
    expect(text(shadow(el, '.inspiration-title'))).toBe('Inspiration fra andre kommuner');
    const [neighbours, sameKind] = inspiration(el);
    expect(neighbours!.title).toBe('Nabokommuner');
    // The issue names four; the DAGI boundaries also give Kalundborg (29 km of shared border).
    expect(neighbours!.items).toEqual([
      ['Holbæk Kommune', 'Form: IT- og digitaliseringsstrategi Periode: 2017-2021 Status: Udløbet'],
      ['Kalundborg Kommune', 'Form: Digitaliseringsstrategi Periode: 2017-2020 Status: Udløbet'],
      ['Næstved Kommune', 'Form: Digitaliseringsprincipper Periode: Ikke angivet Status: Status ukendt'],
      ['Ringsted Kommune', 'Form: Digitaliseringsstrategi for skoleområdet Periode: 2020-2023 Status: Gældende'],
      ['Slagelse Kommune', 'Status: Ikke registreret i kortlægningen'],
    ]);
    expect(sameKind!.title).toBe('Samme slags dokument: Digitaliseringsprincipper');
    expect(sameKind!.items.map(([name]) => name)).toEqual(['Odense Kommune', 'Brønderslev Kommune', 'Faxe Kommune']);
    expect(shadow(el, '[part="other"][data-code="0329"] .badge').getAttribute('data-value')).toBe('current');
    expect(shadow(el, '[part="other"][data-code="0329"] .other-form').getAttribute('lang')).toBe('da');
    expect(shadow(el, '[part="other"][data-code="0370"] .other-period').hasAttribute('lang')).toBe(false); // "Ikke angivet" is ours
  });

  it('the inspiration comes after the entry and the example, before the contact, with headings one and two levels below the name', async () => {
    const el = await card('municipality="Sorø" heading-level="3"');
    const order = shadowAll(el, '[part="example"], [part="inspiration"], [part="contact"]').map((e) => e.getAttribute('part'));
    expect(order).toEqual(['example', 'inspiration', 'contact']);
    expect(shadow(el, '.inspiration-title').localName).toBe('h4');
    expect(shadow(el, '.group-title').localName).toBe('h5');
    expect(shadow(el, '[part="inspiration"]').getAttribute('aria-labelledby')).toBe('inspiration-title');
  });

  it.each([
    ['Samsø', 'Samsø Kommune', ['Odder Kommune', 'Syddjurs Kommune', 'Horsens Kommune']],
    ['Bornholm', 'Bornholms Regionskommune', ['Tårnby Kommune', 'Dragør Kommune', 'Vordingborg Kommune']],
    ['Læsø', 'Læsø Kommune', ['Frederikshavn Kommune', 'Brønderslev Kommune', 'Hjørring Kommune']],
    ['Fanø', 'Fanø Kommune', ['Esbjerg Kommune', 'Varde Kommune', 'Tønder Kommune']],
    ['Ærø', 'Ærø Kommune', ['Langeland Kommune', 'Svendborg Kommune', 'Faaborg-Midtfyn Kommune']],
  ])('%s, an island, shows the nearest municipalities, nearest first, and says it has no land border', async (name, official, nearest) => {
    const el = await card(`municipality="${name}"`);
    const [group] = inspiration(el);
    expect(group!.title).toBe('Nærmeste kommuner');
    expect(group!.items.map(([n]) => n)).toEqual(nearest);
    expect(text(shadow(el, '.nearest-note'))).toBe(`${official} har ingen landgrænse til en anden kommune. Her er de nærmeste, målt mellem kommunernes kyster, nærmeste først.`);
  });

  it('a municipality not in the mapping (Ballerup) shows its neighbours and no "same kind"', async () => {
    const el = await card('municipality="Ballerup"');
    expect(inspiration(el).map((g) => g.title)).toEqual(['Nabokommuner']);
    expect(el.shadowRoot!.querySelector('.nearest-note')).toBeNull();
  });

  it('without card-url each name is a button: a click fires kl-municipality-select with the code and the name as the mapping has it', async () => {
    const el = await card('municipality="Sorø"');
    const heard: MunicipalitySelectEvent['detail'][] = [];
    document.addEventListener('kl-municipality-select', (event) => heard.push(event.detail), { once: true });
    const ringsted = other(el, '0329');
    expect(ringsted.localName).toBe('button');
    expect(ringsted.getAttribute('type')).toBe('button');
    await userEvent.click(ringsted);
    expect(heard).toEqual([{ code: '0329', name: 'Ringsted' }]);
  });

  it("by keyboard: Tab reaches the buttons, Enter chooses; when the page shows the chosen municipality the focus goes to its card's name", async () => {
    const el = await card('municipality="Sorø"');
    el.addEventListener('kl-municipality-select', (event) => el.setAttribute('municipality', event.detail.code!));
    other(el, '0316').focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(other(el, '0326'));
    await userEvent.keyboard('{Enter}');
    await until(() => text(el.shadowRoot!.querySelector('[part="heading"]')) === 'Kalundborg Kommune');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadow(el, '[part="heading"]'));
    expect(shadow(el, '[part="heading"]').getAttribute('tabindex')).toBe('-1');
  });

  it('a page that does nothing with the event keeps the card and the focus where they are', async () => {
    const el = await card('municipality="Sorø"');
    await userEvent.click(other(el, '0329'));
    await el.updateComplete;
    expect(text(shadow(el, '[part="heading"]'))).toBe('Sorø Kommune');
    expect(el.shadowRoot!.activeElement).toBe(other(el, '0329'));
  });

  it('with card-url="/kommune/?kommune={code}" each name is a link to that municipality\'s page, and no button is left', async () => {
    const el = await card('municipality="Sorø" card-url="/kommune/?kommune={code}"');
    const ringsted = other(el, '0329') as HTMLAnchorElement;
    expect(ringsted.localName).toBe('a');
    expect(ringsted.getAttribute('href')).toBe('/kommune/?kommune=0329');
    expect(shadowAll(el, '[part="other-link"]').every((link) => link.localName === 'a')).toBe(true);
    expect(shadowAll(el, '.inspiration button')).toEqual([]);
  });

  it('an absolute https card-url links there too', async () => {
    const el = await card('municipality="Samsø" card-url="https://example.dk/kort/{code}"');
    expect(other(el, '0727').getAttribute('href')).toBe('https://example.dk/kort/0727');
  });

  it.each(['javascript:alert({code})', '/kommune/?kommune=0340', 'data:text/html,{code}'])(
    'card-url="%s" makes no link: a notice in the card, the editor told on the console, and buttons instead',
    async (value) => {
      const el = await card(`municipality="Sorø" card-url="${value}"`);
      expect(shadowAll(el, '.inspiration a')).toEqual([]);
      expect(other(el, '0329').localName).toBe('button');
      expect(text(shadow(el, '[part="notice"]'))).toContain(`Den ukendte værdi "${value}" bruges ikke.`);
      expect(warned()).toHaveBeenCalledWith(expect.stringContaining(`Ugyldig værdi "${value}" for card-url. Brug https://…{code} eller /…{code}.`));
    },
  );

  it('inspiration="off" shows only the entry; "neighbours" and "same-kind" one group each; any case', async () => {
    const off = await card('municipality="Sorø" inspiration="off"');
    expect(off.shadowRoot!.querySelector('[part="inspiration"]')).toBeNull();
    expect(off.shadowRoot!.querySelector('[part="contact"]')).not.toBeNull();
    expect(inspiration(await card('municipality="Sorø" inspiration="neighbours"')).map((g) => g.title)).toEqual(['Nabokommuner']);
    expect(inspiration(await card('municipality="Sorø" inspiration=" Same-Kind "')).map((g) => g.title)).toEqual(['Samme slags dokument: Digitaliseringsprincipper']);
  });

  it('turning it off and on again from code (el.inspiration) shows and hides the section', async () => {
    const el = await card('municipality="Sorø"');
    el.inspiration = 'off';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="inspiration"]')).toBeNull();
    el.inspiration = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="inspiration"]')).not.toBeNull();
  });

  it('in English, with the source text still verbatim and marked Danish', async () => {
    const el = await card('municipality="Sorø" lang="en" as-of="2022-01-01"');
    expect(text(shadow(el, '.inspiration-title'))).toBe('Inspiration from other municipalities');
    const [neighbours, sameKind] = inspiration(el);
    expect(neighbours!.title).toBe('Neighbouring municipalities');
    expect(neighbours!.items[3]).toEqual(['Ringsted Kommune', 'Form: Digitaliseringsstrategi for skoleområdet Period: 2020-2023 Status: Current']);
    expect(neighbours!.items[4]).toEqual(['Slagelse Kommune', 'Status: Not registered in the mapping']);
    expect(sameKind!.title).toBe('The same kind of document: Digitalisation principles');
    const samsø = await card('municipality="Samsø" lang="en"');
    expect(inspiration(samsø)[0]!.title).toBe('Nearest municipalities');
    expect(text(shadow(samsø, '.nearest-note'))).toBe('Samsø Kommune shares no land border with another municipality. These are the nearest, measured between the coasts, nearest first.');
  });

  it('screen readers get a region named by its heading, buttons and links named by the municipality alone', async () => {
    await card('municipality="Sorø"');
    const tree = await accessibilityTree();
    const named = (role: string, name: string) => tree.some((n) => n.role === role && n.name === name && !n.ignored);
    expect(named('region', 'Inspiration fra andre kommuner')).toBe(true);
    expect(named('button', 'Ringsted Kommune')).toBe(true);
    expect(named('heading', 'Nabokommuner')).toBe(true);
  });
});

/** The address, subject and body of a mailto: link, decoded. */
function mail(link: Element): { to: string; subject: string; body: string } {
  const url = new URL(link.getAttribute('href')!);
  expect(url.protocol).toBe('mailto:');
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

describe('<kl-municipality-card> "Foreslå en rettelse"', () => {
  it("Sorø's card links a prefilled e-mail to the mapping's contact: the municipality, its entry as the mapping has it, blank lines to fill in", async () => {
    const el = await card('municipality="Sorø"');
    const link = shadow(el, '[part="correction"]');
    expect(link.localName).toBe('a');
    const { to, subject, body } = mail(link);
    expect(to).toBe(dataset.mapping.contact.email);
    expect(subject).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
    expect(body).toContain(`Kære ${dataset.mapping.contact.name}`);
    expect(body).toContain('Kommune: Sorø Kommune (0340)');
    expect(body).toContain('Form: Digitaliserings-principper\r\nDokument: Principper for digitalisering og IT (soroe.dk)\r\nPeriode: Ikke angivet');
    expect(body).toContain('Det skal rettes (form, dokument, link, periode):\r\n\r\n\r\n\r\n');
    expect(link.hasAttribute('target')).toBe(false);
  });

  it('is named for screen readers with whose entry it corrects', async () => {
    const el = await card('municipality="Sorø"');
    expect(text(shadow(el, '[part="correction"]'))).toBe('Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)');
    const tree = await accessibilityTree();
    expect(tree.some((n) => n.role === 'link' && n.name === 'Foreslå en rettelse til Sorø Kommunes opslag (e-mail til KL)')).toBe(true);
  });

  it('a municipality not in the mapping gets it too, saying so in the mail; English with lang="en"', async () => {
    const ballerup = mail(shadow(await card('municipality="Ballerup"'), '[part="correction"]'));
    expect(ballerup.body).toContain('Kommunen er ikke registreret i kortlægningen.');
    const el = await card('municipality="Sorø" lang="en"');
    expect(text(shadow(el, '[part="correction"]'))).toBe('Suggest a correction to the entry of Sorø Kommune (an e-mail to KL)');
    expect(mail(shadow(el, '[part="correction"]')).subject).toBe("Correction to KL's mapping: Sorø Kommune (0340)");
  });

  it('writes to the contact of the dataset shown: a dataset with another contact gets that address, none without a usable one', async () => {
    const altered = JSON.parse(JSON.stringify(dataset));
    altered.mapping.contact = { ...altered.mapping.contact, name: 'Redaktionen', email: 'redaktion@example.dk' };
    const el = await card('municipality="Sorø"');
    el.dataset = altered;
    await el.updateComplete;
    expect(mail(shadow(el, '[part="correction"]')).to).toBe('redaktion@example.dk');
    expect(mail(shadow(el, '[part="correction"]')).body).toContain('Kære Redaktionen');
    el.dataset = { ...altered, mapping: { ...altered.mapping, contact: { ...altered.mapping.contact, email: 'ikke en adresse' } } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="correction"]')).toBeNull();
  });
});

describe('<kl-municipality-card> accessibility and size', () => {
  it.each([
    ['a registered municipality with its example, the reason open', 'municipality="Sorø" as-of="2022-01-01"'],
    ['a municipality with a link', 'municipality="Odder" as-of="2022-01-01"'],
    ['an unregistered municipality', 'municipality="Ballerup"'],
    ['a municipality registered by the mapping\'s example, not its list', 'municipality="Solrød"'],
    ['the same in English', 'municipality="Solrød" lang="en"'],
    ['an unknown municipality', 'municipality="Sorrø"'],
    ['a missing attribute with a bad heading level', 'heading-level="9"'],
    ['English', 'municipality="Esbjerg" lang="en"'],
    ['the dark theme', 'municipality="Sorø" theme="dark"'],
    ['the dark theme, unregistered', 'municipality="Ballerup" theme="dark"'],
    ['an island with its nearest, linked by card-url', 'municipality="Samsø" card-url="/kommune/?kommune={code}"'],
    ['the inspiration in English, dark', 'municipality="Sorø" lang="en" theme="dark"'],
    ['a bad card-url', 'municipality="Sorø" card-url="javascript:x({code})"'],
  ])('axe-core finds no violations in %s', async (_name, attributes) => {
    const el = await card(attributes);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.why');
    if (details) details.open = true;
    const map = el.shadowRoot!.querySelector<KlDenmarkMap>('kl-denmark-map');
    if (map) await map.updateComplete;
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('axe-core finds no violations in the error state', async () => {
    failLoads(500, 'Internal Server Error');
    const el = await card('municipality="Sorø" src="/data/card-error-axe.json"');
    await errorState(el);
    expect(await axeViolations(el)).toEqual([]);
  });

  it.each(['Sorø', 'Ishøj', 'Ballerup', 'Sorrø', 'Bornholm', 'Samsø" card-url="/kommune/?kommune={code}'])('fits 320 px without horizontal overflow (%s)', async (name) => {
    const el = await card(`municipality="${name}"`, { width: 320 });
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.why');
    if (details) details.open = true;
    const map = el.shadowRoot!.querySelector<KlDenmarkMap>('kl-denmark-map');
    if (map) await map.updateComplete;
    const root = shadow(el, '.root');
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    if (map) expect(map.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
  });
});
