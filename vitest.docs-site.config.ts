import { defineConfig } from 'vitest/config';

// The built docs site in headless Chromium: run after `npm run docs` by
// `npm run test:docs-site` (and `.ci/run`), never by plain `npm test`.
export default defineConfig({
  test: {
    include: ['test/docs-site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
