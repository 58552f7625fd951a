// The table's story args (its attributes, by their HTML names, and its event handlers) and the
// render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  DataErrorEvent,
  MunicipalitySelectEvent,
  StrategyTableAttributes,
  TableChangeEvent,
} from '@kl-digital/elements';
import type { Dataset } from '@kl-digital/core';

export interface TableArgs extends StrategyTableAttributes {
  'load-timeout'?: number;
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
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

// A control cleared to "" means the attribute is not set.
const text = (value: string | undefined): string | undefined => (value ? value : undefined);

/** `<kl-strategy-table>` with the args as attributes, `dataset` as the property, the handlers as listeners. */
export const renderTable = (args: TableArgs): TemplateResult => html`<kl-strategy-table
  scope=${ifDefined(args.scope)}
  query=${ifDefined(text(args.query))}
  category=${ifDefined(text(args.category))}
  region=${ifDefined(text(args.region))}
  status=${ifDefined(text(args.status))}
  sort=${ifDefined(text(args.sort))}
  selected=${ifDefined(text(args.selected))}
  heading=${ifDefined(text(args.heading))}
  src=${ifDefined(text(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(text(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-municipality-select=${args.onKlMunicipalitySelect}
  @kl-table-change=${args.onKlTableChange}
  @kl-data-error=${args.onKlDataError}
></kl-strategy-table>`;
