// React components for the elements, through @lit/react: props the element declares are set as
// properties (`dataset`, `selected`, `colorBy`), the `kl-*` events are `on*` props, everything else
// stays an attribute. `import { DenmarkMap } from '@kl-digital/elements/react'`; React 17 to 19.
// Importing this entry registers the seven elements.
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { Dataset } from '@kl-digital/core';
import type { DataErrorEvent, FilterChangeEvent, MunicipalitySelectEvent } from '../shared/events.js';
import { KlDenmarkMap } from '../kl-denmark-map/kl-denmark-map.js';
import { MAP_EVENTS } from '../kl-denmark-map/kl-denmark-map.defs.js';
import { KlStrategyTable } from '../kl-strategy-table/kl-strategy-table.js';
import { TABLE_EVENTS } from '../kl-strategy-table/kl-strategy-table.defs.js';
import type { TableChangeEvent } from '../kl-strategy-table/kl-strategy-table.component.js';
import { KlMunicipalityCard } from '../kl-municipality-card/kl-municipality-card.js';
import { KlInitiativeCard } from '../kl-initiative-card/kl-initiative-card.js';
import { KlInitiativeList } from '../kl-initiative-list/kl-initiative-list.js';
import { LIST_EVENTS } from '../kl-initiative-list/kl-initiative-list.defs.js';
import type { InitiativeFilterChangeEvent } from '../kl-initiative-list/kl-initiative-list.component.js';
import { KlKeyFigures } from '../kl-key-figures/kl-key-figures.js';
import { KlStrategyExplorer } from '../kl-strategy-explorer/kl-strategy-explorer.js';
import type { ExplorerState } from '../kl-strategy-explorer/explorer-state.js';

type Events = Record<string, EventName | string>;

/**
 * A React component of an element, with a typed `dataset` prop: the elements' `dataset` (the data
 * to render) replaces HTMLElement's, which @lit/react's prop types leave out as a DOM property.
 */
export type KlReactComponent<I extends HTMLElement, E extends Events> =
  ReactWebComponent<I, E> extends React.ForwardRefExoticComponent<infer P>
    ? React.ForwardRefExoticComponent<Omit<P, 'dataset'> & { dataset?: Dataset }>
    : never;

function wrap<I extends HTMLElement, E extends Events>(tagName: string, elementClass: new () => I, displayName: string, events: E): KlReactComponent<I, E> {
  return createComponent({ react: React, tagName, elementClass, displayName, events }) as unknown as KlReactComponent<I, E>;
}

const onDataError = 'kl-data-error' as EventName<DataErrorEvent>;
const onMunicipalitySelect = MAP_EVENTS.select as EventName<MunicipalitySelectEvent>;

/** `<kl-denmark-map>`; events `onMunicipalitySelect`, `onFilterChange`, `onDataError`. */
export const DenmarkMap = wrap('kl-denmark-map', KlDenmarkMap, 'DenmarkMap', {
  onMunicipalitySelect,
  onFilterChange: MAP_EVENTS.filter as EventName<FilterChangeEvent>,
  onDataError,
});

/** `<kl-strategy-table>`; events `onMunicipalitySelect`, `onTableChange`, `onDataError`. */
export const StrategyTable = wrap('kl-strategy-table', KlStrategyTable, 'StrategyTable', {
  onMunicipalitySelect,
  onTableChange: TABLE_EVENTS.change as EventName<TableChangeEvent>,
  onDataError,
});

/** `<kl-municipality-card>`; event `onDataError`. */
export const MunicipalityCard = wrap('kl-municipality-card', KlMunicipalityCard, 'MunicipalityCard', { onDataError });

/** `<kl-initiative-card>`; event `onDataError`. */
export const InitiativeCard = wrap('kl-initiative-card', KlInitiativeCard, 'InitiativeCard', { onDataError });

/** `<kl-initiative-list>`; events `onInitiativeFilterChange`, `onDataError`. */
export const InitiativeList = wrap('kl-initiative-list', KlInitiativeList, 'InitiativeList', {
  onInitiativeFilterChange: LIST_EVENTS.filter as EventName<InitiativeFilterChangeEvent>,
  onDataError,
});

/** `<kl-key-figures>`; event `onDataError`. */
export const KeyFigures = wrap('kl-key-figures', KlKeyFigures, 'KeyFigures', { onDataError });

/** `<kl-strategy-explorer>`; events `onMunicipalitySelect`, `onExplorerChange`, `onDataError`. */
export const StrategyExplorer = wrap('kl-strategy-explorer', KlStrategyExplorer, 'StrategyExplorer', {
  onMunicipalitySelect,
  onExplorerChange: 'kl-explorer-change' as EventName<CustomEvent<ExplorerState>>,
  onDataError,
});
