// The initiative list's public values, shared by the element, its tests and Storybook's controls.
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeKind, type InitiativeStatus } from '@kl-digital/core';

/** Allowed tokens of `kind`. */
export const LIST_KINDS = INITIATIVE_KINDS;
/** Allowed tokens of `status`. */
export const LIST_STATUSES = INITIATIVE_STATUSES;
/** Allowed values of `order`: newest first (`desc`) or oldest first (`asc`). */
export const LIST_ORDERS = ['desc', 'asc'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];
/** Allowed values of `controls`: the filter buttons shown, or `none`. */
export const LIST_CONTROLS = ['filters', 'none'] as const;
export type ListControls = (typeof LIST_CONTROLS)[number];
/** Allowed values of `heading-level` (the cards' headings). */
export const LIST_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** Defaults of the list's attributes. */
export const LIST_DEFAULTS = {
  order: 'desc' as ListOrder,
  controls: 'filters' as ListControls,
  headingLevel: 2,
} as const;

/** The names of the events the list fires. */
export const LIST_EVENTS = {
  filter: 'kl-initiative-filter-change',
  dataError: 'kl-data-error',
} as const;

/** Attributes an editor sets in HTML. */
export interface InitiativeListAttributes {
  kind?: string;
  status?: string;
  order?: ListOrder;
  controls?: ListControls;
  'heading-level'?: string;
  src?: string;
  lang?: 'da' | 'en';
  'as-of'?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * Splits an attribute into known values and unknown tokens. Tokens are separated by commas or
 * white space and matched without regard to case against the values and their `aliases`.
 */
export function parseTokens<T extends string>(
  text: string | null | undefined,
  allowed: readonly T[],
  aliases: Record<string, T> = {},
): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const token of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const key = token.toLowerCase();
    const value = (allowed as readonly string[]).includes(key) ? (key as T) : Object.hasOwn(aliases, key) ? aliases[key] : undefined;
    if (value === undefined) unknown.push(token);
    else if (!values.includes(value)) values.push(value);
  }
  return { values, unknown };
}

export type { InitiativeKind, InitiativeStatus };
