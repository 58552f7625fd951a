// The map's story args (its attributes, by their HTML names, and its event handlers) and the
// render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import type {
  DataErrorEvent,
  DenmarkMapAttributes,
  FilterChangeEvent,
  MunicipalitySelectEvent,
} from '@kl-digital/elements';

export interface MapArgs extends DenmarkMapAttributes, CommonArgs {
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


/** `<kl-denmark-map>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderMap = (args: MapArgs): TemplateResult => html`<kl-denmark-map
  color-by=${ifDefined(args['color-by'])}
  selected=${ifDefined(attr(args.selected))}
  highlight=${ifDefined(attr(args.highlight))}
  ?zoom-to-highlight=${args['zoom-to-highlight'] ?? false}
  subset=${ifDefined(args.subset)}
  region=${ifDefined(attr(args.region))}
  filter=${ifDefined(attr(args.filter))}
  heading=${ifDefined(attr(args.heading))}
  variant=${ifDefined(args.variant)}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-municipality-select=${args.onKlMunicipalitySelect}
  @kl-filter-change=${args.onKlFilterChange}
  @kl-data-error=${args.onKlDataError}
></kl-denmark-map>`;
