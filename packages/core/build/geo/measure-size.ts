// How many bytes the generated module costs a reader: as written, and as a server sends it.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes in bytes of a text, raw and compressed at the levels static hosts and CDNs use. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Measures `text` raw, gzipped (level 9) and brotli-compressed (quality 11). */
export function measureSize(text: string): Sizes {
  const bytes = Buffer.from(text, 'utf8');
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}
