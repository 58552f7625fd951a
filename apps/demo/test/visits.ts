// The pages the page tests visit: every page of site/pages.ts (the embed page with an element),
// and the municipal page for a municipality outside the mapping and for a misspelled one. In two
// groups of about equal cost, one test file each, so that the two run side by side.
import { PAGES } from '../site/pages.js';

export interface Visit {
  /** The screenshots' name: artifacts/demo/<name>-<width>.png. */
  name: string;
  path: string;
}

const ALL: Visit[] = [
  ...PAGES.map((page) => ({
    name: page.id,
    path: page.id === 'embed' ? `${page.url}?el=kl-denmark-map&color-by=status&highlight=Sor%C3%B8&zoom-to-highlight=` : page.url,
  })),
  { name: 'kommune-ballerup', path: '/kommune/?kommune=Ballerup' },
  { name: 'kommune-sorroe', path: '/kommune/?kommune=Sorr%C3%B8' },
];

/** The article and the explorer are the heavy ones (the whole table, the map, many cards). */
const HEAVY = new Set(['artikel', 'udforsk', 'forside', 'embed']);

export const VISITS = { heavy: ALL.filter((visit) => HEAVY.has(visit.name)), light: ALL.filter((visit) => !HEAVY.has(visit.name)) };
