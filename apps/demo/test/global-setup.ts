// Starts what every e2e test needs, once: `vite preview` of the built demo on a free port, and
// one Chromium that the test files connect to. The build must exist: turbo runs the demo's
// `build` before its `test` (`npm test` at the root, or `npx turbo run test --filter=@kl-digital/demo`).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview's origin, e.g. http://127.0.0.1:41234. */
    baseURL: string;
    /** Where the shared Chromium listens for the test files. */
    wsEndpoint: string;
  }
}

const appRoot = fileURLToPath(new URL('..', import.meta.url));

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const file of ['dist/index.html', 'dist/kl-elements.js']) {
    if (!existsSync(fileURLToPath(new URL(`../${file}`, import.meta.url)))) {
      throw new Error(
        `apps/demo/${file} is missing: build the demo first (npx turbo run build --filter=@kl-digital/demo..., ` +
          'which `npm test` at the root does before the tests).'
      );
    }
  }
  const executablePath = chromiumPath();
  const port = await freePort();
  const server = await preview({
    root: appRoot,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });

  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    await server.close();
  };
}
