// The command line is an ES module program (`bin` points at dist/cli/index.js):
// tsup builds every source file in both formats and with types, and for
// src/cli neither the CommonJS copies nor the declarations can be used by
// anyone (no export condition reaches them), so they are removed.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'dist/cli';
const unused = /\.(cjs|cjs\.map|d\.cts|d\.ts)$/;
let removed = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !unused.test(entry.name)) continue;
  rmSync(join(entry.parentPath, entry.name));
  removed += 1;
}
console.log(
  `prune-cli-build: removed ${removed} unused CommonJS and declaration files from ${dir}`,
);
