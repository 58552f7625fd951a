import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

/**
 * Serves dist/cdn/ as a CDN does: the files as built, untouched. Vite would transform them as
 * sources (its client, and Vitest's wrapper around every dynamic import, which the loader's
 * import() of a chunk does not survive in a test's iframe).
 */
const cdnAsBuilt: Plugin = {
  name: 'cdn-as-built',
  configureServer(server) {
    server.middlewares.use(async (req, res, next) => {
      let path = (req.url ?? '').split('?')[0]!;
      // /dist/cdn-broken/: the loader, and nothing beside it (a CDN that lost the chunks).
      if (path === '/dist/cdn-broken/kl-elements.js') path = '/dist/cdn/kl-elements.js';
      else if (path.startsWith('/dist/cdn-broken/')) path = '/dist/cdn/missing';
      if (!path.startsWith('/dist/cdn/')) return next();
      try {
        const body = await readFile(new URL(`.${path}`, import.meta.url));
        const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.json': 'application/json', '.map': 'application/json' };
        res.setHeader('Content-Type', `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`);
        res.end(body);
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
  },
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
  plugins: [cdnAsBuilt],
  optimizeDeps: {
    include: ['react', 'react-dom/client', '@lit/react', 'lit', 'lit/directives/style-map.js', 'lit/directives/class-map.js', 'lit/directives/repeat.js', 'lit/directives/live.js', 'axe-core', 'valibot', 'd3-array'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          setupFiles: ['src/test-support/setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath,
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 800 } }],
          },
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.node.test.ts'],
        },
      },
    ],
  },
});
