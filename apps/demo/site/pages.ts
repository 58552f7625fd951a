// Every page of the demo, once: Vite's inputs, the shared navigation and the e2e tests read it.

/** One HTML page of the demo. */
export interface DemoPage {
  /** Stable name: the Rollup input and the screenshots' file names. */
  id: string;
  /** The HTML file, relative to the app's root. */
  file: string;
  /** The URL the page is served at. */
  url: string;
  /** Label in the shared navigation; pages without one are not in it. */
  nav?: string;
  /** The navigation entry that is current on this page (news pages mark "Nyheder"). */
  section?: string;
  /**
   * A kl.dk-style page's breadcrumb after "Forside": each step's label and address (the page
   * itself last, without one). See the `breadcrumb` partial.
   */
  crumbs?: readonly (readonly [label: string, url?: string])[];
}

const NEWS = ['Nyheder og netværk', '/nyheder/'] as const;

export const PAGES: readonly DemoPage[] = [
  { id: 'forside', file: 'index.html', url: '/', nav: 'Forside' },
  { id: 'artikel', file: 'artikel/index.html', url: '/artikel/', nav: 'Artikel', crumbs: [['Digitalisering'], ['Kommunernes strategiske arbejde med digitalisering']] },
  { id: 'kommune', file: 'kommune/index.html', url: '/kommune/', nav: 'Kommuneside' },
  { id: 'nyheder', file: 'nyheder/index.html', url: '/nyheder/', nav: 'Nyheder', crumbs: [[NEWS[0]]] },
  {
    id: 'nyhed-netvaerk-2021',
    file: 'nyheder/netvaerk-digitale-politikker-2021.html',
    url: '/nyheder/netvaerk-digitale-politikker-2021.html',
    section: 'nyheder',
    crumbs: [NEWS, ["KL's netværk for digitale politikker, strategi og forankring"]],
  },
  {
    id: 'nyhed-handleplan-2016',
    file: 'nyheder/digital-handleplan-2016-2020.html',
    url: '/nyheder/digital-handleplan-2016-2020.html',
    section: 'nyheder',
    crumbs: [NEWS, ['Den fælleskommunale digitale handleplan 2016-2020 er nu lanceret']],
  },
  {
    id: 'nyhed-ledelse-2017',
    file: 'nyheder/netvaerk-ledelse-af-digitalisering-2017.html',
    url: '/nyheder/netvaerk-ledelse-af-digitalisering-2017.html',
    section: 'nyheder',
    crumbs: [NEWS, ['God start på netværk om ledelse af digitalisering']],
  },
  {
    id: 'nyhed-kompetente-kommuner',
    file: 'nyheder/digitalt-kompetente-kommuner.html',
    url: '/nyheder/digitalt-kompetente-kommuner.html',
    section: 'nyheder',
    crumbs: [NEWS, ['Digitalt kompetente kommuner']],
  },
  { id: 'udforsk', file: 'udforsk/index.html', url: '/udforsk/', nav: 'Udforsk', crumbs: [['Kortlægningen', '/artikel/'], ['Udforsk data']] },
  { id: 'indlejring', file: 'indlejring/index.html', url: '/indlejring/', nav: 'Indlejringskode' },
  { id: 'redaktion', file: 'redaktion/index.html', url: '/redaktion/', nav: 'Redaktion' },
  // The iframe target: no site navigation, it is shown inside other sites.
  { id: 'embed', file: 'embed/index.html', url: '/embed/' },
];
