// @kl-digital/elements: registers every element. Import one element's entry
// (`@kl-digital/elements/kl-denmark-map.js`) to pay only for it.
export { KlDenmarkMap } from './kl-denmark-map/kl-denmark-map.js';
export { KlStrategyTable } from './kl-strategy-table/kl-strategy-table.js';
export { KlMunicipalityCard } from './kl-municipality-card/kl-municipality-card.js';
export { KlInitiativeCard } from './kl-initiative-card/kl-initiative-card.js';
export { KlInitiativeList } from './kl-initiative-list/kl-initiative-list.js';
export { KlKeyFigures } from './kl-key-figures/kl-key-figures.js';
export { KlStrategyExplorer } from './kl-strategy-explorer/kl-strategy-explorer.js';
export { KlStrategyTimeline } from './kl-strategy-timeline/kl-strategy-timeline.js';

export { KlElement, withAttributes } from './shared/kl-element.js';
export type { KlElementClass } from './shared/kl-element.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
// The specs, events and palette, also alone (without registering anything) as `@kl-digital/elements/defs.js`.
export {
  ARROW_DIRECTIONS,
  BASE_ATTRIBUTES,
  CHART_LAYOUT,
  COLOR_BY_VALUES,
  EVENTS,
  EXPLORER_ATTRIBUTES,
  EXPLORER_EVENTS,
  HEADING_LEVELS,
  INITIATIVE_CARD_ATTRIBUTES,
  INITIATIVE_CARD_EVENTS,
  INITIATIVE_KIND_VALUES,
  INITIATIVE_STATUS_VALUES,
  KEY_FIGURE_SECTIONS,
  KEY_FIGURES_ATTRIBUTES,
  KEY_FIGURES_EVENTS,
  LIST_ATTRIBUTES,
  LIST_CONTROLS,
  LIST_EVENTS,
  LIST_KINDS,
  LIST_ORDERS,
  LIST_STATUSES,
  listTokens,
  MAP_ATTRIBUTES,
  MAP_DEFAULTS,
  MAP_EVENTS,
  MAP_VARIANTS,
  MUNICIPALITY_CARD_ATTRIBUTES,
  MUNICIPALITY_CARD_EVENTS,
  PALETTE,
  PATTERNS,
  TABLE_ATTRIBUTES,
  TABLE_CATEGORY_VALUES,
  TABLE_COLUMNS,
  TABLE_DEFAULTS,
  TABLE_EVENTS,
  TABLE_SCOPE_VALUES,
  TABLE_STATUS_VALUES,
  THEMES,
  TIMELINE_ATTRIBUTES,
  TIMELINE_EVENTS,
  TIMELINE_LAYOUT,
  TIMELINE_SECTIONS,
  URL_STATE_VALUES,
  VALUE_PATTERN,
} from './defs.js';
export type * from './defs.js';
export type { ExplorerState } from './kl-strategy-explorer/explorer-state.js';
