// The table's story args (its attributes, by their HTML names, and its event handlers) and the
// render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import type {
  DataErrorEvent,
  MunicipalitySelectEvent,
  StrategyTableAttributes,
  TableChangeEvent,
} from '@kl-digital/elements';

export interface TableArgs extends StrategyTableAttributes, CommonArgs {
  onKlMunicipalitySelect?: (event: MunicipalitySelectEvent) => void;
  onKlTableChange?: (event: TableChangeEvent) => void;
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The attributes `renderTable` writes. One added to the table's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'scope',
  'query',
  'category',
  'region',
  'status',
  'sort',
  'selected',
  'heading',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof StrategyTableAttributes)[];
type NotRendered = Exclude<keyof StrategyTableAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/** `<kl-strategy-table>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderTable = (args: TableArgs): TemplateResult => html`<kl-strategy-table
  scope=${ifDefined(args.scope)}
  query=${ifDefined(attr(args.query))}
  category=${ifDefined(attr(args.category))}
  region=${ifDefined(attr(args.region))}
  status=${ifDefined(attr(args.status))}
  sort=${ifDefined(attr(args.sort))}
  selected=${ifDefined(attr(args.selected))}
  heading=${ifDefined(attr(args.heading))}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-municipality-select=${args.onKlMunicipalitySelect}
  @kl-table-change=${args.onKlTableChange}
  @kl-data-error=${args.onKlDataError}
></kl-strategy-table>`;
