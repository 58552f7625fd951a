// Size budgets in bytes (brotli, quality 11): bytes are stable where milliseconds are not.
// Raise a budget only with a reason in the commit message; see README "Size budgets".
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGETS = [
  // Everything: Lit, the dataset (12.6 KB), the geometry (10.1 KB), the schema and the elements.
  { file: 'dist/cdn/kl-elements.js', brotli: 46_000 },
] as const;

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('size budgets', () => {
  it.each(BUDGETS)('$file stays within $brotli bytes brotli', ({ file, brotli: budget }) => {
    const path = new URL(`../${file}`, import.meta.url);
    expect(existsSync(path), `${file} is missing: run npm run build -w @kl-digital/elements`).toBe(true);
    const size = brotli(readFileSync(path));
    console.log(`${file}: ${size} B brotli (budget ${budget})`);
    expect(size).toBeLessThanOrEqual(budget);
  });
});
