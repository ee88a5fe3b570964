// The input checks every replay shares: a record that was never parsed fails
// as INVALID_RECORD naming the field, never as a TypeError.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/core/index.js';
import {
  checkReplayRecord,
  invalidReplayInput,
  type ReplayRecordKind,
} from '../../src/core/replay-input.js';
import { thrown } from '../support/errors.js';

const lawsuit: ReplayRecordKind = {
  kind: 'lawsuit',
  machine: 'lawsuit',
  readWith: 'parseLawsuitRecord',
};
const appeal: ReplayRecordKind = {
  kind: 'complaint',
  machine: 'complaint',
  readWith: 'parseComplaintRecord',
};

describe('invalidReplayInput', () => {
  it('names the record, the path, what was expected and what was given', () => {
    const error = invalidReplayInput(
      lawsuit,
      'L-1',
      ['events', 0, 'at'],
      { code: 'invalidType', expected: 'date' },
      7,
    );
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-1',
      issues: [{ code: 'invalidType', path: ['events', 0, 'at'], expected: 'date', received: 7 }],
      readWith: 'parseLawsuitRecord',
    });
    expect(error.message).toBe(
      'Invalid lawsuit record "L-1": events[0].at: expected a date YYYY-MM-DD, got 7 (read it with parseLawsuitRecord first)',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректная запись иска "L-1": events[0].at: ожидалось: дата в формате YYYY-MM-DD, получено 7 (сначала прочитайте запись через parseLawsuitRecord)',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз сот ісі жазбасы "L-1": events[0].at: YYYY-MM-DD пішіміндегі күн күтілді, берілгені 7 (алдымен жазбаны parseLawsuitRecord арқылы оқыңыз)',
    );
  });

  it('cuts a long id and a long value, in the message and in the details', () => {
    const long = 'x'.repeat(50_000);
    const cut = `${'x'.repeat(200)}…`;
    const error = invalidReplayInput(
      lawsuit,
      long,
      ['id'],
      { code: 'invalidType', expected: 'string' },
      long,
    );
    expect(error.message.length).toBeLessThan(400);
    expect(error.details.recordId).toBe(cut);
    expect(error.details.issues[0]?.received).toBe(cut);
    expect(JSON.stringify(error).length).toBeLessThan(2000);
  });
});

describe('checkReplayRecord', () => {
  it('passes an object with an events array', () => {
    expect(() => checkReplayRecord(lawsuit, { id: 'D-1', events: [] })).not.toThrow();
  });

  it('refuses what is not a record, and a record without an events array', () => {
    for (const [input, shown] of [
      [null, null],
      [undefined, undefined],
      ['D-1', 'D-1'],
      [42, 42],
      [[], { type: 'array', length: 0 }],
      [['D-1'], { type: 'array', length: 1 }],
    ] as const) {
      const error = thrown(() => checkReplayRecord(appeal, input), 'INVALID_RECORD');
      expect(error.details).toEqual({
        kind: 'complaint',
        issues: [{ code: 'invalidType', path: [], expected: 'object', received: shown }],
        readWith: 'parseComplaintRecord',
      });
      expect(error.message).toContain('(record): expected an object, got ');
    }
    const error = thrown(() => checkReplayRecord(lawsuit, { id: 'D-1', events: 'open' }));
    expect(error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'D-1',
      issues: [{ code: 'invalidType', path: ['events'], expected: 'array', received: 'open' }],
      readWith: 'parseLawsuitRecord',
    });
    expect(error.message).toBe(
      'Invalid lawsuit record "D-1": events: expected an array, got "open" (read it with parseLawsuitRecord first)',
    );
    const noId = thrown(() => checkReplayRecord(lawsuit, { id: 5 }));
    expect(noId.details).toEqual({
      kind: 'lawsuit',
      issues: [{ code: 'invalidType', path: ['events'], expected: 'array', received: undefined }],
      readWith: 'parseLawsuitRecord',
    });
    expect(noId.message).toBe(
      'Invalid lawsuit record: events: expected an array, got undefined (read it with parseLawsuitRecord first)',
    );
  });
});
