// What the embed builder offers and the iframe page accepts: each element's attributes as its
// attribute spec declares them (its .defs.ts and BASE_ATTRIBUTES), with the allowed values of
// each. The demo adds only Danish texts, keyed by the spec's attribute names and values (the
// typecheck rejects a key the spec does not have): an attribute or value without a text shows its
// own name. The iframe page sets only the attributes offered here, so a URL cannot put anything
// else on the page.
//
// The specs come from `@kl-digital/elements/defs.js`, which registers nothing: the page's elements
// are the CDN bundle's, as on an editor's page.
import {
  BASE_ATTRIBUTES,
  EXPLORER_ATTRIBUTES,
  INITIATIVE_CARD_ATTRIBUTES,
  KEY_FIGURES_ATTRIBUTES,
  LIST_ATTRIBUTES,
  MAP_ATTRIBUTES,
  MUNICIPALITY_CARD_ATTRIBUTES,
  TABLE_ATTRIBUTES,
  TIMELINE_ATTRIBUTES,
  type AttributeDef,
  type AttributeKind,
  type AttributeSpec,
  type TableColumn,
} from '@kl-digital/elements/defs.js';

type Choice = readonly [value: string, label: string];

/** One attribute an editor can set, as the builder's form shows it. */
export type AttributeOption =
  | { name: string; label: string; kind: 'select' | 'multi'; choices: readonly Choice[]; hint?: string }
  | { name: string; label: string; kind: 'text'; placeholder?: string; hint?: string }
  | { name: string; label: string; kind: 'date' | 'boolean'; hint?: string };

// ---- the Danish texts, held to the specs ---------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ValuesOf<D> = D extends AttributeDef<any, any, any, infer V> ? V : never;
type AttributeName<S> = { [K in keyof S]: S[K] extends { attribute: infer A extends string } ? A : never }[keyof S];

/** What the builder says of one attribute. */
interface AttributeText<V extends string> {
  label: string;
  hint?: string;
  placeholder?: string;
  /** Labels of allowed values; a value without one shows as itself. */
  values?: { readonly [K in V]?: string };
  /** The label of a value without one in `values`. */
  valueLabel?(value: V): string;
}

/** The texts of a spec's attributes, by their HTML names. */
type Texts<S> = { readonly [K in keyof S as S[K] extends { attribute: infer A extends string } ? A : never]?: AttributeText<ValuesOf<S[K]>> };

/** The elements the builder offers and the spec of each (its own attributes; every element also has BASE_ATTRIBUTES). */
type Specs = {
  'kl-denmark-map': typeof MAP_ATTRIBUTES;
  'kl-strategy-table': typeof TABLE_ATTRIBUTES;
  'kl-municipality-card': typeof MUNICIPALITY_CARD_ATTRIBUTES;
  'kl-initiative-card': typeof INITIATIVE_CARD_ATTRIBUTES;
  'kl-initiative-list': typeof LIST_ATTRIBUTES;
  'kl-key-figures': typeof KEY_FIGURES_ATTRIBUTES;
  'kl-strategy-explorer': typeof EXPLORER_ATTRIBUTES;
  'kl-strategy-timeline': typeof TIMELINE_ATTRIBUTES;
};
type Tag = keyof Specs;

/** One element the builder offers. */
export interface ElementOption<T extends Tag = Tag> {
  tag: T;
  /** The element's name in Danish. */
  label: string;
  /** What the iframe is called for screen readers (its `title`), in the language the element speaks. */
  frameTitle: { da: string; en: string };
  /** A starting height for the iframe before it reports its own. */
  frameHeight: number;
  /** Attributes set when the element is chosen (an editor must set these to see anything). */
  defaults: { readonly [A in AttributeName<Specs[T]>]?: string };
  /** The texts of the element's own attributes, in the order the form shows them. */
  texts: Texts<Specs[T]>;
}

/**
 * The attributes every element has that the builder does not offer, and why. The iframe page
 * does not accept them either.
 */
const NOT_OFFERED = {
  // A dataset URL: the iframe page would load whatever a link's `src` names and show it under
  // KL's address as KL's mapping. The builder shows the bundled dataset, which is the mapping.
  src: true,
  // How long a `src` load may take: nothing to wait for without `src`.
  'load-timeout': true,
  // The card's links to other municipalities: the iframe page would link, under KL's address, to
  // whatever address a link's `card-url` names. In the iframe a municipality chosen in the card's
  // inspiration is shown in its place instead (src/pages/embed.ts); on their own page editors
  // write `card-url` by hand (README).
  'card-url': true,
} as const satisfies { readonly [A in AttributeName<typeof BASE_ATTRIBUTES> | AttributeName<typeof MUNICIPALITY_CARD_ATTRIBUTES>]?: true };

/** The texts of the attributes every element has, shown after the element's own. */
const SHARED_TEXTS: Texts<typeof BASE_ATTRIBUTES> = {
  lang: { label: 'Sprog', values: { da: 'Dansk', en: 'Engelsk' } },
  theme: { label: 'Tema', values: { light: 'Lyst', dark: 'Mørkt', auto: 'Følg læserens indstilling' } },
  'as-of': { label: 'Status pr. dato', hint: 'Tom: i dag.' },
};

const CATEGORIES = {
  strategy: 'Digitaliseringsstrategi',
  principles: 'Principper',
  'model-policy': 'Digitaliseringsmodel',
  'part-of-other': 'Del af andre strategier',
  none: 'Ingen strategi',
  'not-registered': 'Ikke registreret',
} as const satisfies { readonly [V in ValuesOf<(typeof TABLE_ATTRIBUTES)['category']>]?: string };

const STATUSES = {
  current: 'Gældende',
  expired: 'Udløbet',
  upcoming: 'Kommende',
  unknown: 'Ukendt',
  'not-registered': 'Ikke registreret',
} as const satisfies { readonly [V in ValuesOf<(typeof TABLE_ATTRIBUTES)['status']>]?: string };

const REGIONS = {
  '1081': 'Region Nordjylland',
  '1082': 'Region Midtjylland',
  '1083': 'Region Syddanmark',
  '1084': 'Region Hovedstaden',
  '1085': 'Region Sjælland',
} as const satisfies { readonly [V in ValuesOf<(typeof MAP_ATTRIBUTES)['filter']>]?: string };

const COLUMNS: Record<TableColumn, string> = {
  municipality: 'Kommune',
  region: 'Region',
  form: 'Form',
  category: 'Type',
  link: 'Link',
  period: 'Periode',
  status: 'Status',
};

/** `period:desc` → "Periode, faldende": the column's name and the direction (`period` alone is ascending). */
const sortLabel = (value: string): string => {
  const [column, direction] = value.split(':');
  const name = Object.hasOwn(COLUMNS, column!) ? COLUMNS[column as TableColumn] : column!;
  return direction ? `${name}, ${direction === 'desc' ? 'faldende' : 'stigende'}` : name;
};

const HEADING_LEVEL = {
  label: 'Overskriftsniveau',
  hint: 'Så elementets overskrifter passer ind i sidens.',
  valueLabel: (level: string) => `h${level}`,
} as const satisfies AttributeText<string>;

/** Any element's option, its texts held to its own spec. */
type AnyElementOption = { [T in Tag]: ElementOption<T> }[Tag];

export const ELEMENTS: readonly AnyElementOption[] = [
  {
    tag: 'kl-denmark-map',
    label: 'Kort over kommunerne',
    frameTitle: { da: 'Kort over kommunernes strategiske arbejde med digitalisering', en: "Map of the municipalities' strategic work with digitalisation" },
    frameHeight: 900,
    defaults: {},
    texts: {
      'color-by': { label: 'Farver viser', values: { category: 'Type dokument', status: 'Status', region: 'Region' } },
      highlight: { label: 'Fremhæv kommuner', placeholder: 'Sorø, Ringsted', hint: 'Navne eller koder, adskilt af komma.' },
      'zoom-to-highlight': { label: 'Zoom ind på de fremhævede' },
      region: { label: 'Zoom til region', placeholder: 'Sjælland', hint: 'Regionens navn eller kode, fx "Sjælland" eller "1085".' },
      selected: { label: 'Valgt kommune', placeholder: 'Sorø' },
      subset: { label: 'Vis kun disse kommuner', placeholder: 'Sorø, Slagelse, Ringsted', hint: 'Navne eller koder; de andre dæmpes.' },
      filter: {
        label: 'Farveforklaringens valg',
        hint: 'Kun værdierne for det, farverne viser, gælder.',
        values: { ...CATEGORIES, ...STATUSES, ...REGIONS },
      },
      variant: { label: 'Variant', values: { full: 'Fuldt kort', locator: 'Lille oversigtskort' } },
      controls: {
        label: 'Kortets knapper',
        hint: 'Intet valgt: begge. Oversigtskortet har ingen.',
        values: { search: 'Søgefeltet "Find kommune"', download: 'Hent kortet som SVG og PNG', none: 'Ingen' },
      },
      heading: { label: 'Kortets titel', placeholder: 'Kommunernes strategier', hint: 'Vises over kortet og er kortets navn for skærmlæsere.' },
      'heading-level': HEADING_LEVEL,
    },
  },
  {
    tag: 'kl-strategy-table',
    label: 'Tabel over strategierne',
    frameTitle: { da: 'Tabel over kommunernes digitale strategier', en: "Table of the municipalities' digital strategies" },
    frameHeight: 1200,
    defaults: {},
    texts: {
      scope: { label: 'Kommuner', values: { mapping: 'De 65 i kortlægningen', all: 'Alle 98' } },
      query: { label: 'Søgning', placeholder: 'Sorø' },
      category: { label: 'Typer', values: CATEGORIES, hint: '"Ikke registreret" kun med alle 98.' },
      region: { label: 'Regioner', placeholder: 'Sjælland, Hovedstaden', hint: 'Navne eller koder, adskilt af komma.' },
      status: { label: 'Status', values: STATUSES, hint: '"Ikke registreret" kun med alle 98.' },
      sort: { label: 'Sortering', valueLabel: sortLabel },
      selected: { label: 'Valgt kommune', placeholder: 'Sorø' },
      heading: { label: 'Tabellens titel', placeholder: 'Kommunernes digitale strategier' },
    },
  },
  {
    tag: 'kl-municipality-card',
    label: 'En kommunes opslag',
    frameTitle: { da: "Kommunens opslag i KL's kortlægning", en: "The municipality's entry in KL's mapping" },
    frameHeight: 700,
    defaults: { municipality: 'Sorø' },
    texts: {
      municipality: { label: 'Kommune', placeholder: 'Sorø', hint: 'Navn eller firecifret kode, fx "Sorø Kommune" eller "0340".' },
      inspiration: {
        label: 'Inspiration fra andre kommuner',
        values: { all: 'Nabokommuner og samme slags dokument', neighbours: 'Kun nabokommuner', 'same-kind': 'Kun samme slags dokument', off: 'Ingen (kun kommunens eget opslag)' },
      },
      'heading-level': HEADING_LEVEL,
    },
  },
  {
    tag: 'kl-initiative-card',
    label: "Et af KL's initiativer",
    frameTitle: { da: "Et af KL's initiativer om digitalisering", en: "One of KL's initiatives on digitalisation" },
    frameHeight: 700,
    defaults: { initiative: 'netvaerk-digitale-politikker-2021' },
    texts: {
      initiative: {
        label: 'Initiativ',
        placeholder: 'netvaerk-digitale-politikker-2021',
        hint: 'Initiativets id. Et ukendt id viser listen over de kendte.',
      },
      'heading-level': HEADING_LEVEL,
    },
  },
  {
    tag: 'kl-initiative-list',
    label: "Liste over KL's initiativer",
    frameTitle: { da: "KL's initiativer om digitalisering", en: "KL's initiatives on digitalisation" },
    frameHeight: 1400,
    defaults: {},
    texts: {
      kind: { label: 'Typer', values: { network: 'Netværk', programme: 'Program', 'action-plan': 'Handleplan', mapping: 'Kortlægning' } },
      status: { label: 'Status', values: { upcoming: 'Kommende', running: 'I gang', ended: 'Afsluttet', unknown: 'Ukendt' } },
      order: { label: 'Rækkefølge', values: { desc: 'Nyeste først', asc: 'Ældste først' } },
      controls: { label: 'Filterknapper', values: { filters: 'Vis', none: 'Skjul' } },
      'heading-level': HEADING_LEVEL,
    },
  },
  {
    tag: 'kl-key-figures',
    label: 'De korte tal',
    frameTitle: { da: 'Kortlægningens nøgletal', en: "The mapping's key figures" },
    frameHeight: 900,
    defaults: {},
    texts: {
      sections: {
        label: 'Dele',
        values: { published: 'Offentliggjorte tal', counted: 'Det data tæller', chart: 'Diagram', kinds: 'De fem typer dokument' },
        hint: 'Ingen valgt: alle dele.',
      },
      'heading-level': HEADING_LEVEL,
    },
  },
  {
    tag: 'kl-strategy-explorer',
    label: 'Udforsk (kort, tabel og opslag)',
    frameTitle: { da: 'Udforsk kommunernes strategiske arbejde med digitalisering', en: "Explore the municipalities' strategic work with digitalisation" },
    frameHeight: 1600,
    defaults: {},
    texts: { 'url-state': { label: 'Husk valg i adressen', values: { hash: 'Ja (#…)', none: 'Nej' } } },
  },
  {
    tag: 'kl-strategy-timeline',
    label: 'Tidslinje over strategierne',
    frameTitle: { da: 'Tidslinje over kommunernes strategier år for år', en: "Timeline of the municipalities' strategies year by year" },
    frameHeight: 900,
    defaults: {},
    texts: {
      sections: {
        label: 'Dele',
        values: { control: 'Skyder til året', chart: 'Diagram, tabel og CSV' },
        hint: 'Ingen valgt: begge dele.',
      },
      heading: { label: 'Overskrift', placeholder: 'Strategiernes perioder år for år' },
      'heading-level': HEADING_LEVEL,
    },
  },
];

/** The element with this tag, if the builder offers it. */
export const elementOption = (tag: string | null | undefined): AnyElementOption | undefined => ELEMENTS.find((element) => element.tag === tag);

// ---- the form's controls, from the spec --------------------------------------------------

/** The control of each kind of attribute. A kind added to the package fails the typecheck here. */
const CONTROLS = {
  'one-of': 'select',
  language: 'select',
  'heading-level': 'select',
  'list-of': 'multi',
  flag: 'boolean',
  date: 'date',
  municipality: 'text',
  'municipality-list': 'text',
  region: 'text',
  'region-list': 'text',
  initiative: 'text',
  text: 'text',
  number: 'text',
} as const satisfies Record<AttributeKind, AttributeOption['kind']>;

/** A value's label: from the text's `values`, else its `valueLabel`, else the value itself. */
const valueLabel = (text: AttributeText<string> | undefined, value: string): string => text?.values?.[value] ?? text?.valueLabel?.(value) ?? value;

/** The form control of one attribute of the spec. */
function optionOf(def: AttributeSpec[string], text: AttributeText<string> | undefined): AttributeOption {
  const common = { name: def.attribute, label: text?.label ?? def.attribute, ...(text?.hint ? { hint: text.hint } : {}) };
  const kind = CONTROLS[def.kind];
  if (kind === 'select' || kind === 'multi') {
    return { ...common, kind, choices: (def.values ?? []).map((value) => [value, valueLabel(text, value)] as const) };
  }
  if (kind === 'text') return { ...common, kind, ...(text?.placeholder ? { placeholder: text.placeholder } : {}) };
  return { ...common, kind };
}

/** Each element's own attributes (every element also has BASE_ATTRIBUTES). */
const SPECS: { readonly [T in Tag]: Specs[T] } = {
  'kl-denmark-map': MAP_ATTRIBUTES,
  'kl-strategy-table': TABLE_ATTRIBUTES,
  'kl-municipality-card': MUNICIPALITY_CARD_ATTRIBUTES,
  'kl-initiative-card': INITIATIVE_CARD_ATTRIBUTES,
  'kl-initiative-list': LIST_ATTRIBUTES,
  'kl-key-figures': KEY_FIGURES_ATTRIBUTES,
  'kl-strategy-explorer': EXPLORER_ATTRIBUTES,
  'kl-strategy-timeline': TIMELINE_ATTRIBUTES,
};

/** The spec of an element: its own attributes and the shared ones. */
const specOf = (tag: Tag): AttributeSpec => ({ ...SPECS[tag], ...BASE_ATTRIBUTES });

/**
 * The attributes the builder offers for an element, and the iframe page accepts: every attribute
 * of its spec but those NOT_OFFERED, the element's own first (in the order of its texts), then
 * the shared ones; an attribute without a text last, under its own name.
 */
export function attributeOptions(option: AnyElementOption): AttributeOption[] {
  const texts: Readonly<Record<string, AttributeText<string> | undefined>> = { ...option.texts, ...SHARED_TEXTS };
  const order = Object.keys(texts);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.values(specOf(option.tag))
    .filter((def) => !Object.hasOwn(NOT_OFFERED, def.attribute))
    .sort((a, b) => rank(a.attribute) - rank(b.attribute))
    .map((def) => optionOf(def, texts[def.attribute]));
}
