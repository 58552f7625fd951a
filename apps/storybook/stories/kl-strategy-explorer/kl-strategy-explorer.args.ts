// The explorer's story args (its attributes, by their HTML names, and its event handlers) and
// the render that writes them as markup, as an editor would.
//
// The explorer has no defs.ts and so no attributes interface in the package; this one lists the
// attributes of its class doc comment. `url-state` is typed by the package's `UrlState`.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import type { DataErrorEvent, ExplorerState, MunicipalitySelectEvent, UrlState } from '@kl-digital/elements';

/** Attributes an editor sets in HTML. */
export interface StrategyExplorerAttributes {
  'url-state'?: UrlState;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}

export interface ExplorerArgs extends StrategyExplorerAttributes, CommonArgs {
  onKlMunicipalitySelect?: (event: MunicipalitySelectEvent) => void;
  onKlExplorerChange?: (event: CustomEvent<ExplorerState>) => void;
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The attributes `renderExplorer` writes. */
export const RENDERED_ATTRIBUTES = ['url-state', 'src', 'lang', 'as-of', 'theme'] as const satisfies readonly (keyof StrategyExplorerAttributes)[];
type NotRendered = Exclude<keyof StrategyExplorerAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/**
 * `<kl-strategy-explorer>` with the args as attributes, `dataset` as the property, the handlers
 * as listeners. Stories keep `url-state="none"`: an explorer that wrote its state to the URL
 * hash would write it into Storybook's own URL.
 */
export const renderExplorer = (args: ExplorerArgs): TemplateResult => html`<kl-strategy-explorer
  url-state=${ifDefined(args['url-state'])}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-municipality-select=${args.onKlMunicipalitySelect}
  @kl-explorer-change=${args.onKlExplorerChange}
  @kl-data-error=${args.onKlDataError}
></kl-strategy-explorer>`;
