// Every story is a test: the Storybook plugin turns each story into a Vitest test that renders
// it in Chromium, runs its play function, then the preview's afterEach hooks (axe-core through
// the a11y addon, and the console-error check). No browser is ever downloaded.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
  // Dependencies of the elements, bundled before the first test: one found mid-run makes Vite
  // re-optimise and reload the page, and the test file that was loading fails to import.
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive.js',
      'lit/static-html.js',
      'lit/directives/class-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/repeat.js',
      'lit/directives/style-map.js',
      'd3-array',
      'valibot',
      'axe-core',
    ],
  },
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // A story's play function and axe over an article with the 64-row table: 4 s alone, 27 s
    // while the other packages' browser tests share the two cores.
    testTimeout: 45_000,
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
});
