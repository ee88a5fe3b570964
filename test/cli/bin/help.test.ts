// --help of the command and of each subcommand, in three languages, and --version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './run.js';

const COMMANDS = ['report', 'validate', 'deadline', 'words', 'demo'] as const;
const EXIT_CODES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '70'];

describe('tutynushy --help', () => {
  it('lists the commands and every exit code', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  tutynushy ${command} `);
    const codes = result.stdout.slice(result.stdout.indexOf('Exit codes:')).match(/^ +(\d+) {2}/gm);
    expect(codes?.map((line) => line.trim())).toEqual(EXIT_CODES);
  });

  it('is written in Kazakh and Russian too', () => {
    expect(run(['--help', '--locale', 'kk']).stdout).toContain(
      'Аяқталу кодтары:\n   0  орындалды\n',
    );
    expect(run(['--help'], { lang: 'ru_RU.UTF-8' }).stdout).toContain(
      'Коды завершения:\n   0  выполнено\n',
    );
  });

  it.each(COMMANDS)('tutynushy %s --help shows its usage and exits with 0', (command) => {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const result = run(args);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`tutynushy ${command} `)).toBe(true);
    }
    expect(run([command, '--help', '--locale', 'ru']).stdout).toContain('Коды завершения:');
  });

  it('names every option a subcommand takes', () => {
    const report = run(['report', '--help']).stdout;
    for (const option of [
      '--period',
      '--region',
      '--locale',
      '--format',
      '--compare',
      '--published',
      '--kind',
      '--out',
      '--jobs',
    ]) {
      expect(report).toContain(`  ${option} `);
    }
  });
});

describe('tutynushy --version', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      version: string;
    };
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
