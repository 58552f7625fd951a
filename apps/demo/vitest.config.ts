// End-to-end tests: Chromium (never downloaded: /usr/bin/chromium or $CHROME_PATH) against
// `vite preview` of the built demo, which test/global-setup.ts starts and stops.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser for all files (see global-setup); two files at a time suit two cores.
    maxWorkers: 2,
  },
});
