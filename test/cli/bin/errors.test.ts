// Every failure of the command: one line on standard error in the chosen
// language (never a stack trace), and an exit code of its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLine, run } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'tutynushy-cli-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MAY = ['--period', '2024-05'];

function fails(args: readonly string[], code: number, lang?: string): string {
  const result = run(args, lang === undefined ? {} : { lang });
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return oneLine(result);
}

describe('usage errors (exit code 2)', () => {
  it('an unknown option', () => {
    expect(fails(['report', 'complaints.jsonl', ...MAY, '--bogus'], 2)).toBe(
      'unknown option --bogus for report (tutynushy report --help lists the options)',
    );
    expect(fails(['report', 'complaints.jsonl', ...MAY, '--bogus', '--locale', 'ru'], 2)).toBe(
      'неизвестный параметр --bogus команды report (параметры: tutynushy report --help)',
    );
    expect(fails(['--bogus'], 2, 'kk_KZ.UTF-8')).toBe(
      'белгісіз параметр --bogus (командалар тізімі: tutynushy --help)',
    );
  });

  it('an unknown command, and none', () => {
    expect(fails(['frobnicate'], 2)).toBe(
      'unknown command "frobnicate": expected report, validate, deadline, words or demo (tutynushy --help)',
    );
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^tutynushy — /);
  });

  it('an option without its value, or with one that is not allowed', () => {
    expect(fails(['report', 'complaints.jsonl', '--period'], 2)).toBe(
      'option --period needs a value',
    );
    expect(fails(['report', 'complaints.jsonl', '--period', '--region', '79'], 2)).toBe(
      'option --period needs a value',
    );
    expect(
      fails(['report', 'complaints.jsonl', ...MAY, '--format', 'pdf', '--locale', 'kk'], 2),
    ).toBe(
      '--format параметрінің жарамсыз мәні "pdf": мына мәндердің бірі күтілді: text, markdown, csv, json',
    );
    expect(fails(['report', 'complaints.jsonl', ...MAY, '--jobs', 'many'], 2)).toBe(
      'invalid value "many" for --jobs: expected a whole number from 1 to 64',
    );
    expect(fails(['words', '5', '--number=yes'], 2)).toBe('option --number takes no value');
  });

  it('a missing --period or --received, and no input file', () => {
    expect(fails(['report', 'complaints.jsonl'], 2)).toBe(
      'report needs --period (tutynushy report --help)',
    );
    expect(fails(['report', ...MAY, '--locale', 'ru'], 2)).toBe(
      'команде report нужен хотя бы один входной файл (tutynushy report --help)',
    );
    expect(fails(['deadline', '--locale', 'kk'], 2)).toBe(
      'deadline командасына --received параметрі керек (tutynushy deadline --help)',
    );
    expect(fails(['deadline', '--received', '2024-05-03T10:00+05:00', 'extra'], 2)).toBe(
      'unexpected argument "extra" for deadline',
    );
  });
});

describe('file errors (exit code 3)', () => {
  it('a missing file, checked before any is read', () => {
    expect(fails(['report', 'complaints.jsonl', 'nope.jsonl', ...MAY], 3)).toBe(
      'file not found: nope.jsonl',
    );
    expect(fails(['validate', 'nope.jsonl', '--locale', 'kk'], 3)).toBe(
      'файл табылмады: nope.jsonl',
    );
    expect(
      fails(
        ['report', 'complaints.jsonl', ...MAY, '--published', 'nope.json', '--locale', 'ru'],
        3,
      ),
    ).toBe('файл не найден: nope.json');
  });

  it('a directory, and an output file that cannot be written', () => {
    expect(fails(['validate', '.'], 3)).toBe('not a file: .');
    expect(
      fails(['report', 'complaints.jsonl', ...MAY, '--out', '/nonexistent/report.txt'], 3),
    ).toBe('cannot write /nonexistent/report.txt: ENOENT');
  });
});

describe('unreadable input (exit code 4)', () => {
  it('JSON Lines that stop being JSON, with the line and column', () => {
    expect(fails(['report', 'broken.jsonl', ...MAY], 4)).toBe('broken.jsonl:3:31: not valid JSON');
    expect(fails(['validate', 'broken.jsonl', '--locale', 'ru'], 4)).toBe(
      'broken.jsonl:3:31: некорректный JSON',
    );
  });

  it('a JSON array with a missing comma', () => {
    expect(fails(['report', 'broken-array.json', ...MAY], 4)).toBe(
      'broken-array.json:3:3: not a valid JSON array: expected a comma or ]',
    );
    expect(fails(['report', 'broken-array.json', ...MAY, '--locale', 'kk'], 4)).toBe(
      'broken-array.json:3:3: жарамсыз JSON массиві: үтір немесе ] күтілді',
    );
  });

  it('a JSON array that is not closed, and text that is not UTF-8', () => {
    const open = join(work, 'open.json');
    writeFileSync(
      open,
      '[{"schemaVersion":1,"id":"O-1","kind":"briefing","date":"2024-05-14","region":"79"},\n',
    );
    expect(fails(['report', open, ...MAY, '--kind', 'activity'], 4)).toBe(
      `${open}:2:1: not a valid JSON array: expected the closing ]`,
    );
    const latin1 = join(work, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from('{"id":"R-1"}\n{"id":"\xe9"}\n', 'latin1'));
    expect(fails(['validate', latin1, '--kind', 'registration', '--locale', 'ru'], 4)).toBe(
      `${latin1}:2: текст не в кодировке UTF-8`,
    );
  });

  it('a record whose kind cannot be told', () => {
    expect(fails(['report', 'unknown-kind.jsonl', ...MAY], 4)).toBe(
      'unknown-kind.jsonl:2: cannot tell what kind of record this is: name the file complaints.jsonl, lawsuits.jsonl, activities.jsonl or registrations.jsonl, or give --kind',
    );
  });

  it('published figures that are not JSON', () => {
    expect(
      fails(['report', 'complaints.jsonl', ...MAY, '--published', 'complaints-2023.jsonl'], 4),
    ).toBe('complaints-2023.jsonl:2:1: not valid JSON');
  });
});

describe('an empty input (exit code 5)', () => {
  it('files with no record in them', () => {
    expect(fails(['report', 'empty.jsonl', ...MAY], 5)).toBe('no records in empty.jsonl');
    expect(fails(['validate', 'empty.jsonl', '--locale', 'ru'], 5)).toBe(
      'нет записей в empty.jsonl',
    );
  });
});

describe('a bad period (exit code 6) and other bad values (exit code 7)', () => {
  it('a period that does not exist, in the chosen language, before any file is read', () => {
    expect(fails(['report', 'nope.jsonl', '--period', '2024-13'], 6)).toBe(
      'Invalid period "2024-13": month 13 does not exist (expected 1 to 12)',
    );
    expect(fails(['report', 'complaints.jsonl', '--period', '2024-13', '--locale', 'ru'], 6)).toBe(
      'Некорректный период "2024-13": месяца 13 не существует (ожидалось от 1 до 12)',
    );
  });

  it('a region that does not exist', () => {
    expect(fails(['report', 'complaints.jsonl', ...MAY, '--region', '99'], 7)).toMatch(
      /^Invalid region "99": there is no region with the code 99/,
    );
  });

  it('published figures that are not published figures', () => {
    expect(
      fails(['report', 'complaints.jsonl', ...MAY, '--published', 'activities.json'], 7),
    ).toMatch(/^Invalid published report/);
  });
});

describe('the default language', () => {
  it('is the environment’s (LANG), when --locale is not given', () => {
    expect(fails(['report', 'nope.jsonl', ...MAY], 3, 'ru_RU.UTF-8')).toBe(
      'файл не найден: nope.jsonl',
    );
    expect(fails(['report', 'nope.jsonl', ...MAY], 3, 'kk_KZ.UTF-8')).toBe(
      'файл табылмады: nope.jsonl',
    );
    expect(fails(['report', 'nope.jsonl', ...MAY, '--locale', 'en'], 3, 'kk_KZ.UTF-8')).toBe(
      'file not found: nope.jsonl',
    );
  });
});
