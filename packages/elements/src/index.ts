// @kl-digital/elements: registers every element. Import one element's entry
// (`@kl-digital/elements/kl-denmark-map.js`) to pay only for it.
export { KlDenmarkMap } from './kl-denmark-map/kl-denmark-map.js';
export { KlElement } from './shared/kl-element.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
export { PALETTE, PATTERNS, VALUE_PATTERN } from './shared/palette.js';
export type { PaletteValue, Pattern } from './shared/palette.js';
export { COLOR_BY_VALUES, MAP_DEFAULTS, MAP_EVENTS, MAP_VARIANTS } from './kl-denmark-map/kl-denmark-map.defs.js';
export type { ColorBy, DenmarkMapAttributes, MapVariant } from './kl-denmark-map/kl-denmark-map.defs.js';
export type {
  DataErrorDetail,
  DataErrorEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  MunicipalitySelectDetail,
  MunicipalitySelectEvent,
} from './shared/events.js';
export type { Lang } from './shared/lang.js';
