// @kl-digital/elements/defs.js: every element's attribute spec and events, and the shared ones,
// without registering any element (no Lit, no dataset): for tools such as an embed builder, a
// form, or a framework's types. The package's index re-exports all of it.
export { BASE_ATTRIBUTES, THEMES } from './shared/base-attributes.js';
export type { BaseAttributes } from './shared/base-attributes.js';
export { PALETTE, PATTERNS, VALUE_PATTERN } from './shared/palette.js';
export type { PaletteValue, Pattern } from './shared/palette.js';
export type { Lang } from './shared/lang.js';
export { HEADING_LEVELS, listTokens } from './shared/attributes/attribute-kinds.js';
export type { HeadingLevel } from './shared/attributes/attribute-kinds.js';
export type { AttributeDef, AttributeKind, AttributeProblem, AttributeSpec, HtmlAttributes, ParsedAttributes, RawAttributes } from './shared/attributes/attribute-spec.js';
export { EVENTS } from './shared/events/index.js';
export type {
  AsOfChangeDetail,
  AsOfChangeEvent,
  DataErrorDetail,
  DataErrorEvent,
  ExplorerChangeDetail,
  ExplorerChangeEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  KlEventMap,
  KlEventName,
  MunicipalitySelectDetail,
  MunicipalitySelectEvent,
} from './shared/events/index.js';

// Each element's attribute spec and events: the one list of its API, for tools (Storybook, the embed builder).
export { ARROW_DIRECTIONS, COLOR_BY_VALUES, MAP_ATTRIBUTES, MAP_DEFAULTS, MAP_EVENTS, MAP_VARIANTS } from './kl-denmark-map/kl-denmark-map.defs.js';
export type { ColorBy, DenmarkMapAttributes, MapVariant } from './kl-denmark-map/kl-denmark-map.defs.js';
export { TABLE_ATTRIBUTES, TABLE_CATEGORY_VALUES, TABLE_COLUMNS, TABLE_DEFAULTS, TABLE_EVENTS, TABLE_SCOPE_VALUES, TABLE_STATUS_VALUES } from './kl-strategy-table/kl-strategy-table.defs.js';
export type { StrategyTableAttributes, TableColumn, TableScope } from './kl-strategy-table/kl-strategy-table.defs.js';
export { MUNICIPALITY_CARD_ATTRIBUTES, MUNICIPALITY_CARD_EVENTS } from './kl-municipality-card/kl-municipality-card.defs.js';
export type { MunicipalityCardAttributes } from './kl-municipality-card/kl-municipality-card.defs.js';
export { INITIATIVE_CARD_ATTRIBUTES, INITIATIVE_CARD_EVENTS, INITIATIVE_KIND_VALUES, INITIATIVE_STATUS_VALUES } from './kl-initiative-card/kl-initiative-card.defs.js';
export type { InitiativeCardAttributes } from './kl-initiative-card/kl-initiative-card.defs.js';
export { LIST_ATTRIBUTES, LIST_CONTROLS, LIST_EVENTS, LIST_KINDS, LIST_ORDERS, LIST_STATUSES } from './kl-initiative-list/kl-initiative-list.defs.js';
export type { InitiativeListAttributes, ListControls, ListOrder } from './kl-initiative-list/kl-initiative-list.defs.js';
export { CHART_LAYOUT, KEY_FIGURE_SECTIONS, KEY_FIGURES_ATTRIBUTES, KEY_FIGURES_EVENTS } from './kl-key-figures/kl-key-figures.defs.js';
export type { KeyFigureSection, KeyFiguresAttributes } from './kl-key-figures/kl-key-figures.defs.js';
export { EXPLORER_ATTRIBUTES, EXPLORER_EVENTS, URL_STATE_VALUES } from './kl-strategy-explorer/kl-strategy-explorer.defs.js';
export type { StrategyExplorerAttributes, UrlState } from './kl-strategy-explorer/kl-strategy-explorer.defs.js';
export { TIMELINE_ATTRIBUTES, TIMELINE_EVENTS, TIMELINE_LAYOUT, TIMELINE_SECTIONS } from './kl-strategy-timeline/kl-strategy-timeline.defs.js';
export type { StrategyTimelineAttributes, TimelineSection } from './kl-strategy-timeline/kl-strategy-timeline.defs.js';
