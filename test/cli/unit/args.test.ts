// How the command reads its arguments: --compare takes the files after it,
// a negative amount is an amount, and each mistake is a typed problem.
import { describe, expect, it } from 'vitest';
import { type CommandSpec, readArgs } from '../../../src/cli/args.js';
import { CliError } from '../../../src/cli/cli-error.js';
import { REPORT_SPEC } from '../../../src/cli/commands/report.js';
import { WORDS_SPEC } from '../../../src/cli/commands/words.js';

function problemOf(spec: CommandSpec, args: readonly string[]): unknown {
  try {
    readArgs(spec, args);
  } catch (error) {
    if (error instanceof CliError) return { ...error.problem, exitCode: error.exitCode };
    throw error;
  }
  return undefined;
}

describe('readArgs', () => {
  it('gives --compare the files after it, up to the next option', () => {
    const parsed = readArgs(REPORT_SPEC, [
      'a.jsonl',
      '--compare',
      'old-a.jsonl',
      'old-b.jsonl',
      '--period',
      '2024-05',
      'b.jsonl',
    ]);
    expect(parsed.positionals).toEqual(['a.jsonl', 'b.jsonl']);
    expect(parsed.values['compare']).toEqual(['old-a.jsonl', 'old-b.jsonl']);
    expect(parsed.values['period']).toBe('2024-05');
  });

  it('keeps repeated options, and reads --option=value', () => {
    const parsed = readArgs(REPORT_SPEC, [
      'a.jsonl',
      '--region=79',
      '--region',
      '75',
      '--format=csv',
    ]);
    expect(parsed.values['region']).toEqual(['79', '75']);
    expect(parsed.values['format']).toBe('csv');
  });

  it('reads negative amounts as amounts, and everything after -- as arguments', () => {
    expect(readArgs(WORDS_SPEC, ['-5.50', '-1424750', '--number']).positionals).toEqual([
      '-5.50',
      '-1424750',
    ]);
    expect(readArgs(REPORT_SPEC, ['--', '--odd-name.jsonl']).positionals).toEqual([
      '--odd-name.jsonl',
    ]);
  });

  it('names each mistake, as a usage error', () => {
    expect(problemOf(REPORT_SPEC, ['-x'])).toEqual({
      key: 'unknownOption',
      option: '-x',
      command: 'report',
      exitCode: 2,
    });
    expect(problemOf(REPORT_SPEC, ['a', '--out'])).toEqual({
      key: 'missingValue',
      option: '--out',
      exitCode: 2,
    });
    expect(problemOf(REPORT_SPEC, ['a', '--locale', 'de'])).toEqual({
      key: 'badChoice',
      option: '--locale',
      value: 'de',
      allowed: ['kk', 'ru', 'en'],
      exitCode: 2,
    });
    expect(problemOf(WORDS_SPEC, ['5', '--number=1'])).toEqual({
      key: 'unexpectedValue',
      option: '--number',
      exitCode: 2,
    });
  });
});
