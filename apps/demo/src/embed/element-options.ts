// What the embed builder offers and the iframe page accepts: each element's attributes an
// editor sets in HTML (from the elements' doc comments), with the values to choose from. The
// iframe page sets only these attributes, so a URL cannot put anything else on the page.

/** One attribute an editor can set. */
export type AttributeOption =
  | { name: string; label: string; kind: 'select'; choices: readonly (readonly [value: string, label: string])[]; hint?: string }
  | { name: string; label: string; kind: 'multi'; choices: readonly (readonly [value: string, label: string])[]; hint?: string }
  | { name: string; label: string; kind: 'text'; placeholder?: string; hint?: string }
  | { name: string; label: string; kind: 'date'; hint?: string }
  | { name: string; label: string; kind: 'boolean'; hint?: string };

/** One element the builder offers. */
export interface ElementOption {
  tag: string;
  /** The element's name in Danish. */
  label: string;
  /** What the iframe is called for screen readers (its `title`). */
  frameTitle: string;
  /** A starting height for the iframe before it reports its own. */
  frameHeight: number;
  /** Attributes set when the element is chosen (an editor must set these to see anything). */
  defaults: Readonly<Record<string, string>>;
  attributes: readonly AttributeOption[];
}

const REGIONS = [
  ['1081', 'Region Nordjylland'],
  ['1082', 'Region Midtjylland'],
  ['1083', 'Region Syddanmark'],
  ['1084', 'Region Hovedstaden'],
  ['1085', 'Region Sjælland'],
] as const;

const CATEGORIES = [
  ['strategy', 'Digitaliseringsstrategi'],
  ['principles', 'Principper'],
  ['model-policy', 'Model eller politik'],
  ['part-of-other', 'Del af andre strategier'],
  ['none', 'Ingen strategi'],
] as const;

const COMMON: readonly AttributeOption[] = [
  {
    name: 'lang',
    label: 'Sprog',
    kind: 'select',
    choices: [
      ['da', 'Dansk'],
      ['en', 'Engelsk'],
    ],
  },
  {
    name: 'theme',
    label: 'Tema',
    kind: 'select',
    choices: [
      ['light', 'Lyst'],
      ['dark', 'Mørkt'],
      ['auto', 'Følg læserens indstilling'],
    ],
  },
  { name: 'as-of', label: 'Status pr. dato', kind: 'date', hint: 'Tom: i dag.' },
];

const HEADING_LEVEL = (from: number): AttributeOption => ({
  name: 'heading-level',
  label: 'Overskriftsniveau',
  kind: 'select',
  choices: Array.from({ length: 7 - from }, (_, i) => [String(from + i), `h${from + i}`] as const),
  hint: 'Så elementets overskrifter passer ind i sidens.',
});

export const ELEMENTS: readonly ElementOption[] = [
  {
    tag: 'kl-denmark-map',
    label: 'Kort over kommunerne',
    frameTitle: 'Kort over kommunernes strategiske arbejde med digitalisering',
    frameHeight: 900,
    defaults: {},
    attributes: [
      {
        name: 'color-by',
        label: 'Farver viser',
        kind: 'select',
        choices: [
          ['category', 'Type dokument'],
          ['status', 'Status'],
          ['region', 'Region'],
        ],
      },
      {
        name: 'highlight',
        label: 'Fremhæv kommuner',
        kind: 'text',
        placeholder: 'Sorø, Ringsted',
        hint: 'Navne eller koder, adskilt af komma.',
      },
      { name: 'zoom-to-highlight', label: 'Zoom ind på de fremhævede', kind: 'boolean' },
      { name: 'region', label: 'Zoom til region', kind: 'select', choices: REGIONS },
      { name: 'selected', label: 'Valgt kommune', kind: 'text', placeholder: 'Sorø' },
      {
        name: 'variant',
        label: 'Variant',
        kind: 'select',
        choices: [
          ['full', 'Fuldt kort'],
          ['locator', 'Lille oversigtskort'],
        ],
      },
      {
        name: 'heading',
        label: 'Kortets navn for skærmlæsere',
        kind: 'text',
        placeholder: 'Kort over kommunernes strategiske arbejde med digitalisering',
      },
      ...COMMON,
    ],
  },
  {
    tag: 'kl-strategy-table',
    label: 'Tabel over strategierne',
    frameTitle: 'Tabel over kommunernes digitale strategier',
    frameHeight: 1200,
    defaults: {},
    attributes: [
      {
        name: 'scope',
        label: 'Kommuner',
        kind: 'select',
        choices: [
          ['mapping', 'De 64 i kortlægningen'],
          ['all', 'Alle 98'],
        ],
      },
      { name: 'query', label: 'Søgning', kind: 'text', placeholder: 'Sorø' },
      { name: 'category', label: 'Typer', kind: 'multi', choices: CATEGORIES },
      { name: 'region', label: 'Region', kind: 'select', choices: REGIONS },
      {
        name: 'status',
        label: 'Status',
        kind: 'multi',
        choices: [
          ['current', 'Gældende'],
          ['expired', 'Udløbet'],
          ['upcoming', 'Kommende'],
          ['unknown', 'Ukendt'],
        ],
      },
      { name: 'selected', label: 'Valgt kommune', kind: 'text', placeholder: 'Sorø' },
      { name: 'heading', label: 'Tabellens titel', kind: 'text', placeholder: 'Kommunernes digitale strategier' },
      ...COMMON,
    ],
  },
  {
    tag: 'kl-municipality-card',
    label: 'En kommunes opslag',
    frameTitle: "Kommunens opslag i KL's kortlægning",
    frameHeight: 700,
    defaults: { municipality: 'Sorø' },
    attributes: [
      {
        name: 'municipality',
        label: 'Kommune',
        kind: 'text',
        placeholder: 'Sorø',
        hint: 'Navn eller firecifret kode, fx "Sorø Kommune" eller "0340".',
      },
      HEADING_LEVEL(2),
      ...COMMON,
    ],
  },
  {
    tag: 'kl-initiative-card',
    label: "Et af KL's initiativer",
    frameTitle: "Et af KL's initiativer om digitalisering",
    frameHeight: 700,
    defaults: { initiative: 'netvaerk-digitale-politikker-2021' },
    attributes: [
      {
        name: 'initiative',
        label: 'Initiativ',
        kind: 'select',
        choices: [
          ['netvaerk-digitale-politikker-2021', 'Netværk for digitale politikker, strategi og forankring (2021)'],
          ['digital-handleplan-2016-2020', 'Fælleskommunal digital handleplan 2016-2020'],
          ['netvaerk-ledelse-af-digitalisering-2017', 'Netværk om ledelse af digitalisering (2017)'],
          ['digitalt-kompetente-kommuner', 'Digitalt kompetente kommuner'],
          ['kortlaegning-digitale-strategier', 'Kortlægningen af kommunernes strategier'],
        ],
      },
      HEADING_LEVEL(2),
      ...COMMON,
    ],
  },
  {
    tag: 'kl-initiative-list',
    label: "Liste over KL's initiativer",
    frameTitle: "KL's initiativer om digitalisering",
    frameHeight: 1400,
    defaults: {},
    attributes: [
      {
        name: 'kind',
        label: 'Typer',
        kind: 'multi',
        choices: [
          ['network', 'Netværk'],
          ['programme', 'Program'],
          ['action-plan', 'Handleplan'],
          ['mapping', 'Kortlægning'],
        ],
      },
      {
        name: 'status',
        label: 'Status',
        kind: 'multi',
        choices: [
          ['upcoming', 'Kommende'],
          ['running', 'I gang'],
          ['ended', 'Afsluttet'],
          ['unknown', 'Ukendt'],
        ],
      },
      {
        name: 'order',
        label: 'Rækkefølge',
        kind: 'select',
        choices: [
          ['desc', 'Nyeste først'],
          ['asc', 'Ældste først'],
        ],
      },
      {
        name: 'controls',
        label: 'Filterknapper',
        kind: 'select',
        choices: [
          ['filters', 'Vis'],
          ['none', 'Skjul'],
        ],
      },
      HEADING_LEVEL(2),
      ...COMMON,
    ],
  },
  {
    tag: 'kl-key-figures',
    label: 'De korte tal',
    frameTitle: 'Kortlægningens nøgletal',
    frameHeight: 900,
    defaults: {},
    attributes: [
      {
        name: 'sections',
        label: 'Dele',
        kind: 'multi',
        choices: [
          ['published', 'Offentliggjorte tal'],
          ['counted', 'Det data tæller'],
          ['chart', 'Diagram'],
          ['kinds', 'De fem typer dokument'],
        ],
        hint: 'Ingen valgt: alle dele.',
      },
      HEADING_LEVEL(1),
      ...COMMON,
    ],
  },
  {
    tag: 'kl-strategy-explorer',
    label: 'Udforsk (kort, tabel og opslag)',
    frameTitle: 'Udforsk kommunernes strategiske arbejde med digitalisering',
    frameHeight: 1600,
    defaults: {},
    attributes: [
      {
        name: 'url-state',
        label: 'Husk valg i adressen',
        kind: 'select',
        choices: [
          ['hash', 'Ja (#…)'],
          ['none', 'Nej'],
        ],
      },
      ...COMMON,
    ],
  },
];

/** The element with this tag, if the builder offers it. */
export const elementOption = (tag: string | null | undefined): ElementOption | undefined => ELEMENTS.find((element) => element.tag === tag);
