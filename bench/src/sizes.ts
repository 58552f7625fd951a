// Transfer sizes: raw, gzip (level 9) and brotli (quality 11, as packages/elements' size test).
// Brotli at quality 11 is slow (about 20 s for the 2 MB DAGI GeoJSON), so each file's brotli
// bytes are kept in .build/brotli/ by the file's SHA-256: the server sends them and the sizes
// are read from them, and a second run compresses nothing it has seen.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUILD_DIR } from './config.js';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

const BROTLI_DIR = join(BUILD_DIR, 'brotli');
const options = (raw: Buffer) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
const cached = (raw: Buffer) => join(BROTLI_DIR, `${createHash('sha256').update(raw).digest('hex')}.q11.br`);
const compress = promisify(brotliCompress);

/** The file's bytes compressed with brotli, quality 11, from the cache or compressed now (off the main thread). */
export async function brotliOf(file: string): Promise<Buffer> {
  const raw = readFileSync(file);
  const path = cached(raw);
  if (existsSync(path)) return readFileSync(path);
  const br = await compress(raw, options(raw));
  mkdirSync(BROTLI_DIR, { recursive: true });
  writeFileSync(path, br);
  return br;
}

function brotliSync(raw: Buffer): Buffer {
  const path = cached(raw);
  if (existsSync(path)) return readFileSync(path);
  const br = brotliCompressSync(raw, options(raw));
  mkdirSync(BROTLI_DIR, { recursive: true });
  writeFileSync(path, br);
  return br;
}

const sizes = new Map<string, Size>();

export function sizeOf(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const raw = readFileSync(file);
    sizes.set(file, (size = { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotliSync(raw).length }));
  }
  return size;
}

export function addSizes(list: readonly Size[]): Size {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** The first 12 hex digits of a file's SHA-256: tells whether two runs measured the same code. */
export function shortHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}
