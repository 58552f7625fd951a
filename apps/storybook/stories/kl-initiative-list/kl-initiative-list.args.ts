// The initiative list's story args (its attributes, by their HTML names, and its event handlers)
// and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import type { DataErrorEvent, InitiativeFilterChangeEvent, InitiativeListAttributes } from '@kl-digital/elements';

export interface InitiativeListArgs extends InitiativeListAttributes, CommonArgs {
  onKlInitiativeFilterChange?: (event: InitiativeFilterChangeEvent) => void;
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The attributes `renderInitiativeList` writes. One added to the list's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'kind',
  'status',
  'order',
  'controls',
  'heading-level',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof InitiativeListAttributes)[];
type NotRendered = Exclude<keyof InitiativeListAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/** `<kl-initiative-list>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderInitiativeList = (args: InitiativeListArgs): TemplateResult => html`<kl-initiative-list
  kind=${ifDefined(attr(args.kind))}
  status=${ifDefined(attr(args.status))}
  order=${ifDefined(args.order)}
  controls=${ifDefined(args.controls)}
  heading-level=${ifDefined(attr(args['heading-level']))}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-initiative-filter-change=${args.onKlInitiativeFilterChange}
  @kl-data-error=${args.onKlDataError}
></kl-initiative-list>`;
