// Contrast of the colours the elements ship, as TILGAENGELIGHED.md promises: fills, focus ring and
// borders at least 3:1 against the background (WCAG 1.4.11), text at least 4.5:1 (1.4.3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../src/shared/palette.js';

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The theme tokens' defaults, read from the styles so that the test follows them.
const tokens = readFileSync(new URL('../src/shared/tokens.styles.ts', import.meta.url), 'utf8');
function theme(name: 'light' | 'dark'): Record<string, string> {
  const block = tokens.match(new RegExp(`const ${name} = css\`([\\s\\S]*?)\``))![1]!;
  return Object.fromEntries([...block.matchAll(/--_([a-z-]+): var\(--kl-[a-z-]+, (#[0-9a-f]{6})\)/g)].map((m) => [m[1]!, m[2]!]));
}

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const colours = theme(name);
  const background = PALETTE[name].background;

  it('the palette background is the theme\'s surface', () => {
    expect(colours.surface).toBe(background);
  });

  it.each(Object.entries(PALETTE[name].values))('fill of %s (%s) has at least 3:1 against the background', (_value, colour) => {
    expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
  });

  it('the focus ring, the borders of controls and the accent have at least 3:1 against the surfaces', () => {
    for (const token of ['focus', 'border', 'accent']) {
      expect(contrast(colours[token]!, colours.surface!), token).toBeGreaterThanOrEqual(3);
      expect(contrast(colours[token]!, colours.raised!), `${token} on raised`).toBeGreaterThanOrEqual(3);
    }
  });

  it('text and muted text have at least 4.5:1 against the surfaces and the notice background', () => {
    for (const token of ['text', 'muted', 'error']) {
      for (const surface of ['surface', 'raised', 'notice-bg']) {
        expect(contrast(colours[token]!, colours[surface]!), `${token} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
