// What `npm run docs` makes before typedoc runs: the machines' diagrams, the
// sample report page and the Try it scripts, all into site/generated/
// (git-ignored), which the typedoc plugin (site/typedoc-plugin.mjs) reads.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleTryIt, writeSampleScript } from './prepare/bundles.js';
import { machineDiagrams } from './prepare/diagrams.js';
import { samplePage } from './prepare/sample-page.js';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'site/generated');
const ASSETS = join(OUT, 'assets');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(ASSETS, { recursive: true });
writeFileSync(join(OUT, 'machines.json'), `${JSON.stringify(machineDiagrams(), null, 2)}\n`);
writeFileSync(join(OUT, 'sample-report.md'), samplePage(ROOT));
writeSampleScript(ROOT, ASSETS);
await bundleTryIt(ROOT, ASSETS);
