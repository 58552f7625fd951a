// The initiative list's story args (its attributes, by their HTML names, and its event handlers)
// and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataErrorEvent, InitiativeFilterChangeEvent, InitiativeListAttributes } from '@kl-digital/elements';
import type { Dataset } from '@kl-digital/core';

export interface InitiativeListArgs extends InitiativeListAttributes {
  'load-timeout'?: number;
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
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

// A control cleared to "" means the attribute is not set.
const text = (value: string | undefined): string | undefined => (value ? value : undefined);

/** `<kl-initiative-list>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderInitiativeList = (args: InitiativeListArgs): TemplateResult => html`<kl-initiative-list
  kind=${ifDefined(text(args.kind))}
  status=${ifDefined(text(args.status))}
  order=${ifDefined(args.order)}
  controls=${ifDefined(args.controls)}
  heading-level=${ifDefined(text(args['heading-level']))}
  src=${ifDefined(text(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(text(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-initiative-filter-change=${args.onKlInitiativeFilterChange}
  @kl-data-error=${args.onKlDataError}
></kl-initiative-list>`;
