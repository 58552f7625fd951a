// The initiative list's public values: its attributes (the one place they are declared), events
// and defaults, shared by the element, its tests, Storybook and the demo's embed builder.
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, LABELS, type InitiativeKind, type InitiativeStatus } from '@kl-digital/core';
import { headingLevel, listOf, oneOf } from '../shared/attributes/attribute-kinds.js';
import type { AttributeSpec, HtmlAttributes } from '../shared/attributes/attribute-spec.js';
import type { BaseAttributes } from '../shared/base-attributes.js';

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
export type { InitiativeKind, InitiativeStatus };

// Editors may write the labels they read (`netværk`, `handleplan`, `i-gang`) as well as the ids.
function labelAliases<T extends string>(pick: (labels: (typeof LABELS)['da']) => Record<T, string>): Record<string, T> {
  const aliases: Record<string, T> = {};
  for (const labels of [LABELS.da, LABELS.en]) {
    for (const [value, label] of Object.entries(pick(labels)) as [T, string][]) aliases[label.toLowerCase().replace(/\s+/g, '-')] = value;
  }
  return aliases;
}

/** The list's attributes. */
export const LIST_ATTRIBUTES = {
  /** Kinds to show: `network`, `programme`, `action-plan`, `mapping` (empty: all). Reflects the reader's choice. */
  kind: listOf('kind', INITIATIVE_KINDS, {
    reflect: true,
    aliases: labelAliases((l) => l.initiativeKind),
  }),
  /** Statuses at `as-of` to show: `upcoming`, `running`, `ended`, `unknown` (empty: all). Reflects the reader's choice. */
  status: listOf('status', INITIATIVE_STATUSES, {
    reflect: true,
    aliases: labelAliases((l) => l.initiativeStatus),
  }),
  /** `desc` (newest first, default) or `asc`; initiatives without a date come last. */
  order: oneOf('order', LIST_ORDERS, 'desc'),
  /** `filters` (default) shows the filter buttons; `none` hides them. */
  controls: oneOf('controls', LIST_CONTROLS, 'filters'),
  /** Level of the cards' headings, 2 to 6 (default 2). */
  headingLevel: headingLevel(),
} as const satisfies AttributeSpec;

/** The events the list fires. */
export const LIST_EVENTS = ['kl-filter-change', 'kl-data-error'] as const;

/** Attributes an editor sets in HTML. */
export type InitiativeListAttributes = HtmlAttributes<typeof LIST_ATTRIBUTES & BaseAttributes>;
