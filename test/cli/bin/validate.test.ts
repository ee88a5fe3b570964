// `tutynushy validate` run as a process: every bad record with its file,
// line, code and message in the chosen language; exit code 1 when any.
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const FILES = ['complaints.jsonl', 'activities.json', 'registrations.jsonl', 'lawsuits.jsonl'];

describe('tutynushy validate', () => {
  it('lists each bad record as file:line: CODE: message, then a summary, and exits with 1', () => {
    const result = run(['validate', ...FILES]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'complaints.jsonl:7: INVALID_RECORD: Invalid complaint record "SH-2024-0005": channel: expected one of eTutynushy, eOtinish, paper, reception, hotline, messenger, email, other, got "fax"',
      'complaints.jsonl:8: INVALID_TRANSITION: event #1 of "SH-2024-0006": "explain" is not allowed in state "registered" (allowed: forwardToBusiness, startReview, redirect, withdraw, refuse, return)',
      'activities.json:25: INVALID_RECORD: Invalid outreach activity record "O-4": kind: expected one of socialPost, mediaSpeech, mediaPublication, briefing, roundTable, seminar, meeting, other, got "tweet"',
      '4 files, 18 records: 15 valid, 3 invalid',
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('words them in Russian and in Kazakh', () => {
    const ru = run(['validate', ...FILES, '--locale', 'ru']).stdout.split('\n');
    expect(ru[0]).toBe(
      'complaints.jsonl:7: INVALID_RECORD: Некорректная запись обращения "SH-2024-0005": channel: не входит в число допустимых значений (eTutynushy, eOtinish, paper, reception, hotline, messenger, email, other), получено "fax"',
    );
    expect(ru[3]).toBe('4 файла, 18 записей: корректных 15, некорректных 3');
    const kk = run(['validate', ...FILES], { lang: 'kk_KZ.UTF-8' }).stdout.split('\n');
    expect(kk[1]).toBe(
      'complaints.jsonl:8: INVALID_TRANSITION: "SH-2024-0006" жазбасының №1 оқиғасы: "explain" оқиғасы "registered" күйінде рұқсат етілмейді (рұқсат етілгендері: forwardToBusiness, startReview, redirect, withdraw, refuse, return)',
    );
    expect(kk[3]).toBe('4 файл, 18 жазба: жарамды – 15, жарамсыз – 3');
  });

  it('lists them the same from worker threads, in the order of the files and lines', () => {
    expect(run(['validate', ...FILES, '--jobs', '3']).stdout).toBe(
      run(['validate', ...FILES, '--jobs', '1']).stdout,
    );
  });

  it('exits with 0 when every record is valid', () => {
    const result = run(['validate', 'registrations.jsonl', 'lawsuits.jsonl', 'mixed.jsonl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('3 files, 9 records: 9 valid, 0 invalid\n');
  });

  it('writes one JSON object a line with --format json, the summary on standard error', () => {
    const result = run(['validate', 'complaints.jsonl', '--format', 'json']);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l['source'], l['line'], l['kind'], l['id'], l['code']])).toEqual([
      ['complaints.jsonl', 7, 'complaint', 'SH-2024-0005', 'INVALID_RECORD'],
      ['complaints.jsonl', 8, 'complaint', 'SH-2024-0006', 'INVALID_TRANSITION'],
    ]);
    expect(lines[0]?.['details']).toMatchObject({
      kind: 'complaint',
      issues: [expect.objectContaining({ path: ['channel'], received: 'fax' })],
    });
    expect(result.stderr).toBe('1 file, 8 records: 6 valid, 2 invalid\n');
  });
});
