// custom-elements.json is the API reference Storybook shows and editors' autocompletion reads:
// every public item has a description, and what the specs declare is typed as declared.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const file = new URL('../custom-elements.json', import.meta.url);
const elements = () => {
  expect(existsSync(file), 'run npm run manifest -w @kl-digital/elements').toBe(true);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
};
const element = (tag: string) => elements().find((e) => e.tagName === tag)!;
const attribute = (tag: string, name: string) => element(tag).attributes!.find((a) => a.name === name)!;

describe('custom-elements.json', () => {
  it('documents every attribute, event, part and custom property of each element', () => {
    const all = elements();
    expect(all.map((e) => e.tagName)).toContain('kl-denmark-map');
    for (const element of all) {
      for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
        const items = element[kind] ?? [];
        expect(items.length, `${element.tagName} ${kind}`).toBeGreaterThan(0);
        for (const item of items) expect(item.description?.trim(), `${element.tagName} ${kind} ${item.name}`).toBeTruthy();
      }
    }
  });

  it('lists the map attributes an editor sets in HTML', () => {
    expect(element('kl-denmark-map').attributes!.map((a) => a.name)).toEqual(
      expect.arrayContaining(['color-by', 'selected', 'highlight', 'zoom-to-highlight', 'region', 'filter', 'src', 'lang', 'as-of', 'theme']),
    );
  });

  it('types heading-level one way, 2 to 6, on every element that has it', () => {
    const types = elements().flatMap((e) => e.attributes!.filter((a) => a.name === 'heading-level').map((a) => a.type!.text));
    expect(types.length).toBeGreaterThanOrEqual(5);
    expect(new Set(types)).toEqual(new Set(["'2' | '3' | '4' | '5' | '6'"]));
  });

  it.each([
    ['kl-denmark-map', 'color-by', ['category', 'status', 'region']],
    ['kl-denmark-map', 'variant', ['full', 'locator']],
    ['kl-strategy-table', 'scope', ['mapping', 'all']],
    ['kl-strategy-table', 'category', ['strategy', 'principles', 'model-policy', 'part-of-other', 'none', 'not-registered']],
    ['kl-strategy-table', 'status', ['current', 'expired', 'upcoming', 'unknown', 'not-registered']],
    ['kl-strategy-table', 'sort', ['municipality', 'period:desc', 'status:asc']],
    ['kl-initiative-list', 'kind', ['network', 'programme', 'action-plan', 'mapping']],
    ['kl-initiative-list', 'status', ['upcoming', 'running', 'ended', 'unknown']],
    ['kl-initiative-list', 'order', ['desc', 'asc']],
    ['kl-key-figures', 'sections', ['published', 'counted', 'chart', 'kinds']],
    ['kl-strategy-explorer', 'url-state', ['hash', 'none']],
    ['kl-strategy-timeline', 'sections', ['control', 'chart']],
    ['kl-municipality-card', 'theme', ['light', 'dark', 'auto']],
  ])('types the enumerated attribute <%s %s> as its values', (tag, name, values) => {
    const type = attribute(tag, name).type!.text;
    expect(type).not.toMatch(/\bstring\b/);
    for (const value of values) expect(type).toContain(`'${value}'`);
  });

  it('has one event per meaning: a filter, search or sort change is kl-filter-change on every element', () => {
    const names = new Set(elements().flatMap((e) => e.events!.map((event) => event.name)));
    expect([...names].sort()).toEqual(['kl-as-of-change', 'kl-data-error', 'kl-explorer-change', 'kl-filter-change', 'kl-municipality-select']);
    for (const tag of ['kl-denmark-map', 'kl-strategy-table', 'kl-initiative-list']) expect(element(tag).events!.map((e) => e.name)).toContain('kl-filter-change');
  });

  it('types every event\'s detail', () => {
    const types: Record<string, string> = {
      'kl-municipality-select': 'MunicipalitySelectEvent',
      'kl-filter-change': 'FilterChangeEvent',
      'kl-data-error': 'DataErrorEvent',
      'kl-explorer-change': 'ExplorerChangeEvent',
      'kl-as-of-change': 'AsOfChangeEvent',
    };
    for (const element of elements()) for (const event of element.events!) expect(event.type?.text, `${element.tagName} ${event.name}`).toBe(types[event.name]);
  });
});
