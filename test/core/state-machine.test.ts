import { describe, expect, it } from 'vitest';
import { type StateMachine, TutynushyError } from '../../src/core/index.js';
import { eventsAllowedIn, transitionTarget } from '../../src/core/state-machine.js';
import { thrown } from '../support/errors.js';

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
      const e = error as TutynushyError<'INVALID_TRANSITION'>;
      expect(e.code).toBe('INVALID_TRANSITION');
      expect(e.message).toBe(
        'event #3 of "D-1": "close" is not allowed in state "shut" (allowed: open, remove)',
      );
      expect(e.details).toEqual({
        machine: 'door',
        recordId: 'D-1',
        index: 3,
        problem: 'notAllowed',
        state: 'shut',
        event: 'close',
        allowed: ['open', 'remove'],
      });
    }
    const closed = thrown(
      () => transitionTarget(door, 'gone', 'open', { index: 1 }),
      'INVALID_TRANSITION',
    );
    expect(closed.details).toMatchObject({ problem: 'notAllowed', state: 'gone', allowed: [] });
    expect(closed.message).toContain('a gone door accepts no event');
    const unknown = thrown(
      () => transitionTarget(door, 'open', 'paint' as 'open', { index: 1 }),
      'INVALID_TRANSITION',
    );
    expect(unknown.details).toMatchObject({ problem: 'unknownEvent', event: 'paint' });
    expect(unknown.message).toContain('is not a door event');
  });
});
