import { defineConfig } from 'tsup';

// One output file per source file (and shared chunks), so that a bundler
// importing one function from a subpath pulls in that function and what it
// imports, nothing else. zod schemas live in their own modules for the same
// reason: a module-level schema is a call no bundler can drop.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  outDir: 'dist',
  // Keep Kazakh and Russian labels as UTF-8 rather than \uXXXX escapes:
  // the label tables are a large part of several modules.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
