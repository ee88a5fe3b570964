// The built ESM package bundled for a page, as an app's bundler would do it:
// one IIFE file with dist/index.js and the browser scenario, made by esbuild.
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The page script: sets `globalThis.tutynushyScenario` to `{ run, roundTrips, probe }`. */
export async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import * as lib from './dist/index.js';
        import { roundTrips, scenario } from './test/browser/scenario.ts';
        globalThis.tutynushyScenario = {
          run: () => JSON.stringify(scenario(lib)),
          roundTrips: (tiyn) => JSON.stringify(roundTrips(lib, tiyn)),
        };
      `,
      resolveDir: ROOT,
      sourcefile: 'page-entry.js',
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild wrote no bundle');
  return file.text;
}
