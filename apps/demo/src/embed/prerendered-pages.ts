// The iframe pages rendered at build time (build/prerender-embeds.ts, Lit's server renderer into
// declarative shadow roots): each element's default view at /embed/<tag>/, and each
// municipality's card at /embed/kl-municipality-card/<code>/. They show their content at once
// and without JavaScript, and hydrate when the script runs. The embed builder points its iframe
// snippet at one of them where the options are the same; /embed/?el=… shows everything else.
import { resolveMunicipality } from '@kl-digital/core';
import { places } from '@kl-digital/core/data/places';
import { ELEMENTS } from './element-options.js';
import type { Attributes } from './snippet.js';

/** One prerendered page. */
export interface PrerenderedPage {
  /** Where it is served: `/embed/kl-denmark-map/`. */
  path: string;
  tag: string;
  /** The element's attributes, as the ?el= page would set them. */
  attributes: Attributes;
  /** The page's title and its (visually hidden) heading. */
  title: string;
}

const CARD = 'kl-municipality-card';

/** The path of a municipality's card page. */
const cardPath = (code: string) => `/embed/${CARD}/${code}/`;

/** The default view: what the builder shows when the element is chosen (its `defaults`). */
const defaultAttributes = (option: (typeof ELEMENTS)[number]): Attributes => Object.entries(option.defaults).map(([name, value]) => [name, String(value)]);

const cardTitle = ELEMENTS.find((option) => option.tag === CARD)!.frameTitle.da;

export const PRERENDERED_PAGES: readonly PrerenderedPage[] = [
  ...ELEMENTS.map((option) => ({ path: `/embed/${option.tag}/`, tag: option.tag, attributes: defaultAttributes(option), title: option.frameTitle.da })),
  ...places.municipalities.map((municipality) => ({
    path: cardPath(municipality.code),
    tag: CARD,
    attributes: [['municipality', municipality.code]] as const,
    title: `${municipality.officialName}: ${cardTitle.charAt(0).toLowerCase()}${cardTitle.slice(1)}`,
  })),
];

/** The same attributes, in any order. */
const same = (a: Attributes, b: Attributes) => a.length === b.length && a.every(([name, value]) => b.some(([n, v]) => n === name && v === value));

/**
 * The prerendered page that shows this element with these attributes, or null where there is
 * none (the ?el= page shows it): a card with only `municipality` set, as the card of the
 * municipality it names (`Sorø`, `Sorø Kommune`, `soroe`, `0340`), or an element in its default view.
 */
export function prerenderedPath(tag: string, attributes: Attributes): string | null {
  if (tag === CARD && attributes.length === 1 && attributes[0]![0] === 'municipality') {
    const found = resolveMunicipality(places, attributes[0]![1]);
    return found.found ? cardPath(found.municipality.code) : null;
  }
  const option = ELEMENTS.find((element) => element.tag === tag);
  return option && same(attributes, defaultAttributes(option)) ? `/embed/${tag}/` : null;
}
