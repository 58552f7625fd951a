// The map's story args (its attributes, by their HTML names, and its event handlers) and the
// render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  DataErrorEvent,
  DenmarkMapAttributes,
  FilterChangeEvent,
  MunicipalitySelectEvent,
} from '@kl-digital/elements';
import type { Dataset } from '@kl-digital/core';

export interface MapArgs extends DenmarkMapAttributes {
  'load-timeout'?: number;
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
  onKlMunicipalitySelect?: (event: MunicipalitySelectEvent) => void;
  onKlFilterChange?: (event: FilterChangeEvent) => void;
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The attributes `renderMap` writes. One added to the map's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'color-by',
  'selected',
  'highlight',
  'zoom-to-highlight',
  'subset',
  'region',
  'filter',
  'heading',
  'variant',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof DenmarkMapAttributes)[];
type NotRendered = Exclude<keyof DenmarkMapAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;

// A control cleared to "" means the attribute is not set.
const text = (value: string | undefined): string | undefined => (value ? value : undefined);

/** `<kl-denmark-map>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderMap = (args: MapArgs): TemplateResult => html`<kl-denmark-map
  color-by=${ifDefined(args['color-by'])}
  selected=${ifDefined(text(args.selected))}
  highlight=${ifDefined(text(args.highlight))}
  ?zoom-to-highlight=${args['zoom-to-highlight'] ?? false}
  subset=${ifDefined(args.subset)}
  region=${ifDefined(text(args.region))}
  filter=${ifDefined(text(args.filter))}
  heading=${ifDefined(text(args.heading))}
  variant=${ifDefined(args.variant)}
  src=${ifDefined(text(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(text(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-municipality-select=${args.onKlMunicipalitySelect}
  @kl-filter-change=${args.onKlFilterChange}
  @kl-data-error=${args.onKlDataError}
></kl-denmark-map>`;
