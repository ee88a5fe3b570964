import { defineConfig } from 'vitest/config';

// Tests of the built package (dist/, the packed tarball, a browser bundle,
// the `tutynushy` command run as a process):
// run after `npm run build` by `npm run test:dist` (and `.ci/run`), never by
// plain `npm test`, which needs no build.
export default defineConfig({
  test: {
    include: [
      'test/browser/**/*.test.ts',
      'test/package/**/*.test.ts',
      'test/cli/bin/**/*.test.ts',
    ],
    environment: 'node',
    globalSetup: ['test/package/require-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
