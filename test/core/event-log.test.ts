import { describe, expect, it } from 'vitest';
import {
  assertEventInOrder,
  compareEventTimes,
  eventsAllowedIn,
  type StateMachine,
  stepEventLog,
  TutynushyError,
  transitionTarget,
} from '../../src/core/index.js';

const door: StateMachine<'open' | 'shut' | 'gone', 'close' | 'open' | 'remove'> = {
  name: 'door',
  states: ['open', 'shut', 'gone'],
  initial: 'open',
  final: ['gone'],
  transitions: [
    { event: 'close', from: ['open'], to: 'shut' },
    { event: 'open', from: ['shut'], to: 'open' },
    { event: 'remove', from: ['open', 'shut'], to: 'gone' },
  ],
};

describe('state machines as data', () => {
  it('lists what a state allows', () => {
    expect(eventsAllowedIn(door, 'open')).toEqual(['close', 'remove']);
    expect(eventsAllowedIn(door, 'gone')).toEqual([]);
  });

  it('moves along the table and names what was allowed when it cannot', () => {
    expect(transitionTarget(door, 'open', 'close', { index: 0 })).toBe('shut');
    try {
      transitionTarget(door, 'shut', 'close', { index: 3, recordId: 'D-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TutynushyError);
      const e = error as TutynushyError;
      expect(e.code).toBe('INVALID_TRANSITION');
      expect(e.message).toBe(
        'event #3 of "D-1": "close" is not allowed in state "shut" (allowed: open, remove)',
      );
      expect(e.details).toMatchObject({
        state: 'shut',
        event: 'close',
        index: 3,
        allowed: ['open', 'remove'],
      });
    }
    expect(() => transitionTarget(door, 'gone', 'open', { index: 1 })).toThrow(
      'a gone door accepts no event',
    );
    expect(() => transitionTarget(door, 'open', 'paint' as 'open', { index: 1 })).toThrow(
      'is not a door event',
    );
  });

  it('orders event times by Kazakhstan date, then by instant', () => {
    expect(compareEventTimes('2024-05-03', '2024-05-03T09:00:00+05:00')).toBe(0);
    expect(compareEventTimes('2024-05-03T10:00:00+05:00', '2024-05-03T09:00:00+05:00')).toBe(1);
    expect(compareEventTimes('2024-05-03T20:00:00Z', '2024-05-03')).toBe(1); // 01:00 on the 4th in Almaty
    expect(() =>
      assertEventInOrder('2024-05-02', '2024-05-03', { index: 1, recordId: 'A-7' }),
    ).toThrow(expect.objectContaining({ code: 'EVENT_OUT_OF_ORDER' }));
    expect(() => assertEventInOrder('2024-05-03', '2024-05-03', { index: 1 })).not.toThrow();
  });
});

describe('stepEventLog', () => {
  it('checks order before the transition', () => {
    expect(
      stepEventLog(door, 'open', '2024-05-02', { type: 'close', at: '2024-05-03' }, { index: 1 }),
    ).toBe('shut');
    expect(() =>
      stepEventLog(door, 'open', '2024-05-04', { type: 'close', at: '2024-05-03' }, { index: 1 }),
    ).toThrow(expect.objectContaining({ code: 'EVENT_OUT_OF_ORDER' }));
    expect(() =>
      stepEventLog(door, 'gone', undefined, { type: 'open', at: '2024-05-03' }, { index: 0 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
});
