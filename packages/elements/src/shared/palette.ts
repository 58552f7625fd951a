// Fill colours of the map and badges. Each meets 3:1 against the theme's background (WCAG
// 1.4.11; checked by test/palette.node.test.ts) and pairs with a pattern, so no value is told by colour alone.

/** Fill colours per value, for the light and the dark theme. */
export const PALETTE = {
  light: {
    background: '#ffffff',
    values: {
      strategy: '#0b63a6',
      principles: '#b34d00',
      'model-policy': '#00775a',
      'part-of-other': '#a0408f',
      none: '#6b5a00',
      'not-registered': '#8f8f8f',
      current: '#00775a',
      expired: '#b3261e',
      upcoming: '#6a3fb5',
      unknown: '#5f6b7a',
      '1081': '#0b63a6',
      '1082': '#b34d00',
      '1083': '#00775a',
      '1084': '#a0408f',
      '1085': '#6b5a00',
    },
  },
  dark: {
    background: '#1b1f24',
    values: {
      strategy: '#5fb0f0',
      principles: '#f08a3c',
      'model-policy': '#3cc49a',
      'part-of-other': '#e07fd0',
      none: '#d6c04a',
      'not-registered': '#6e6e6e',
      current: '#3cc49a',
      expired: '#ff7a70',
      upcoming: '#b69af0',
      unknown: '#9aa6b5',
      '1081': '#5fb0f0',
      '1082': '#f08a3c',
      '1083': '#3cc49a',
      '1084': '#e07fd0',
      '1085': '#d6c04a',
    },
  },
} as const;

/** The values the palette colours. */
export type PaletteValue = keyof (typeof PALETTE)['light']['values'];

/** Patterns, the second cue besides colour; each value has one, in legend order. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** The pattern of a value: fixed per category and status, so the cue means the same everywhere. */
export const VALUE_PATTERN: Record<PaletteValue, Pattern> = {
  strategy: 'solid',
  principles: 'diagonal',
  'model-policy': 'dots',
  'part-of-other': 'horizontal',
  none: 'cross',
  // Not a category: neutral, plain grey, explained in the legend.
  'not-registered': 'solid',
  current: 'solid',
  expired: 'diagonal',
  upcoming: 'dots',
  unknown: 'horizontal',
  '1081': 'solid',
  '1082': 'diagonal',
  '1083': 'dots',
  '1084': 'horizontal',
  '1085': 'cross',
};
