// The explorer's whole state, and its form in the URL hash, so that a link reproduces the view.
import { COLOR_BY, parseSort, resolveMunicipality, resolveRegion, shownCodes, TABLE_CATEGORY_VALUES, TABLE_STATUS_VALUES, type ColorBy, type Dataset } from '@kl-digital/core';
import type { ExplorerChangeDetail } from '../shared/events/index.js';

/** Everything the explorer shows depends on this, and nothing else (the detail of `kl-explorer-change`). */
export type ExplorerState = ExplorerChangeDetail;

/** The state of a fresh explorer. */
export const EMPTY_STATE: ExplorerState = { selected: null, colorBy: 'category', query: '', categories: [], regions: [], statuses: [], sort: '', year: null };

// Danish parameter names: the links are shared by Danish editors.
const KEYS = { selected: 'kommune', colorBy: 'farve', query: 'q', categories: 'kategori', regions: 'region', statuses: 'status', sort: 'sort', year: 'aar' } as const;

const list = (value: string | null) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
// A year as four digits (`aar=2024`); anything else is no year, and the explorer's `as-of` holds.
const year = (value: string | null) => (value && /^\d{4}$/.test(value.trim()) ? Number(value) : null);

/** Reads a state from a hash such as `#kommune=0340&farve=status&q=sor`; unknown keys are ignored. */
export function parseExplorerHash(hash: string): ExplorerState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const colorBy = params.get(KEYS.colorBy) ?? '';
  return {
    selected: params.get(KEYS.selected) || null,
    colorBy: (COLOR_BY as readonly string[]).includes(colorBy) ? (colorBy as ColorBy) : EMPTY_STATE.colorBy,
    query: params.get(KEYS.query) ?? '',
    categories: list(params.get(KEYS.categories)),
    regions: list(params.get(KEYS.regions)),
    statuses: list(params.get(KEYS.statuses)),
    sort: params.get(KEYS.sort) ?? '',
    year: year(params.get(KEYS.year)),
  };
}

/** True when a hash holds any of the explorer's keys; other fragments (`#indhold`) are not its state. */
export function isExplorerHash(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return Object.values(KEYS).some((key) => params.has(key));
}

/** The hash of a state, leaving out what equals the defaults (`''` for the fresh explorer). */
export function explorerHash(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set(KEYS.selected, state.selected);
  if (state.colorBy !== EMPTY_STATE.colorBy) params.set(KEYS.colorBy, state.colorBy);
  if (state.query) params.set(KEYS.query, state.query);
  if (state.categories.length) params.set(KEYS.categories, state.categories.join(','));
  if (state.regions.length) params.set(KEYS.regions, state.regions.join(','));
  if (state.statuses.length) params.set(KEYS.statuses, state.statuses.join(','));
  if (state.sort) params.set(KEYS.sort, state.sort);
  if (state.year !== null) params.set(KEYS.year, String(state.year));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** True when two states show the same view. */
export function sameState(a: ExplorerState, b: ExplorerState): boolean {
  return explorerHash(a) === explorerHash(b);
}

/**
 * The state with only what names something in the data, and what was dropped (the hash's key
 * and value, for the console). A link is anyone's to write: a value that is no municipality,
 * category, region, status or sort, or a search that finds nothing, is not passed on to the
 * map, table and card, which would show it to the reader in a notice or a field.
 */
export function knownState(
  state: ExplorerState,
  data: Pick<Dataset, 'municipalities' | 'regions' | 'entries'>,
): { state: ExplorerState; dropped: [key: string, value: string][] } {
  const dropped: [string, string][] = [];
  /** `value` as `read` finds it in the data, or null (and noted) where it finds nothing. */
  const known = (key: keyof typeof KEYS, value: string, read: (value: string) => string | null | undefined): string | null => {
    const found = read(value) ?? null;
    if (found === null) dropped.push([KEYS[key], value]);
    return found;
  };
  const all = (key: keyof typeof KEYS, values: readonly string[], read: (value: string) => string | null | undefined) =>
    values.flatMap((value) => known(key, value, read) ?? []);
  const oneOf = (allowed: readonly string[]) => (value: string) => allowed.find((v) => v === value);
  const municipality = (value: string) => {
    const result = resolveMunicipality(data, value);
    return result.found ? result.municipality.code : null;
  };
  const region = (value: string) => {
    const result = resolveRegion(data, value);
    return result.found ? result.region.code : null;
  };
  const finds = (query: string) => (shownCodes(data, { query, asOf: new Date() }).size > 0 ? query : null);
  return {
    state: {
      ...state,
      selected: state.selected ? known('selected', state.selected, municipality) : null,
      query: state.query ? (known('query', state.query, finds) ?? '') : '',
      categories: all('categories', state.categories, oneOf(TABLE_CATEGORY_VALUES)),
      regions: all('regions', state.regions, region),
      statuses: all('statuses', state.statuses, oneOf(TABLE_STATUS_VALUES)),
      sort: state.sort ? (known('sort', state.sort, (value) => (parseSort(value) ? value : null)) ?? '') : '',
    },
    dropped,
  };
}
