import { describe, expect, it } from 'vitest';
import { dataset } from '@kl-digital/core/dataset';
import { PALETTE } from '../shared/palette.js';
import { axeViolations, fixture, shadow, shadowAll, useElementFixtures, failLoads, errorState } from '../test-support/fixture.js';
import './kl-initiative-card.js';
import type { KlInitiativeCard } from './kl-initiative-card.component.js';

const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const card = (attributes: string, options: { width?: number } = {}) =>
  fixture<KlInitiativeCard>(`<kl-initiative-card ${attributes}></kl-initiative-card>`, options);
const fact = (el: KlInitiativeCard, term: string) => {
  const row = shadowAll(el, '[part="facts"] > div').find((div) => text(div.querySelector('dt')) === term);
  return row ? text(row.querySelector('dd')) : null;
};
const badge = (el: KlInitiativeCard) => text(shadow(el, '[part="badge"]')).replace(/^Type: |^Kind: /, '');
const status = (el: KlInitiativeCard) => text(shadow(el, '[part="status"]')).replace(/^Status: /, '');

const { warned } = useElementFixtures();

describe('<kl-initiative-card> each initiative', () => {
  it.each([
    ['netvaerk-digitale-politikker-2021', "KL's netværk for digitale politikker, strategi og forankring", 'Netværk'],
    ['digital-handleplan-2016-2020', 'Den fælleskommunale digitale handleplan 2016-2020', 'Handleplan'],
    ['netvaerk-ledelse-af-digitalisering-2017', 'Netværk om ledelse af digitalisering', 'Netværk'],
    ['digitalt-kompetente-kommuner', 'Digitalt kompetente kommuner', 'Program'],
    ['kortlaegning-digitale-strategier', 'Kommunernes strategiske arbejde med digitalisering', 'Kortlægning'],
  ])('initiative="%s" shows its title, kind badge, purpose and source', async (id, title, kind) => {
    const el = await card(`initiative="${id}" as-of="2022-01-01"`);
    const initiative = dataset.initiatives.find((i) => i.id === id)!;
    expect(text(shadow(el, '[part="heading"]'))).toBe(title);
    expect(badge(el)).toBe(kind);
    expect(text(shadow(el, '.purpose'))).toBe(initiative.purpose);
    const sourceTitle = dataset.sources.find((s) => s.file === initiative.source)!.title;
    expect(text(shadow(el, '[part="source"]'))).toBe(`Kilde: ${sourceTitle}`);
  });

  it('the kind badge tells the kind in text, with a visually hidden label', async () => {
    const el = await card('initiative="digitalt-kompetente-kommuner"');
    expect(text(shadow(el, '[part="badge"]'))).toBe('Type: Program');
    expect(shadow(el, '[part="badge"] .visually-hidden').textContent).toBe('Type: ');
  });

  it('the action plan shows "29 initiativer", its years, its publication date and its launch as a dated milestone', async () => {
    const el = await card('initiative="digital-handleplan-2016-2020" as-of="2018-01-01"');
    expect(fact(el, 'Initiativer')).toBe('29 initiativer');
    expect(fact(el, 'Start')).toBe('2016');
    expect(fact(el, 'Slut')).toBe('2020');
    expect(fact(el, 'Offentliggjort')).toBe('25. maj 2016');
    const milestone = shadow(el, '.milestones li');
    expect(milestone.querySelector('time')!.getAttribute('datetime')).toBe('2016-05-25');
    expect(text(milestone)).toContain('25. maj 2016');
  });

  it('the action plan is "I gang" at 2018-01-01 and "Afsluttet" at 2021-01-01, with the date it is taken at', async () => {
    const el = await card('initiative="digital-handleplan-2016-2020" as-of="2018-01-01"');
    expect(status(el)).toBe('I gang');
    expect(shadow(el, '[part="status"]').getAttribute('data-value')).toBe('running');
    expect(text(shadow(el, '.as-of'))).toBe('pr. 1. januar 2018');
    el.setAttribute('as-of', '2021-01-01');
    await el.updateComplete;
    expect(status(el)).toBe('Afsluttet');
    el.setAttribute('as-of', '2015-06-01');
    await el.updateComplete;
    expect(status(el)).toBe('Kommende');
  });

  it('an initiative with no end in the source is "Ukendt" once started', async () => {
    const el = await card('initiative="netvaerk-ledelse-af-digitalisering-2017" as-of="2022-01-01"');
    expect(status(el)).toBe('Ukendt');
  });

  it('the programme shows its three tracks with their descriptions and its audience', async () => {
    const el = await card('initiative="digitalt-kompetente-kommuner"');
    const tracks = shadowAll(el, '.tracks li');
    expect(tracks).toHaveLength(3);
    expect(text(tracks[0]!.querySelector('.track-title'))).toBe('Spor 1: Kortlægning af digitale kompetencekrav');
    expect(text(tracks[0]!.querySelector('p'))).toContain('Analyse der kortlægger og beskriver de digitale kompetencekrav');
    expect(fact(el, 'Målgruppe')).toBe('primært topledelser og linjeledelser i kommunerne; digitaliserings- og HR-chefer');
  });

  it('the leadership network shows its meetings with dates and places, its price, and its contact with mailto: and tel: links', async () => {
    const el = await card('initiative="netvaerk-ledelse-af-digitalisering-2017" as-of="2017-07-01"');
    expect(fact(el, 'Pris')).toBe('5.900 + moms');
    expect(fact(el, 'Start')).toBe('14. juni 2017');
    expect(shadowAll(el, '.milestones li').map((li) => text(li))).toEqual([
      '14. juni 2017: Første netværksmøde, KL-huset',
      '14. september 2017: Næste netværksmøde, Aarhus',
    ]);
    const contact = shadow(el, '[part="contact"]');
    expect(text(contact.querySelector('.contact-name'))).toBe('Jan Struwe Poulsen');
    expect(contact.querySelector('a[href^="mailto:"]')!.getAttribute('href')).toBe('mailto:jtp@kl.dk');
    const tel = contact.querySelector('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).toBe('tel:+4533703234');
    expect(tel.textContent).toBe('33 70 32 34');
  });

  it('the mapping shows its contact e-mail without a phone link', async () => {
    const el = await card('initiative="kortlaegning-digitale-strategier"');
    const contact = shadow(el, '[part="contact"]');
    expect(contact.querySelector('a')!.getAttribute('href')).toBe('mailto:stho@kl.dk');
    expect(contact.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('an initiative without a contact, price, count or tracks leaves them out', async () => {
    const el = await card('initiative="netvaerk-digitale-politikker-2021"');
    expect(el.shadowRoot!.querySelector('[part="contact"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('.tracks')).toBeNull();
    expect(fact(el, 'Pris')).toBeNull();
    expect(fact(el, 'Initiativer')).toBeNull();
    expect(fact(el, 'Offentliggjort')).toBe('11. maj 2021');
  });

  it('the source\'s further facts are behind "Mere fra kilden"', async () => {
    const el = await card('initiative="netvaerk-digitale-politikker-2021"');
    const more = shadow<HTMLDetailsElement>(el, 'details.more');
    expect(text(more.querySelector('summary'))).toBe('Mere fra kilden');
    expect(more.querySelectorAll('li')).toHaveLength(5);
  });
});

describe('<kl-initiative-card> the source\'s headed parts', () => {
  it('the action plan shows its focus on foundations with the two examples: the programme for it- og datasikkerhed and the joint framework architecture', async () => {
    const el = await card('initiative="digital-handleplan-2016-2020"');
    const sections = shadowAll(el, '[part="section"]');
    expect(sections).toHaveLength(1);
    const [section] = sections;
    expect(section!.getAttribute('lang')).toBe('da');
    expect(text(section!.querySelector('.section-title'))).toBe('Fokus på fundamenter for digitalisering');
    expect(text(section!.querySelector('p'))).toMatch(/^Mange af de faglige udfordringer går på tværs af fagområder og forvaltninger\. Derfor har handlingsplanen særligt fokus på/);
    expect([...section!.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Eksempler på dette er, et program for it- og datasikkerhed, for at sikre, at borgere føler sig trygge og har tillid til myndighedernes håndtering af data.',
      'Af andre eksempler kan nævnes videreudvikling og udbredelse af den fælleskommunale rammearkitektur, som skal skabe sammenhæng på og mellem fagområder og styrke konkurrencen på leverandørmarkedet.',
    ]);
  });

  it("the leadership network lists the network's eight questions, verbatim, under \"Mange temaer\"", async () => {
    const el = await card('initiative="netvaerk-ledelse-af-digitalisering-2017" lang="en"');
    const section = shadow(el, '[part="section"]');
    expect(section.getAttribute('lang')).toBe('da');
    expect(text(section.querySelector('.section-title'))).toBe('Mange temaer');
    const questions = [...section.querySelectorAll('li')].map((li) => text(li));
    expect(questions).toHaveLength(8);
    expect(questions[0]).toBe('Hvordan lykkes vi med at implementere teknologierne, når de udvikles med så stor hast, som det er tilfældet?');
    expect(questions).toContain('Hvordan er digital ledelse også forandringsledelse?');
    expect(questions.at(-1)).toMatch(/^Og hvad med relationen mellem de centrale versus de decentrale enheder/);
  });

  it('an initiative whose source has no such part shows none', async () => {
    const el = await card('initiative="digitalt-kompetente-kommuner"');
    expect(shadowAll(el, '[part="section"]')).toHaveLength(0);
  });
});

describe('<kl-initiative-card> bad attributes', () => {
  it('an unknown id shows "Ukendt initiativ" listing the known ids and titles, and warns', async () => {
    const el = await card('initiative="x"');
    const problem = shadow(el, '[role="status"]');
    expect(text(problem)).toContain('Ukendt initiativ "x". Kendte: netvaerk-digitale-politikker-2021, digital-handleplan-2016-2020');
    expect(problem.querySelectorAll('.known li')).toHaveLength(5);
    expect(text(problem)).toContain('Digitalt kompetente kommuner');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ukendt initiativ "x"'));
  });

  it('a missing initiative attribute tells the editor which attribute to set, on the console; the card says no initiative is given', async () => {
    const el = await card('');
    expect(text(shadow(el, '[role="status"]'))).toContain('Siden angiver ikke, hvilket initiativ kortet skal vise.');
    expect(text(shadow(el, '[role="status"]'))).not.toContain('attribut');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Angiv et initiativ i attributten initiative'));
  });

  it('heading-level sets the heading and its sub-headings; an invalid one shows a notice', async () => {
    const el = await card('initiative="digitalt-kompetente-kommuner" heading-level="4"');
    expect(shadow(el, '[part="heading"]').localName).toBe('h4');
    expect(shadow(el, '.tracks .section-title').localName).toBe('h5');
    const bad = await card('initiative="digitalt-kompetente-kommuner" heading-level="h3"');
    expect(shadow(bad, '[part="heading"]').localName).toBe('h2');
    expect(text(shadow(bad, '[part="notice"]'))).toContain('Den ukendte værdi "h3" bruges ikke.');
    expect(warned()).toHaveBeenCalledWith(expect.stringContaining('Ugyldig værdi "h3" for heading-level'));
  });
});

describe('<kl-initiative-card> language, theme, data, accessibility and size', () => {
  it('speaks English with lang="en": labels, kinds, statuses and dates', async () => {
    const el = await card('initiative="netvaerk-ledelse-af-digitalisering-2017" lang="en" as-of="2017-07-01"');
    expect(badge(el)).toBe('Network');
    expect(status(el)).toBe('Unknown');
    expect(fact(el, 'Price')).toBe('5.900 + moms');
    expect(fact(el, 'Start')).toBe('14 June 2017');
    expect(text(shadow(el, '.as-of'))).toBe('as of 1 July 2017');
    expect(text(shadow(el, '[part="source"]'))).toMatch(/^Source: /);
    expect(shadow(el, '[part="heading"]').getAttribute('lang')).toBe('da');
    const plan = await card('initiative="digital-handleplan-2016-2020" lang="en" as-of="2018-01-01"');
    expect(fact(plan, 'Initiatives')).toBe('29 initiatives');
    expect(status(plan)).toBe('Running');
    expect(badge(plan)).toBe('Action plan');
    const unknown = await card('initiative="x" lang="en"');
    expect(text(shadow(unknown, '[role="status"]'))).toContain('Unknown initiative "x". Known:');
  });

  it('uses the dark theme with theme="dark"', async () => {
    const el = await card('initiative="digitalt-kompetente-kommuner" theme="dark"');
    expect(getComputedStyle(shadow(el, '.root')).backgroundColor).toBe(rgb(PALETTE.dark.background));
  });

  it('a src that fails shows the error state', async () => {
    failLoads();
    const el = await card('initiative="digitalt-kompetente-kommuner" src="/data/initiative-missing.json"');
    const error = await errorState(el);
    expect(text(error)).toContain('404');
  });

  it.each([
    ['the leadership network with contact and meetings', 'initiative="netvaerk-ledelse-af-digitalisering-2017" as-of="2017-07-01"'],
    ['the programme with tracks', 'initiative="digitalt-kompetente-kommuner"'],
    ['the action plan in English, with its foundations', 'initiative="digital-handleplan-2016-2020" lang="en"'],
    ['the leadership network\'s questions in the dark theme', 'initiative="netvaerk-ledelse-af-digitalisering-2017" theme="dark"'],
    ['the mapping in the dark theme', 'initiative="kortlaegning-digitale-strategier" theme="dark"'],
    ['an unknown id', 'initiative="x"'],
  ])('axe-core finds no violations in %s', async (_name, attributes) => {
    const el = await card(attributes);
    const more = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.more');
    if (more) more.open = true;
    expect(await axeViolations(el)).toEqual([]);
  });

  it.each(dataset.initiatives.map((i) => i.id))('fits 320 px without horizontal overflow (%s)', async (id) => {
    const el = await card(`initiative="${id}"`, { width: 320 });
    const more = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.more');
    if (more) more.open = true;
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(shadow(el, '.root').scrollWidth).toBeLessThanOrEqual(320);
  });
});
