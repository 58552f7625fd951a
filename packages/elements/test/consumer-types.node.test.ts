// The types a consumer gets from one element's entry: `import '@kl-digital/elements/kl-denmark-map.js'`
// alone types `kl-municipality-select`'s detail (through the package's exports map and the built .d.ts).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixture = new URL('./fixtures/consumer-types/', import.meta.url).pathname;
const tsc = new URL('../../../node_modules/typescript/bin/tsc', import.meta.url).pathname;

describe('types for a consumer of one entry', () => {
  it('a file that imports only @kl-digital/elements/kl-denmark-map.js reads event.detail.code from kl-municipality-select, typed', async () => {
    expect(existsSync(new URL('../dist/kl-denmark-map/kl-denmark-map.d.ts', import.meta.url)), 'run npm run build -w @kl-digital/elements').toBe(true);
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: fixture }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true }));
    expect(result.stdout.trim()).toBe('');
    expect('failed' in result).toBe(false);
  }, 60_000);

  it('the attribute interfaces (DenmarkMapAttributes, ...) take each attribute\'s values and reject others', async () => {
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.attributes.json'], { cwd: fixture }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true }));
    expect(result.stdout.trim()).toBe('');
    expect('failed' in result).toBe(false);
  }, 60_000);
});
