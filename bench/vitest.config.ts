import { defineConfig } from 'vitest/config';

// Only the report's pure functions: nothing here starts a browser or a server (npm run bench does).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
