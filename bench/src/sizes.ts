// Transfer sizes: raw, gzip (level 9) and brotli (quality 11, as packages/elements' size test).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

const cache = new Map<string, Size>();

export function sizeOfBytes(bytes: Buffer): Size {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

export function sizeOf(file: string): Size {
  let size = cache.get(file);
  if (!size) cache.set(file, (size = sizeOfBytes(readFileSync(file))));
  return size;
}

export function addSizes(sizes: readonly Size[]): Size {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** The first 12 hex digits of a file's SHA-256: tells whether two runs measured the same code. */
export function shortHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}
