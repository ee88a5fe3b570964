// package.json, typedoc, size-limit and the docs agree on the subpaths: a new
// subpath (or a moved name) that one of them forgets fails here, without a
// build. The built files themselves are checked by `npm run test:dist`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_ZOD } from './package/zod-subpaths.js';

const ROOT = new URL('../', import.meta.url).pathname;
const SIZE_LIMIT = new URL('../.size-limit.js', import.meta.url).href;
const { default: sizeLimit } = (await import(SIZE_LIMIT)) as { default: { path: string }[] };
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Manifest {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  typesVersions: Record<string, Record<string, string[]>>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
  scripts: Record<string, string>;
}

const pkg = JSON.parse(read('package.json')) as Manifest;
// The JSON Schemas are files, not code: one pattern exports them all.
const JSON_EXPORTS = ['./package.json', './schemas/*.json'];
const SUBPATHS = Object.keys(pkg.exports).filter((s) => !JSON_EXPORTS.includes(s) && s !== '.');
const nameOf = (subpath: string) => subpath.slice(2);

describe('package.json', () => {
  it.each(SUBPATHS)(
    '%s: ESM and CJS code and types from dist/<name>/index, built from src',
    (s) => {
      const name = nameOf(s);
      expect(pkg.exports[s]).toEqual({
        import: { types: `./dist/${name}/index.d.ts`, default: `./dist/${name}/index.js` },
        require: { types: `./dist/${name}/index.d.cts`, default: `./dist/${name}/index.cjs` },
      });
      expect(existsSync(join(ROOT, 'src', name, 'index.ts'))).toBe(true);
    },
  );

  it('gives TypeScript’s node10 resolution every subpath through typesVersions', () => {
    expect(pkg.typesVersions).toEqual({
      '*': Object.fromEntries(
        SUBPATHS.map((s) => [nameOf(s), [`./dist/${nameOf(s)}/index.d.cts`]]),
      ),
    });
  });

  it('exports every folder of src that has an index', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(ROOT, 'src', e.name, 'index.ts')))
      .map((e) => `./${e.name}`);
    // the command line is a bin, not a subpath
    expect(SUBPATHS.sort()).toEqual(folders.filter((f) => f !== './cli').sort());
  });

  it('ships the JSON Schemas and exports them as files', () => {
    expect(pkg.exports['./schemas/*.json']).toBe('./schemas/*.json');
    expect(pkg.scripts['schemas:check']).toBe('tsx scripts/json-schemas.ts --check');
    expect(read('.ci/run')).toContain('npm run schemas:check');
  });

  it('makes zod an optional peer', () => {
    expect(pkg.peerDependencies['zod']).toMatch(/^\^4\./);
    expect(pkg.peerDependenciesMeta['zod']).toEqual({ optional: true });
  });

  it('says where the project lives, ships its sources for the source maps, and releases a changelog', () => {
    expect(pkg.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/tutynushy/tutynushy.git',
    });
    expect(pkg.homepage).toBe('https://github.com/tutynushy/tutynushy#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/tutynushy/tutynushy/issues' });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'src', 'schemas', 'CHANGELOG.md']));
    expect(pkg.scripts['release']).toMatch(/^changeset version && npm run build$/);
    expect(read('tsup.config.ts')).toMatch(/sourcemap: true/);
  });
});

describe('the tools that list subpaths', () => {
  it('typedoc documents every subpath', () => {
    const typedoc = JSON.parse(read('typedoc.json')) as { entryPoints: string[] };
    expect(typedoc.entryPoints.sort()).toEqual(
      ['src/index.ts', ...SUBPATHS.map((s) => `src/${nameOf(s)}/index.ts`)].sort(),
    );
  });

  it('size-limit budgets every subpath', () => {
    const paths = new Set(sizeLimit.map((entry) => entry.path));
    expect(SUBPATHS.filter((s) => !paths.has(`dist/${nameOf(s)}/index.js`))).toEqual([]);
  });

  it('README lists the subpaths that need zod and those that never load it, as the import-graph test does', () => {
    const row =
      /\| needs zod \| never loads zod[^\n]*\n\| --- \| --- \|\n\| ([^|]+) \| ([^|]+) \|/.exec(
        read('README.md'),
      );
    const listed = (cell: string | undefined) =>
      [...(cell ?? '').matchAll(/`(tutynushy(?:\/\w+)?)`/g)].map((m) =>
        m[1] === 'tutynushy' ? '.' : `./${m[1]?.slice('tutynushy/'.length)}`,
      );
    expect(listed(row?.[1]).sort()).toEqual([...NEEDS_ZOD].sort());
    expect(listed(row?.[2]).sort()).toEqual(SUBPATHS.filter((s) => !NEEDS_ZOD.includes(s)).sort());
  });
});

describe('imports inside src', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(`${dir}/${e.name}`)
        : e.name.endsWith('.ts')
          ? [`${dir}/${e.name}`]
          : [],
    );
  // A module that loads zod through an index would make every importer of it load zod.
  const zodIndexes = NEEDS_ZOD.filter((s) => s !== '.').map((s) => `../${nameOf(s)}/index.js`);

  it.each(files('src'))('%s imports no index that loads zod', (file) => {
    const values = [...read(file).matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)'/gm)]
      .map((m) => m[1] ?? '')
      .filter((specifier) => zodIndexes.includes(specifier) || specifier === '../index.js');
    expect(values).toEqual([]);
  });
});

describe('imports in README.md and docs/', () => {
  // An index's export lists without its comments, which may name what lives elsewhere.
  const exportsOf = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const indexOf = (subpath: string) => exportsOf(`src/${subpath}/index.ts`);
  const everything = ['', ...SUBPATHS.map((s) => `${nameOf(s)}/`)]
    .map((dir) => exportsOf(`src/${dir}index.ts`))
    .join('\n');
  const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)];
  const imports = docs.flatMap((file) =>
    [
      ...read(file).matchAll(
        /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(tutynushy(?:\/[\w-]+)?)'/g,
      ),
    ].map((m) => ({ file, names: m[1] ?? '', from: m[2] ?? '' })),
  );

  it('there are some', () => {
    expect(imports.length).toBeGreaterThan(10);
  });

  it.each(imports)('$file: { $names } from $from', ({ names, from }) => {
    const subpath = from === 'tutynushy' ? undefined : from.slice('tutynushy/'.length);
    if (subpath !== undefined) expect(SUBPATHS).toContain(`./${subpath}`);
    const source = subpath === undefined ? everything : indexOf(subpath);
    const missing = names
      .split(',')
      .map(
        (n) =>
          n
            .replace(/^\s*type\s+/, '')
            .split(/\s+as\s+/)[0]
            ?.trim() ?? '',
      )
      .filter((n) => n !== '' && !new RegExp(`\\b${n}\\b`).test(source));
    expect(missing).toEqual([]);
  });
});
