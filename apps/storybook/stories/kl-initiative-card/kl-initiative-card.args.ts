// The initiative card's story args (its attributes, by their HTML names, and its event handler)
// and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataErrorEvent, InitiativeCardAttributes } from '@kl-digital/elements';
import type { Dataset } from '@kl-digital/core';

export interface InitiativeCardArgs extends InitiativeCardAttributes {
  'load-timeout'?: number;
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The values of `heading-level` (the defs' `INITIATIVE_HEADING_LEVELS`, which the package does not export). */
export const HEADING_LEVEL_OPTIONS = ['2', '3', '4', '5', '6'] as const satisfies readonly NonNullable<
  InitiativeCardAttributes['heading-level']
>[];

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

// A control cleared to "" means the attribute is not set.
const text = (value: string | undefined): string | undefined => (value ? value : undefined);

/** `<kl-initiative-card>` with the args as attributes, `dataset` as the property, the handler as a listener. */
export const renderInitiativeCard = (args: InitiativeCardArgs): TemplateResult => html`<kl-initiative-card
  initiative=${ifDefined(text(args.initiative))}
  heading-level=${ifDefined(args['heading-level'])}
  src=${ifDefined(text(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(text(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-data-error=${args.onKlDataError}
></kl-initiative-card>`;
