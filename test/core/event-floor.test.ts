// The event floor every replay orders its log by: the latest time seen, which
// a date on the same Kazakhstan day as an instant floor does not move back.
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareEventTimes, type StateMachine, stepEventLog } from '../../src/core/index.js';
import { advanceEventFloor, emptyEventFloor, eventFloorAfter, floorDate, receiptEventFloor } from '../../src/core/event-floor.js';
import { thrown } from '../support/errors.js';

const LAWSUIT = { kind: 'lawsuit', noun: 'lawsuit', hint: 'check input with parseLawsuitRecord' };
const APPEAL = {
  kind: 'complaint',
  noun: 'appeal',
  hint: 'read stored JSON with parseComplaintRecord',
};

describe('emptyEventFloor and receiptEventFloor', () => {
  it('start with no time, or with the receipt', () => {
    const empty = emptyEventFloor(LAWSUIT);
    expect(empty.at).toBeUndefined();
    expect(empty.index).toBe(-1);
    const receipt = receiptEventFloor(APPEAL, '2024-06-03T15:00:00+05:00');
    expect(receipt.at).toBe('2024-06-03T15:00:00+05:00');
    expect(floorDate(receipt)).toBe('2024-06-03');
  });

  it('keep the receipt under a date of its day, and refuse an instant before it', () => {
    const floor = receiptEventFloor(APPEAL, '2024-06-03T15:00:00+05:00');
    advanceEventFloor(floor, '2024-06-03', { index: 0 });
    expect(floor.at).toBe('2024-06-03T15:00:00+05:00');
    const error = thrown(() =>
      advanceEventFloor(floor, '2024-06-03T09:00:00+05:00', { index: 1, recordId: 'A-1' }),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.message).toBe(
      'event #1 of "A-1" is dated "2024-06-03T09:00:00+05:00", before the appeal was received ("2024-06-03T15:00:00+05:00")',
    );
    expect(error.details).toMatchObject({ index: 1, receivedAt: '2024-06-03T15:00:00+05:00' });
  });
});

describe('advanceEventFloor', () => {
  it('accepts any first time on an empty floor, then holds an instant across a date of its day', () => {
    const floor = emptyEventFloor(LAWSUIT);
    advanceEventFloor(floor, '2024-03-05T17:00:00+05:00', { index: 0, recordId: 'L-1' });
    advanceEventFloor(floor, '2024-03-05', { index: 1, recordId: 'L-1' });
    expect(floor.at).toBe('2024-03-05T17:00:00+05:00');
    expect(floor.index).toBe(0);
    const error = thrown(() =>
      advanceEventFloor(floor, '2024-03-05T16:30:00+05:00', { index: 2, recordId: 'L-1' }),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.message).toContain(
      'before event #0 ("2024-03-05T17:00:00+05:00"; the events since',
    );
    expect(floor.at).toBe('2024-03-05T17:00:00+05:00');
  });

  it('names a malformed time as an invalid record of the kind replayed', () => {
    const floor = emptyEventFloor(LAWSUIT);
    const cases: [unknown, string][] = [
      ['2024-02-31', 'events[2].at: expected a date YYYY-MM-DD, got "2024-02-31"'],
      [20240203, 'events[2].at: expected a date or an instant, got 20240203'],
      [undefined, 'events[2].at: expected a date or an instant, got undefined'],
      ['', 'events[2].at: '],
      ['x'.repeat(50_000), '"… (50000 characters)'],
    ];
    for (const [at, part] of cases) {
      const error = thrown(() => advanceEventFloor(floor, at, { index: 2, recordId: 'L-1' }));
      expect(error.code).toBe('INVALID_RECORD');
      expect(error.message.startsWith('Invalid lawsuit record "L-1": events[2].at: ')).toBe(true);
      expect(error.message).toContain(part);
      expect(error.message.endsWith('(check input with parseLawsuitRecord)')).toBe(true);
      expect(error.message.length).toBeLessThan(400);
      expect(error.details).toMatchObject({ kind: 'lawsuit', recordId: 'L-1' });
    }
    expect(floor.at).toBeUndefined();
  });

  const time = fc.oneof(
    fc.integer({ min: 0, max: 3 }).map((day) => `2024-03-0${day + 4}`),
    fc
      .integer({ min: 0, max: 4 * 24 * 4 - 1 })
      .map((quarter) => new Date(Date.UTC(2024, 2, 3, 19) + quarter * 900_000).toISOString()),
  );

  propTest.prop([fc.array(time, { maxLength: 8 })])(
    'accepts a log exactly when every instant is at or after every earlier instant, and no time is on a day before an earlier one',
    (log) => {
      const floor = emptyEventFloor(LAWSUIT);
      let failedAt = -1;
      for (let index = 0; index < log.length; index += 1) {
        try {
          advanceEventFloor(floor, log[index], { index });
        } catch {
          failedAt = index;
          break;
        }
      }
      let expected = -1;
      for (let j = 0; j < log.length && expected < 0; j += 1) {
        for (let i = 0; i < j; i += 1) {
          const a = log[i] as string;
          const b = log[j] as string;
          if (compareEventTimes(b, a) < 0) {
            expected = j;
            break;
          }
        }
      }
      expect(failedAt).toBe(expected);
    },
  );
});

describe('eventFloorAfter', () => {
  it('rebuilds the floor a replay would have reached, leaving the start as it was', () => {
    const start = emptyEventFloor(LAWSUIT);
    const floor = eventFloorAfter(start, [
      { at: '2024-03-05T17:00:00+05:00' },
      { at: '2024-03-05' },
    ]);
    expect(floor.at).toBe('2024-03-05T17:00:00+05:00');
    expect(floor.index).toBe(0);
    expect(start.at).toBeUndefined();
    expect(eventFloorAfter(start, []).at).toBeUndefined();
    expect(
      eventFloorAfter(start, [{ at: '2024-03-04T17:00:00+05:00' }, { at: '2024-03-05' }]),
    ).toMatchObject({
      at: '2024-03-05',
      index: 1,
    });
    const receipt = receiptEventFloor(APPEAL, '2024-06-03T15:00:00+05:00');
    expect(eventFloorAfter(receipt, [{ at: '2024-06-03' }])).toMatchObject({
      at: '2024-06-03T15:00:00+05:00',
      index: -1,
    });
  });
});

describe('floorDate', () => {
  it('is the Almaty date of the floor', () => {
    const floor = emptyEventFloor(LAWSUIT);
    advanceEventFloor(floor, '2024-03-05T20:00:00Z', { index: 0 });
    expect(floorDate(floor)).toBe('2024-03-06');
    expect(thrown(() => floorDate(emptyEventFloor(LAWSUIT))).code).toBe('INVALID_INSTANT');
  });
});

describe('stepEventLog with a floor', () => {
  const door: StateMachine<'open' | 'shut', 'close' | 'open'> = {
    name: 'door',
    states: ['open', 'shut'],
    initial: 'open',
    final: [],
    transitions: [
      { event: 'close', from: ['open'], to: 'shut' },
      { event: 'open', from: ['shut'], to: 'open' },
    ],
  };

  it('checks against the floor, where the previous-time form checks only neighbours', () => {
    const floor = emptyEventFloor({ kind: 'door', noun: 'door', hint: 'read it with parseDoor' });
    expect(
      stepEventLog(
        door,
        'open',
        floor,
        { type: 'close', at: '2024-05-03T17:00:00+05:00' },
        { index: 0 },
      ),
    ).toBe('shut');
    expect(
      stepEventLog(door, 'shut', floor, { type: 'open', at: '2024-05-03' }, { index: 1 }),
    ).toBe('open');
    const late = { type: 'close', at: '2024-05-03T16:30:00+05:00' } as const;
    expect(thrown(() => stepEventLog(door, 'open', floor, late, { index: 2 })).code).toBe(
      'EVENT_OUT_OF_ORDER',
    );
    expect(stepEventLog(door, 'open', '2024-05-03', late, { index: 2 })).toBe('shut');
  });
});
