// `npm run check:pkg` packs the package to check it; a tarball the user made
// beside package.json (`npm pack`) must still be there, unchanged, after it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

it('passes, and leaves a tarball the user made where it was', () => {
  const tarball = join(ROOT, `tutynushy-${version}.tgz`);
  const users = existsSync(tarball);
  // A real tarball of the user's is only read; otherwise a stand-in plays its part.
  if (!users) writeFileSync(tarball, 'a tarball the user packed\n');
  const content = readFileSync(tarball);
  try {
    execFileSync('npm', ['run', 'check:pkg'], { cwd: ROOT, env, stdio: 'pipe' });
    expect(existsSync(tarball)).toBe(true);
    expect(readFileSync(tarball).equals(content)).toBe(true);
  } finally {
    if (!users) rmSync(tarball, { force: true });
  }
}, 120_000);
