// @kl-digital/elements: registers every element. Import one element's entry
// (`@kl-digital/elements/kl-denmark-map.js`) to pay only for it.
export { KlDenmarkMap } from './kl-denmark-map/kl-denmark-map.js';
export { KlStrategyTable } from './kl-strategy-table/kl-strategy-table.js';
export { KlMunicipalityCard } from './kl-municipality-card/kl-municipality-card.js';
export { KlInitiativeCard } from './kl-initiative-card/kl-initiative-card.js';
export { KlInitiativeList } from './kl-initiative-list/kl-initiative-list.js';
export { KlKeyFigures } from './kl-key-figures/kl-key-figures.js';
export { KlStrategyExplorer } from './kl-strategy-explorer/kl-strategy-explorer.js';

export { KlElement } from './shared/kl-element.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
export { PALETTE, PATTERNS, VALUE_PATTERN } from './shared/palette.js';
export type { PaletteValue, Pattern } from './shared/palette.js';
export type { Lang } from './shared/lang.js';
export type {
  DataErrorDetail,
  DataErrorEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  MunicipalitySelectDetail,
  MunicipalitySelectEvent,
} from './shared/events.js';

export { COLOR_BY_VALUES, MAP_DEFAULTS, MAP_EVENTS, MAP_VARIANTS } from './kl-denmark-map/kl-denmark-map.defs.js';
export type { ColorBy, DenmarkMapAttributes, MapVariant } from './kl-denmark-map/kl-denmark-map.defs.js';
export { TABLE_CATEGORY_VALUES, TABLE_COLUMNS, TABLE_DEFAULTS, TABLE_EVENTS, TABLE_SCOPE_VALUES, TABLE_STATUS_VALUES } from './kl-strategy-table/kl-strategy-table.defs.js';
export type { StrategyTableAttributes, TableColumn, TableScope } from './kl-strategy-table/kl-strategy-table.defs.js';
export type { TableChangeDetail, TableChangeEvent } from './kl-strategy-table/kl-strategy-table.component.js';
export { HEADING_LEVELS as MUNICIPALITY_CARD_HEADING_LEVELS, MUNICIPALITY_CARD_DEFAULTS, MUNICIPALITY_CARD_EVENTS } from './kl-municipality-card/kl-municipality-card.defs.js';
export type { MunicipalityCardAttributes } from './kl-municipality-card/kl-municipality-card.defs.js';
export { INITIATIVE_CARD_DEFAULTS, INITIATIVE_HEADING_LEVELS, INITIATIVE_KIND_VALUES, INITIATIVE_STATUS_VALUES } from './kl-initiative-card/kl-initiative-card.defs.js';
export type { InitiativeCardAttributes } from './kl-initiative-card/kl-initiative-card.defs.js';
export { LIST_CONTROLS, LIST_DEFAULTS, LIST_EVENTS, LIST_HEADING_LEVELS, LIST_KINDS, LIST_ORDERS, LIST_STATUSES } from './kl-initiative-list/kl-initiative-list.defs.js';
export type { InitiativeListAttributes, ListControls, ListOrder } from './kl-initiative-list/kl-initiative-list.defs.js';
export type { InitiativeFilterChangeDetail, InitiativeFilterChangeEvent } from './kl-initiative-list/kl-initiative-list.component.js';
export { KEY_FIGURE_SECTIONS, KEY_FIGURES_DEFAULTS, KEY_FIGURES_EVENTS } from './kl-key-figures/kl-key-figures.defs.js';
export type { KeyFigureSection, KeyFiguresAttributes } from './kl-key-figures/kl-key-figures.defs.js';
export { EXPLORER_DEFAULTS, EXPLORER_EVENTS, URL_STATE_VALUES } from './kl-strategy-explorer/kl-strategy-explorer.defs.js';
export type { StrategyExplorerAttributes, UrlState } from './kl-strategy-explorer/kl-strategy-explorer.defs.js';
export type { ExplorerState } from './kl-strategy-explorer/explorer-state.js';
