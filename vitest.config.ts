import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // These read the built package: `npm run test:dist` runs them after a build.
    exclude: ['test/browser/**', 'test/package/**', 'test/cli/bin/**', 'test/docs-site/**'],
    environment: 'node',
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The command line is tested as the built bin (test/cli/bin, `npm run
      // test:cli` after a build), which v8 cannot map back to src/.
      exclude: ['src/cli/**'],
      // `npm run test:coverage` fails below these.
      thresholds: { lines: 90, branches: 85 },
    },
  },
});
