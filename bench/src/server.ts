// A tiny static server on 127.0.0.1 and a free port. Every page of the bench, ours and the
// peers', is served by it with `Cache-Control: no-store` and, as a CDN serves text, brotli
// (`Content-Encoding: br`, quality 11) to a browser that accepts it. The files are compressed
// once, when the server starts (sizes.ts keeps them for the next run), never while a page loads.
// It records what each page load asked for and how many bytes of body it sent, so a page's
// transfer is what it really loaded, as it came over the wire.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliOf } from './sizes.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
/** What a CDN compresses: text. Fonts (woff2) are compressed already; source maps are never loaded by a page. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface Served {
  url: string;
  file: string;
  /** Body bytes sent: the brotli size when sent compressed. */
  bytes: number;
  encoding: 'br' | 'identity';
  /** Text a CDN would compress (HTML, JS, CSS, JSON, SVG): sent as identity only to a browser that does not accept br. */
  text: boolean;
}

export interface StaticServer {
  origin: string;
  /** What was served since the last call, and forget it. */
  take(): Served[];
  close(): Promise<void>;
}

function filesUnder(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Every text file under the mounts, brotli quality 11 (as packages/elements' size test). */
async function precompress(targets: string[]): Promise<Map<string, Buffer>> {
  const files = [...new Set(targets.flatMap(filesUnder))].filter((f) => COMPRESSED.has(extname(f)));
  return new Map(await Promise.all(files.map(async (file) => [file, await brotliOf(file)] as const)));
}

/**
 * Serves `mounts` (URL prefix to a folder, or to one file when the prefix has no trailing slash),
 * its text compressed with brotli before it listens.
 */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  let log: Served[] = [];
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const brotli = await precompress(Object.values(mounts));

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let file: string | null = null;
    for (const [prefix, target] of entries) {
      if (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix) {
        const candidate = prefix.endsWith('/') ? resolve(target, normalize(path.slice(prefix.length))) : target;
        if (!prefix.endsWith('/') || candidate === target || candidate.startsWith(target + sep)) file = candidate;
        break;
      }
    }
    let size = -1;
    try {
      if (file) {
        if (statSync(file).isDirectory()) file = resolve(file, 'index.html');
        size = statSync(file).size;
      }
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end(`not found: ${path}`);
      return;
    }
    const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const br = accepts ? brotli.get(file) : undefined;
    log.push({ url: path, file, bytes: br ? br.length : size, encoding: br ? 'br' : 'identity', text: COMPRESSED.has(extname(file)) });
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': br ? br.length : size,
      'cache-control': 'no-store',
      ...(br ? { 'content-encoding': 'br' } : {}),
      vary: 'Accept-Encoding',
    });
    if (req.method === 'HEAD') res.end();
    else if (br) res.end(br);
    else createReadStream(file).pipe(res);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
