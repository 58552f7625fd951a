import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Status and dates are computed in local time; pin it so results do not depend on the machine.
    env: { TZ: 'Europe/Copenhagen' },
  },
});
