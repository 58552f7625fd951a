// Size budgets in bytes (brotli, quality 11): bytes are stable where milliseconds are not.
// Each entry is bundled as a consumer's bundler would (minified, everything it imports inside).
// Raise a budget only with a reason in the commit message; the README lists them.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const brotli = (bytes: Buffer | string) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const here = new URL('..', import.meta.url).pathname;
const core = new URL('../../core/', import.meta.url).pathname;

/**
 * Entries and their budgets, about 2 % over what was measured in production builds (2026-12-01: the attribute
 * specs, the controllers, @lit/task and the views' labels in core added 1-3 KB to each). Every element includes
 * Lit (~7 KB), the dataset (12.6 KB) and the schema that validates `src` (~4 KB); the map and what
 * shows it (card, explorer) the geometry (10.5 KB) too. The strategy timeline (2026-12-02) added what it costs:
 * core +0.5 KB (timelineView), the explorer +1.5 KB (the year control and the view), the CDN bundle +3.4 KB.
 */
const BUDGETS: { name: string; entry: string; brotli: number }[] = [
  { name: '@kl-digital/core (selectors and schema)', entry: `${core}dist/index.js`, brotli: 12_200 },
  { name: '@kl-digital/core/geo (map geometry)', entry: `${core}dist/geo/index.js`, brotli: 10_800 },
  { name: 'kl-denmark-map', entry: `${here}dist/kl-denmark-map/kl-denmark-map.js`, brotli: 50_100 },
  { name: 'kl-strategy-table', entry: `${here}dist/kl-strategy-table/kl-strategy-table.js`, brotli: 39_000 },
  { name: 'kl-municipality-card', entry: `${here}dist/kl-municipality-card/kl-municipality-card.js`, brotli: 53_000 },
  { name: 'kl-initiative-card', entry: `${here}dist/kl-initiative-card/kl-initiative-card.js`, brotli: 32_900 },
  { name: 'kl-initiative-list', entry: `${here}dist/kl-initiative-list/kl-initiative-list.js`, brotli: 35_500 },
  { name: 'kl-key-figures', entry: `${here}dist/kl-key-figures/kl-key-figures.js`, brotli: 36_200 },
  { name: 'kl-strategy-explorer', entry: `${here}dist/kl-strategy-explorer/kl-strategy-explorer.js`, brotli: 62_600 },
  { name: 'kl-strategy-timeline', entry: `${here}dist/kl-strategy-timeline/kl-strategy-timeline.js`, brotli: 37_100 },
];
const CDN_BUDGET = 69_700;

async function bundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // Vitest runs with NODE_ENV=test, which would resolve Lit's development build; a consumer's
    // production build resolves the production one.
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, target: 'es2022', minify: true, lib: { entry, formats: ['es'], fileName: 'bundle' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const output = Array.isArray(result) ? result[0]! : result;
  return output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
}

describe('size budgets', () => {
  it(`dist/cdn/kl-elements.js (every element, the dataset and the geometry) stays within ${CDN_BUDGET} bytes brotli`, () => {
    const file = `${here}dist/cdn/kl-elements.js`;
    expect(existsSync(file), 'run npm run build -w @kl-digital/elements').toBe(true);
    const size = brotli(readFileSync(file));
    console.log(`dist/cdn/kl-elements.js: ${size} B brotli (budget ${CDN_BUDGET})`);
    expect(size).toBeLessThanOrEqual(CDN_BUDGET);
  });

  it.each(BUDGETS)('$name bundled stays within $brotli bytes brotli', async ({ name, entry, brotli: budget }) => {
    expect(existsSync(entry), `${entry} is missing: run npm run build`).toBe(true);
    const size = brotli(await bundle(entry));
    console.log(`${name}: ${size} B brotli (budget ${budget})`);
    expect(size).toBeLessThanOrEqual(budget);
  }, 30_000);

  it('a table alone does not pay for the map geometry', async () => {
    const code = await bundle(`${here}dist/kl-strategy-table/kl-strategy-table.js`);
    expect(code).not.toContain('Styrelsen for Dataforsyning');
  }, 30_000);
});
