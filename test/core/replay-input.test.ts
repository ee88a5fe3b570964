// The input checks every replay shares: a record that was never parsed fails
// as INVALID_RECORD naming the field, never as a TypeError.
import { describe, expect, it } from 'vitest';
import { checkReplayRecord, invalidReplayInput } from '../../src/core/replay-input.js';
import { thrown } from '../support/errors.js';

const door = { kind: 'door', noun: 'door', hint: 'read it with parseDoor' };
const appeal = {
  kind: 'complaint',
  noun: 'appeal',
  hint: 'read stored JSON with parseComplaintRecord',
};

describe('invalidReplayInput', () => {
  it('names the record, the path, what was expected and what was given', () => {
    const error = invalidReplayInput(door, 'D-1', ['events', 0, 'at'], 'expected a date', 7);
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toBe(
      'Invalid door record "D-1": events[0].at: expected a date, got 7 (read it with parseDoor)',
    );
    expect(error.details).toEqual({
      kind: 'door',
      recordId: 'D-1',
      issues: [{ path: ['events', 0, 'at'], message: 'expected a date, got 7' }],
    });
  });

  it('cuts a long id and a long value', () => {
    const long = 'x'.repeat(50_000);
    const error = invalidReplayInput(door, long, ['id'], 'expected text', long);
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('checkReplayRecord', () => {
  it('passes an object with an events array', () => {
    expect(() => checkReplayRecord(door, { id: 'D-1', events: [] })).not.toThrow();
  });

  it('refuses what is not a record, and a record without an events array', () => {
    for (const input of [null, undefined, 'D-1', 42, [], ['D-1']]) {
      const error = thrown(() => checkReplayRecord(appeal, input));
      expect(error.code).toBe('INVALID_RECORD');
      expect(error.message).toContain('(record): expected an appeal record, got ');
    }
    expect(thrown(() => checkReplayRecord(door, [])).message).toContain('expected a door record');
    const error = thrown(() => checkReplayRecord(door, { id: 'D-1', events: 'open' }));
    expect(error.message).toBe(
      'Invalid door record "D-1": events: expected an array of events, got "open" (read it with parseDoor)',
    );
    expect(thrown(() => checkReplayRecord(door, { id: 5 })).message).toBe(
      'Invalid door record: events: expected an array of events, got undefined (read it with parseDoor)',
    );
  });
});
