// What every element's story args share: the base attributes and property of KlElement, and the
// controls for them. Each element's args file adds its own attributes and events.
import type { Dataset } from '@kl-digital/core';

/** Args every element has beyond its own attributes. */
export interface CommonArgs {
  'load-timeout'?: number;
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
}

/** Controls of the shared args; a story's meta spreads them into its argTypes. */
export const COMMON_ARG_TYPES = {
  lang: { control: 'inline-radio', options: ['da', 'en'] },
  'load-timeout': { control: { type: 'number', min: 1 } },
  dataset: { control: false },
} as const;

/** A control cleared to "" means the attribute is not set. */
export const attr = (value: string | undefined): string | undefined => (value ? value : undefined);
