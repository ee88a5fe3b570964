// The event floor every replay orders its log by: the latest time seen, which
// a date on the same Kazakhstan day as an instant floor does not move back.
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  advanceEventFloor,
  emptyEventFloor,
  eventFloorAfter,
  floorDate,
  receiptEventFloor,
} from '../../src/core/event-floor.js';
import type { StateMachine } from '../../src/core/index.js';
import type { ReplayRecordKind } from '../../src/core/replay-input.js';
import { transitionTarget } from '../../src/core/state-machine.js';
import { thrown } from '../support/errors.js';
import { compareEventTimes } from '../support/event-times.js';

const LAWSUIT: ReplayRecordKind = {
  kind: 'lawsuit',
  machine: 'lawsuit',
  readWith: 'parseLawsuitRecord',
};
const APPEAL: ReplayRecordKind = {
  kind: 'complaint',
  machine: 'complaint',
  readWith: 'parseComplaintRecord',
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
    expect(error.details).toEqual({
      machine: 'complaint',
      recordId: 'A-1',
      index: 1,
      problem: 'beforeReceipt',
      at: '2024-06-03T09:00:00+05:00',
      before: '2024-06-03T15:00:00+05:00',
    });
    expect(error.message).toBe(
      'event #1 of "A-1" is dated "2024-06-03T09:00:00+05:00", before the appeal was received ("2024-06-03T15:00:00+05:00")',
    );
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
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-1',
      index: 2,
      problem: 'beforeEarlier',
      at: '2024-03-05T16:30:00+05:00',
      before: '2024-03-05T17:00:00+05:00',
      beforeIndex: 0,
    });
    expect(error.message).toContain(
      'before event #0 ("2024-03-05T17:00:00+05:00"; the events since',
    );
    expect(floor.at).toBe('2024-03-05T17:00:00+05:00');
  });

  it('names a malformed time as an invalid record of the kind replayed', () => {
    const floor = emptyEventFloor(LAWSUIT);
    const long = 'x'.repeat(50_000);
    const cases: [unknown, object][] = [
      [
        '2024-02-31',
        {
          code: 'invalidValue',
          received: '2024-02-31',
          error: {
            code: 'INVALID_DATE',
            details: { received: '2024-02-31', problem: 'day', lastDay: 29 },
          },
        },
      ],
      [20240203, { code: 'invalidType', expected: 'string', received: 20240203 }],
      [undefined, { code: 'invalidType', expected: 'string', received: undefined }],
      [
        '',
        {
          code: 'invalidValue',
          received: '',
          error: { code: 'INVALID_INSTANT', details: { received: '', problem: 'format' } },
        },
      ],
      [
        long,
        {
          code: 'invalidValue',
          received: `${'x'.repeat(200)}…`,
          error: {
            code: 'INVALID_INSTANT',
            details: { received: `${'x'.repeat(200)}…`, problem: 'format' },
          },
        },
      ],
    ];
    for (const [at, issue] of cases) {
      const error = thrown(() => advanceEventFloor(floor, at, { index: 2, recordId: 'L-1' }));
      expect(error.code).toBe('INVALID_RECORD');
      expect(error.details).toEqual({
        kind: 'lawsuit',
        recordId: 'L-1',
        issues: [{ path: ['events', 2, 'at'], ...issue }],
        readWith: 'parseLawsuitRecord',
      });
      expect(error.message.startsWith('Invalid lawsuit record "L-1": events[2].at: ')).toBe(true);
      expect(error.message.endsWith('(read it with parseLawsuitRecord first)')).toBe(true);
      expect(error.message.length).toBeLessThan(400);
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

describe('a replay step: the floor, then the transition', () => {
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
  const step = (
    floor: ReturnType<typeof emptyEventFloor>,
    state: 'open' | 'shut',
    event: { type: 'close' | 'open'; at: string },
    index: number,
  ) => {
    advanceEventFloor(floor, event.at, { index });
    return transitionTarget(door, state, event.type, { index });
  };

  it('checks against the floor, not only against the event before', () => {
    const floor = emptyEventFloor(LAWSUIT);
    expect(step(floor, 'open', { type: 'close', at: '2024-05-03T17:00:00+05:00' }, 0)).toBe('shut');
    expect(step(floor, 'shut', { type: 'open', at: '2024-05-03' }, 1)).toBe('open');
    // In order with the date before it, but before the instant of that day.
    const late = { type: 'close', at: '2024-05-03T16:30:00+05:00' } as const;
    const error = thrown(() => step(floor, 'open', late, 2), 'EVENT_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ problem: 'beforeEarlier', beforeIndex: 0 });
    expect(floor).toMatchObject({ at: '2024-05-03T17:00:00+05:00', index: 0 });
  });
});
