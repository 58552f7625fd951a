// The demo loads the elements exactly as an editor would, from one URL: `<script type="module"
// src="/kl-elements.js">` (and `/kl-fonts.css`). This plugin puts the elements' CDN bundle at
// those URLs: served from packages/elements/dist/cdn in dev, copied into the build's output,
// with the CORS headers a CDN sends so that pages on other origins can load it too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The editor's tags: `<script type="module" src="/kl-elements.js">`, `<link ... href="/kl-fonts.css">`. */
const EDITOR_TAG = /<(?:script|link)\b[^>]*\b(?:src|href)="\/(?:kl-elements\.js|kl-fonts\.css)"[^>]*>/g;

/** The bundle's files as URL paths relative to the site root (`kl-elements.js`, `fonts/x.woff2`). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Serves and copies the elements' CDN bundle (`dist/cdn/*`) at the site's root.
 * @param cdnDir - The bundle's folder, packages/elements/dist/cdn.
 */
export function klElementsCdn(cdnDir: string): Plugin[] {
  const bundle = join(cdnDir, 'kl-elements.js');
  const missing = () =>
    `[kl-elements-cdn] The elements' CDN bundle is missing: ${bundle}\n` +
    'Build it first: npx turbo run build --filter=@kl-digital/elements ' +
    '(or run `npm start` / `npm run build` at the repository root, which build it for you).';
  let command: 'build' | 'serve' = 'serve';

  /** Files of the bundle a request asks for, or null; CDN-like headers on the way. */
  const cdnFile = (url: string | undefined): string | null => {
    const path = decodeURIComponent((url ?? '').split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
    return listFiles(cdnDir).includes(path) ? path : null;
  };
  const cdnHeaders: Connect.NextHandleFunction = (req, res, next) => {
    if (cdnFile(req.url)) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    next();
  };

  const tidy: Plugin = {
    name: 'kl-elements-cdn:tidy',
    // Removing `vite-ignore` leaves a space before the tag's end: the page reads as pasted.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(EDITOR_TAG, (tag) => tag.replace(/\s+(\/?>)$/, (_, end: string) => (end === '/>' ? ' />' : end))),
    },
  };

  return [
    tidy,
    {
      name: 'kl-elements-cdn',
      configResolved(config) {
        command = config.command;
      },
      buildStart() {
        if (command === 'build' && !existsSync(bundle)) this.error(missing());
        if (command === 'serve' && !existsSync(bundle)) this.warn(missing());
      },
      // Vite would bundle a module script it can resolve: these two URLs stay as the editor wrote
      // them (`vite-ignore`, which Vite removes again from the output).
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace(EDITOR_TAG, (tag) => tag.replace(/(\s*\/?>)$/, ' vite-ignore$1')),
      },
      configureServer(server) {
        server.middlewares.use(cdnHeaders);
        server.middlewares.use((req, res, next) => {
          const path = cdnFile(req.url);
          if (!path) {
            if ((req.url ?? '').startsWith('/kl-elements.js') && !existsSync(bundle)) {
              res.statusCode = 404;
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(missing());
              return;
            }
            next();
            return;
          }
          res.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(readFileSync(join(cdnDir, path)));
        });
      },
      configurePreviewServer(server) {
        server.middlewares.use(cdnHeaders);
      },
      generateBundle() {
        for (const path of listFiles(cdnDir)) {
          this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(cdnDir, path)) });
        }
      },
    },
  ];
}
