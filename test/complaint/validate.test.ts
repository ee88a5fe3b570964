// What a `validate` command shows for a stored appeal with several problems:
// one INVALID_RECORD whose issues list every problem, each with its code
// and its path, worded in the user's language.
import { describe, expect, it } from 'vitest';
import { CHANNEL_KEYS, safeParseComplaintRecord } from '../../src/complaint/index.js';
import { formatRecordIssue, formatRecordPath, type Locale } from '../../src/core/index.js';
import { appealJson } from './records.js';

// Three problems: a channel that does not exist, a subject one character too
// long, and a field the «register» event does not have.
const broken = appealJson([{ type: 'register', at: '2024-06-03', by: 'clerk' } as never], {
  channel: 'fax',
  subject: 'x'.repeat(1001),
});

function validate(input: unknown, locale: Locale): string[] {
  const result = safeParseComplaintRecord(input);
  if (result.ok || result.error.code !== 'INVALID_RECORD') return [];
  return result.error.details.issues.map(
    (issue) => `${formatRecordPath(issue.path)}: ${formatRecordIssue(issue, locale)}`,
  );
}

describe('an appeal record with three problems', () => {
  it('is one INVALID_RECORD listing three issues with their codes and paths', () => {
    const result = safeParseComplaintRecord(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_RECORD');
    if (result.error.code !== 'INVALID_RECORD') return;
    expect(result.error.details).toEqual({
      kind: 'complaint',
      recordId: 'SH-2024-0001',
      issues: [
        { code: 'notOneOf', path: ['channel'], allowed: [...CHANNEL_KEYS], received: 'fax' },
        {
          code: 'tooLong',
          path: ['subject'],
          max: 1000,
          length: 1001,
          received: `${'x'.repeat(200)}…`,
        },
        {
          code: 'unknownField',
          path: ['events', 0],
          keys: ['by'],
          count: 1,
          facts: { event: 'register' },
        },
      ],
    });
  });

  it('reads as three lines in each language', () => {
    const channels = CHANNEL_KEYS.join(', ');
    expect(validate(broken, 'en')).toEqual([
      `channel: expected one of ${channels}, got "fax"`,
      'subject: expected at most 1000 characters, got 1001',
      'events[0]: unknown field "by" on a "register" event',
    ]);
    expect(validate(broken, 'ru')).toEqual([
      `channel: не входит в число допустимых значений (${channels}), получено "fax"`,
      'subject: слишком длинное значение (не более 1000 символов), получено 1001',
      'events[0]: неизвестное поле "by" в событии "register"',
    ]);
    expect(validate(broken, 'kk')).toEqual([
      `channel: рұқсат етілген мәндердің бірі емес (${channels}), берілгені "fax"`,
      'subject: тым ұзын (ең көбі 1000 таңба), берілгені 1001',
      'events[0]: белгісіз өріс "by" ("register" оқиғасында)',
    ]);
  });
});
