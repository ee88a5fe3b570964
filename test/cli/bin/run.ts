// Runs the built `tutynushy` command as a process, the way a user's shell
// does: `node dist/cli/index.js …`, standard error a pipe (so no progress
// line), and an environment of our choosing (LANG decides the default
// language).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = `${ROOT}dist/cli/index.js`;
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly lang?: string;
  readonly input?: string | Buffer;
  readonly bin?: string;
}

export function run(args: readonly string[], options: RunOptions = {}): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], LANG: options.lang ?? 'C.UTF-8' };
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure's standard error: exactly one line, `tutynushy: …`, never a stack trace. */
export function oneLine(result: Run): string {
  const lines = result.stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '' || !lines[0]?.startsWith('tutynushy: ')) {
    throw new Error(`expected one line on standard error, got:\n${result.stderr}`);
  }
  return (lines[0] as string).slice('tutynushy: '.length);
}
