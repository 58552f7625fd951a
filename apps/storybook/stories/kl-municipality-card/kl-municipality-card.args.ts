// The municipality card's story args (its attributes, by their HTML names, and its event
// handler) and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import { MUNICIPALITY_CARD_HEADING_LEVELS, type DataErrorEvent, type MunicipalityCardAttributes } from '@kl-digital/elements';

export interface MunicipalityCardArgs extends MunicipalityCardAttributes, CommonArgs {
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The values of `heading-level`, from the package's defs. */
export const HEADING_LEVEL_OPTIONS = MUNICIPALITY_CARD_HEADING_LEVELS.map(String);

/** The attributes `renderMunicipalityCard` writes. One added to the card's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'municipality',
  'heading-level',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof MunicipalityCardAttributes)[];
type NotRendered = Exclude<keyof MunicipalityCardAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/** `<kl-municipality-card>` with the args as attributes, `dataset` as the property, the handler as a listener. */
export const renderMunicipalityCard = (args: MunicipalityCardArgs): TemplateResult => html`<kl-municipality-card
  municipality=${ifDefined(attr(args.municipality))}
  heading-level=${ifDefined(args['heading-level'])}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-data-error=${args.onKlDataError}
></kl-municipality-card>`;
