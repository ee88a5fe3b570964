// The tests of the built package read dist/: say so plainly when it is
// missing or older than the sources, instead of testing a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

export default function requireBuild(): void {
  const built = join(ROOT, 'dist', 'index.js');
  if (!existsSync(built)) {
    throw new Error('dist/ is missing: run `npm run build` before `npm run test:dist`');
  }
  if (newest(join(ROOT, 'src')) > statSync(built).mtimeMs) {
    throw new Error('dist/ is older than src/: run `npm run build` before `npm run test:dist`');
  }
}
