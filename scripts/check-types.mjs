// are-the-types-wrong on the packed package, in every resolution mode
// (node10 through typesVersions, node16 from CJS and ESM, bundler). The
// tarball is packed into a temporary folder: `attw --pack .` would write
// tutynushy-<version>.tgz into the project and delete it afterwards, taking
// with it a tarball of the same name that the user made.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tutynushy-attw-'));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      encoding: 'utf8',
    }),
  );
  const tarball = join(dir, packed[0].filename);
  execFileSync('npx', ['attw', tarball], { stdio: 'inherit' });
} catch (error) {
  process.exitCode = typeof error.status === 'number' ? error.status : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
