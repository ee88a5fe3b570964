// The scripts of the Try it page: the page itself with the library bundled
// for the browser by esbuild, and the Shymkent sample as a script (a page
// opened from disk may load scripts, but not fetch files next to it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SAMPLE_DIR, SAMPLE_FILES } from './sample-page.js';

/** Bundles `site/try-it/main.ts` into `out`/try-it.js: one classic script, no module loading. */
export async function bundleTryIt(root: string, out: string): Promise<void> {
  await build({
    entryPoints: [join(root, 'site/try-it/main.ts')],
    outfile: join(out, 'try-it.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** Writes the sample's record files into `out`/shymkent-sample.js, as `globalThis.tutynushySample`. */
export function writeSampleScript(root: string, out: string): void {
  const files = Object.fromEntries(
    Object.values(SAMPLE_FILES).map((file) => [
      file,
      readFileSync(join(root, SAMPLE_DIR, file), 'utf8'),
    ]),
  );
  writeFileSync(
    join(out, 'shymkent-sample.js'),
    `globalThis.tutynushySample = ${JSON.stringify({ folder: SAMPLE_DIR, files })};\n`,
  );
}
