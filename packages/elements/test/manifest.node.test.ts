// custom-elements.json is the API reference Storybook shows: every public item has a description.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Item {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const file = new URL('../custom-elements.json', import.meta.url);

describe('custom-elements.json', () => {
  it('documents every attribute, event, part and custom property of each element', () => {
    expect(existsSync(file), 'run npm run manifest -w @kl-digital/elements').toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((e) => e.tagName)).toContain('kl-denmark-map');
    for (const element of elements) {
      for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
        const items = element[kind] ?? [];
        expect(items.length, `${element.tagName} ${kind}`).toBeGreaterThan(0);
        for (const item of items) expect(item.description?.trim(), `${element.tagName} ${kind} ${item.name}`).toBeTruthy();
      }
    }
  });

  it('lists the map attributes an editor sets in HTML', () => {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const map = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kl-denmark-map')!;
    expect(map.attributes!.map((a) => a.name)).toEqual(
      expect.arrayContaining(['color-by', 'selected', 'highlight', 'zoom-to-highlight', 'region', 'filter', 'src', 'lang', 'as-of', 'theme']),
    );
  });
});
