// The key figures' story args (their attributes, by their HTML names, and the event handler)
// and the render that writes them as markup, as an editor would.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, type CommonArgs } from '../support/common-args.js';
import type { DataErrorEvent, KeyFiguresAttributes } from '@kl-digital/elements';

export interface KeyFiguresArgs extends KeyFiguresAttributes, CommonArgs {
  onKlDataError?: (event: DataErrorEvent) => void;
}

/** The attributes `renderKeyFigures` writes. One added to the element's defs but not here fails the typecheck. */
export const RENDERED_ATTRIBUTES = [
  'sections',
  'heading-level',
  'src',
  'lang',
  'as-of',
  'theme',
] as const satisfies readonly (keyof KeyFiguresAttributes)[];
type NotRendered = Exclude<keyof KeyFiguresAttributes, (typeof RENDERED_ATTRIBUTES)[number]>;
export const everyAttributeRendered: [NotRendered] extends [never] ? true : NotRendered = true;


/** `<kl-key-figures>` with the args as attributes, `dataset` as the property, the handler as a listener. */
export const renderKeyFigures = (args: KeyFiguresArgs): TemplateResult => html`<kl-key-figures
  sections=${ifDefined(attr(args.sections))}
  heading-level=${ifDefined(args['heading-level'] === '' ? undefined : args['heading-level'])}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(args.lang)}
  as-of=${ifDefined(attr(args['as-of']))}
  theme=${ifDefined(args.theme)}
  load-timeout=${ifDefined(args['load-timeout'])}
  .dataset=${args.dataset}
  @kl-data-error=${args.onKlDataError}
></kl-key-figures>`;
