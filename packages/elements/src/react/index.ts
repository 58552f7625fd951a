// React components for the elements, through @lit/react: props the element declares are set as
// properties (`dataset`, `selected`, `colorBy`), the `kl-*` events are `on*` props named after
// the events the element's defs declare (`kl-municipality-select` is `onMunicipalitySelect`),
// everything else stays an attribute. `import { DenmarkMap } from '@kl-digital/elements/react'`;
// React 17 to 19. Importing this entry registers the eight elements.
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { Dataset } from '@kl-digital/core';
import type { KlEventMap, KlEventName } from '../shared/events/index.js';
import { KlDenmarkMap } from '../kl-denmark-map/kl-denmark-map.js';
import { MAP_EVENTS } from '../kl-denmark-map/kl-denmark-map.defs.js';
import { KlStrategyTable } from '../kl-strategy-table/kl-strategy-table.js';
import { TABLE_EVENTS } from '../kl-strategy-table/kl-strategy-table.defs.js';
import { KlMunicipalityCard } from '../kl-municipality-card/kl-municipality-card.js';
import { MUNICIPALITY_CARD_EVENTS } from '../kl-municipality-card/kl-municipality-card.defs.js';
import { KlInitiativeCard } from '../kl-initiative-card/kl-initiative-card.js';
import { INITIATIVE_CARD_EVENTS } from '../kl-initiative-card/kl-initiative-card.defs.js';
import { KlInitiativeList } from '../kl-initiative-list/kl-initiative-list.js';
import { LIST_EVENTS } from '../kl-initiative-list/kl-initiative-list.defs.js';
import { KlKeyFigures } from '../kl-key-figures/kl-key-figures.js';
import { KEY_FIGURES_EVENTS } from '../kl-key-figures/kl-key-figures.defs.js';
import { KlStrategyExplorer } from '../kl-strategy-explorer/kl-strategy-explorer.js';
import { EXPLORER_EVENTS } from '../kl-strategy-explorer/kl-strategy-explorer.defs.js';
import { KlStrategyTimeline } from '../kl-strategy-timeline/kl-strategy-timeline.js';
import { TIMELINE_EVENTS } from '../kl-strategy-timeline/kl-strategy-timeline.defs.js';

type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;
/** The React prop of an event: `kl-municipality-select` is `onMunicipalitySelect`. */
export type EventProp<N extends string> = N extends `kl-${infer R}` ? `on${Pascal<R>}` : never;
type EventProps<N extends readonly KlEventName[]> = { [K in N[number] as EventProp<K>]: EventName<CustomEvent<KlEventMap[K]>> };

/** The `on*` props of a list of events. */
function eventProps<const N extends readonly KlEventName[]>(names: N): EventProps<N> {
  const prop = (name: string) => `on${name.replace(/^kl/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  return Object.fromEntries(names.map((name) => [prop(name), name])) as EventProps<N>;
}

/**
 * A React component of an element, with a typed `dataset` prop: the elements' `dataset` (the data
 * to render) replaces HTMLElement's, which @lit/react's prop types leave out as a DOM property.
 */
export type KlReactComponent<I extends HTMLElement, E extends Record<string, EventName | string>> =
  ReactWebComponent<I, E> extends React.ForwardRefExoticComponent<infer P>
    ? React.ForwardRefExoticComponent<Omit<P, 'dataset'> & { dataset?: Dataset }>
    : never;

function wrap<I extends HTMLElement, const N extends readonly KlEventName[]>(tagName: string, elementClass: new () => I, displayName: string, events: N) {
  return createComponent({ react: React, tagName, elementClass, displayName, events: eventProps(events) }) as unknown as KlReactComponent<I, EventProps<N>>;
}

/** `<kl-denmark-map>`; events `onMunicipalitySelect`, `onFilterChange`, `onDataError`. */
export const DenmarkMap = wrap('kl-denmark-map', KlDenmarkMap, 'DenmarkMap', MAP_EVENTS);

/** `<kl-strategy-table>`; events `onMunicipalitySelect`, `onFilterChange`, `onDataError`. */
export const StrategyTable = wrap('kl-strategy-table', KlStrategyTable, 'StrategyTable', TABLE_EVENTS);

/** `<kl-municipality-card>`; event `onDataError`. */
export const MunicipalityCard = wrap('kl-municipality-card', KlMunicipalityCard, 'MunicipalityCard', MUNICIPALITY_CARD_EVENTS);

/** `<kl-initiative-card>`; event `onDataError`. */
export const InitiativeCard = wrap('kl-initiative-card', KlInitiativeCard, 'InitiativeCard', INITIATIVE_CARD_EVENTS);

/** `<kl-initiative-list>`; events `onFilterChange`, `onDataError`. */
export const InitiativeList = wrap('kl-initiative-list', KlInitiativeList, 'InitiativeList', LIST_EVENTS);

/** `<kl-key-figures>`; event `onDataError`. */
export const KeyFigures = wrap('kl-key-figures', KlKeyFigures, 'KeyFigures', KEY_FIGURES_EVENTS);

/** `<kl-strategy-explorer>`; events `onMunicipalitySelect`, `onExplorerChange`, `onAsOfChange`, `onDataError`. */
export const StrategyExplorer = wrap('kl-strategy-explorer', KlStrategyExplorer, 'StrategyExplorer', EXPLORER_EVENTS);

/** `<kl-strategy-timeline>`; events `onAsOfChange`, `onDataError`. */
export const StrategyTimeline = wrap('kl-strategy-timeline', KlStrategyTimeline, 'StrategyTimeline', TIMELINE_EVENTS);
