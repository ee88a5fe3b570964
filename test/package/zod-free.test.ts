// The subpaths that need no schema never load zod, in Node as well as in
// bundles: walks the built import graph of each entry, code and types, ESM
// and CommonJS, and names the chain of files that reaches zod.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalImports } from './import-graph.js';
import { NEEDS_ZOD } from './zod-subpaths.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

// The code subpaths: not package.json, nor the JSON Schema files.
const CODE_EXPORTS = Object.entries(pkg.exports).filter(([subpath]) => !subpath.endsWith('.json'));

const files = CODE_EXPORTS.flatMap(([subpath, conditions]) =>
  typeof conditions === 'string'
    ? []
    : Object.entries(conditions).flatMap(([condition, target]) =>
        Object.entries(target).map(([kind, file]) => ({ subpath, condition, kind, file })),
      ),
);

describe('the import graph of the built package', () => {
  it('has the four files of every subpath (import/require × types/default)', () => {
    expect(files.length).toBe(4 * CODE_EXPORTS.length);
  });

  const free = files.filter((f) => !NEEDS_ZOD.includes(f.subpath));
  it.each(free)('$subpath ($condition, $kind: $file) never reaches zod', ({ file }) => {
    const zod = externalImports(ROOT, join(ROOT, file)).find((e) => e.name === 'zod');
    expect(zod?.chain.join(' → ')).toBeUndefined();
  });

  it.each(files)('$subpath ($condition, $kind) imports only declared packages', ({ file }) => {
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
    const names = externalImports(ROOT, join(ROOT, file)).map((e) => e.name);
    expect(names.filter((name) => !declared.includes(name))).toEqual([]);
  });

  // The walk itself finds zod where it is, so a clean result above means something.
  it.each(files.filter((f) => f.subpath === './schemas'))(
    '$subpath ($condition, $kind) does reach zod',
    ({ file }) => {
      expect(externalImports(ROOT, join(ROOT, file)).map((e) => e.name)).toContain('zod');
    },
  );
});
