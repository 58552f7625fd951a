// Storybook for the elements. Nothing here reaches the network: no telemetry, no update check,
// no crash reports, no "what's new" feed, and no web fonts but the ones the packages ship.
import { mergeConfig } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // `storybook build --quiet` keeps Storybook's own output short; this does the same for Vite's
  // (the docs renderer is one large chunk by design, and its size is no news).
  viteFinal: (vite, { configType }) =>
    configType === 'PRODUCTION'
      ? mergeConfig(vite, {
          logLevel: 'warn',
          build: { chunkSizeWarningLimit: 2048, reportCompressedSize: false, rolldownOptions: { checks: { pluginTimings: false } } },
        })
      : vite,
};

export default config;
