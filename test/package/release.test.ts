// The release flow in a temporary clone: `npm run release` turns the
// changesets into CHANGELOG.md entries and a version, deletes them, and
// builds; the packed package then carries the changelog.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);
const run = (cwd: string, command: string, args: readonly string[]) =>
  execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });

interface Changeset {
  readonly file: string;
  readonly bump: 'major' | 'minor' | 'patch';
  readonly summary: string;
}

function changesets(dir: string): Changeset[] {
  return readdirSync(join(dir, '.changeset'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, '.changeset', file), 'utf8');
      const match = /^---\n"tutynushy": (major|minor|patch)\n---\n\n([\s\S]*)$/.exec(text);
      if (match === null) throw new Error(`.changeset/${file} is not a changeset for tutynushy`);
      return { file, bump: match[1] as Changeset['bump'], summary: (match[2] ?? '').trim() };
    });
}

function bumped(version: string, bumps: readonly Changeset['bump'][]): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bumps.includes('major')) return `${major + 1}.0.0`;
  if (bumps.includes('minor')) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

let clone: string;
let before: Changeset[];
let version: string;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'tutynushy-release-'));
  clone = join(work, 'tutynushy');
  run(work, 'git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
  // The changesets and manifest as they are now, committed or not.
  rmSync(join(clone, '.changeset'), { recursive: true });
  cpSync(join(ROOT, '.changeset'), join(clone, '.changeset'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(clone, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  before = changesets(clone);
  version = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { version: string })
    .version;
  run(clone, 'npm', ['run', 'release']);
}, 180_000);

afterAll(() => {
  if (clone !== undefined) rmSync(join(clone, '..'), { recursive: true, force: true });
});

describe('npm run release', () => {
  it('has changesets to release (else this test shows nothing)', () => {
    expect(before.length).toBeGreaterThan(0);
  });

  it('bumps the version by the largest change', () => {
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(pkg.version).toBe(
      bumped(
        version,
        before.map((c) => c.bump),
      ),
    );
  });

  it('writes every changeset into CHANGELOG.md under the new version, and removes it', () => {
    const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(changelog).toMatch(
      new RegExp(`^# tutynushy\\n\\n## ${pkg.version.replace(/\./g, '\\.')}\\n`),
    );
    for (const { file, summary } of before) {
      const firstLine = summary.split('\n')[0] ?? '';
      expect(changelog, file).toContain(firstLine);
    }
    expect(changesets(clone)).toEqual([]);
    expect(existsSync(join(clone, '.changeset', 'README.md'))).toBe(true);
  });

  it('builds, and the packed package carries the changelog', () => {
    expect(existsSync(join(clone, 'dist', 'index.js'))).toBe(true);
    const [packed] = JSON.parse(
      run(clone, 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts']),
    ) as { files: { path: string }[] }[];
    const files = packed?.files.map((f) => f.path) ?? [];
    expect(files).toContain('CHANGELOG.md');
    // The command line is the ES module program `bin` runs; no CommonJS copy or declaration of it ships.
    expect(files).toContain('dist/cli/index.js');
    expect(files.filter((path) => /^dist\/cli\/.*\.(cjs|d\.c?ts)(\.map)?$/.test(path))).toEqual([]);
  });
});
