import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
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
