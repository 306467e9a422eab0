import { defineConfig } from 'vitest/config';

// Node-only tests for pure code; browser tests live in test/browser and run under @web/test-runner.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
  },
});
