// A tiny static server on 127.0.0.1 and a free port. Every page of the bench, ours and the
// peers', is served by it, uncompressed and with `Cache-Control: no-store`. It records what
// each page load asked for, so a page's transfer size is the sum of the files it really loaded.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';

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

export interface Served {
  url: string;
  file: string;
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** What was served since the last call, and forget it. */
  take(): Served[];
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix to a folder, or to one file when the prefix has no trailing slash). */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  let log: Served[] = [];
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);

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
        const stat = statSync(file);
        if (stat.isDirectory()) file = resolve(file, 'index.html');
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
    log.push({ url: path, file, bytes: size });
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
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
