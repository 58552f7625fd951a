// The initiative card's story args (its attributes, by their HTML names, and its event handler)
// and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import { INITIATIVE_HEADING_LEVELS, type DataErrorEvent, type InitiativeCardAttributes } from '@kl-digital/elements';

export interface InitiativeCardArgs extends InitiativeCardAttributes, CommonArgs {
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The values of `heading-level`, from the package's defs. */
export const HEADING_LEVEL_OPTIONS = INITIATIVE_HEADING_LEVELS.map(String);

/** The attributes `renderInitiativeCard` writes. One added to the card's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'initiative',
  'heading-level',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof InitiativeCardAttributes)[];
type NotRendered = Exclude<keyof InitiativeCardAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/** `<kl-initiative-card>` with the args as attributes, `dataset` as the property, the handler as a listener. */
export const renderInitiativeCard = (args: InitiativeCardArgs): TemplateResult => html`<kl-initiative-card
  initiative=${ifDefined(attr(args.initiative))}
  heading-level=${ifDefined(args['heading-level'])}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-data-error=${args.onKlDataError}
></kl-initiative-card>`;
