#!/usr/bin/env node
// The `tutynushy` command. Everything it computes comes from the library;
// this entry finds its package's files and runs `main`.
import { main } from './main.js';

// This file is the command's entry (dist/cli/index.js, or src/cli/index.ts
// when run from the sources); the worker script and the package's root lie
// beside and above it.
const here = import.meta.url;
const fromSources = here.endsWith('.ts');

// `tutynushy validate … | head`: the reader has gone, and so may we, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`tutynushy: ${error.message}\n`);
  process.exit(70);
});

main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  root: new URL('../../', here),
  workerUrl: new URL(fromSources ? './worker.ts' : './worker.js', here),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tutynushy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
