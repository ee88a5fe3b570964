// Replays take time linear in the length of their log, counted in steps, not
// timed: every read of an event from the log (an index of the events array)
// and every read of an event's field is counted through a Proxy and getters.
// A log whose reads grew faster than its length (a rescan per event) would
// show here as a ratio above 10 between 10,000 and 100,000 events.
import { describe, expect, it } from 'vitest';
import {
  parseComplaintRecord,
  parseLawsuitRecord,
  replayComplaint,
  replayLawsuit,
  TutynushyError,
} from '../../src/index.js';
import { MEGABYTE } from './hostile.js';

const steps = { elements: 0, fields: 0 };

function countedEvent(event: Record<string, unknown>): object {
  const counted = {};
  for (const [key, value] of Object.entries(event)) {
    Object.defineProperty(counted, key, {
      enumerable: true,
      get: () => {
        steps.fields += 1;
        return value;
      },
    });
  }
  return counted;
}

function countedLog(events: readonly Record<string, unknown>[]): object[] {
  return new Proxy(events.map(countedEvent), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) steps.elements += 1;
      return Reflect.get(target, key, receiver);
    },
  });
}

function stepsOf(run: () => unknown): { elements: number; fields: number; total: number } {
  steps.elements = 0;
  steps.fields = 0;
  run();
  return { ...steps, total: steps.elements + steps.fields };
}

const LAWSUIT = parseLawsuitRecord({
  schemaVersion: 1,
  id: 'L-2024-0007',
  court: 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты',
  role: 'plaintiff',
  appealIds: [],
  claimed: '250000',
  region: '79',
  events: [{ type: 'file', at: '2024-02-12' }],
});

// Every hearing on one day: the case where an event's place among the events
// of its day is checked, and a rescan of the day would be quadratic.
function hearings(count: number, sameDay: boolean): Record<string, unknown>[] {
  const days = ['2024-03-05', '2024-03-06', '2024-03-07'];
  return [
    { type: 'file', at: '2024-02-12' },
    ...Array.from({ length: count }, (_, i) => ({
      type: 'hearing',
      at: sameDay ? '2024-03-05' : (days[Math.floor((i * 3) / count)] as string),
    })),
  ];
}

const APPEAL = {
  schemaVersion: 1,
  id: 'SH-2024-0412',
  receivedAt: '2024-06-03T10:00:00+05:00',
  channel: 'eTutynushy',
  appealType: 'complaint',
  region: '79',
  sector: 'retailTrade',
  subject: 'A refrigerator that does not cool',
  consumer: { kind: 'individual' },
};

// Forwarded to the seller and answered, again and again: a loop the machine allows.
function appealLog(count: number): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [
    { type: 'register', at: '2024-06-03' },
    { type: 'startReview', at: '2024-06-04' },
  ];
  while (events.length < count) {
    events.push({ type: 'forwardToBusiness', at: '2024-06-05' });
    events.push({ type: 'businessAnswer', at: '2024-06-05', answer: 'rejected' });
  }
  return events.slice(0, count);
}

describe('a lawsuit replays in steps linear in its hearings', () => {
  for (const sameDay of [true, false]) {
    for (const history of [false, true]) {
      it(`10,000 against 100,000 hearings${sameDay ? ' on one day' : ' over three days'}${history ? ', with history' : ''}`, () => {
        const small = stepsOf(() =>
          replayLawsuit({ ...LAWSUIT, events: countedLog(hearings(10_000, sameDay)) } as never, {
            history,
          }),
        );
        let replayed: { hearings: readonly string[] } | undefined;
        const large = stepsOf(() => {
          replayed = replayLawsuit(
            { ...LAWSUIT, events: countedLog(hearings(99_999, sameDay)) } as never,
            { history },
          );
        });
        expect(replayed?.hearings).toHaveLength(99_999);
        console.log(
          `scale replayLawsuit${sameDay ? ' (one day)' : ''}${history ? ' (history)' : ''}: 10,001 events → ${small.elements} element reads + ${small.fields} field reads; 100,000 events → ${large.elements} + ${large.fields}`,
        );
        // A fixed number of reads per event: 10 times the events, 10 times the steps.
        expect(large.total / small.total).toBeGreaterThan(9);
        expect(large.total / small.total).toBeLessThan(10.1);
        expect(large.total / 100_000).toBeLessThan(8);
      });
    }
  }

  it('a lawsuit of more than 100,000 events is refused by its length before an event is read', () => {
    const steps = stepsOf(() =>
      expect(() =>
        replayLawsuit({ ...LAWSUIT, events: countedLog(hearings(100_000, true)) } as never),
      ).toThrow(TutynushyError),
    );
    expect(steps.total).toBe(0);
  });
});

describe('an appeal replays in steps linear in its events', () => {
  it('100 against 1000 events (the longest log a record may have)', () => {
    const small = stepsOf(() =>
      replayComplaint({ ...APPEAL, events: countedLog(appealLog(100)) } as never),
    );
    let state: string | undefined;
    const large = stepsOf(() => {
      state = replayComplaint({ ...APPEAL, events: countedLog(appealLog(1000)) } as never).state;
    });
    expect(state).toBe('underReview');
    console.log(
      `scale replayComplaint: 100 events → ${small.elements} element reads + ${small.fields} field reads; 1000 events → ${large.elements} + ${large.fields}`,
    );
    expect(large.total / small.total).toBeGreaterThan(9);
    expect(large.total / small.total).toBeLessThan(10.1);
  });

  it('an appeal of 100,000 events is refused by its length before an event is read, by the parser and by the replay', () => {
    const parse = stepsOf(() => {
      try {
        parseComplaintRecord({ ...APPEAL, events: countedLog(appealLog(100_000)) });
        throw new Error('expected a refusal');
      } catch (error) {
        expect((error as TutynushyError<'INVALID_RECORD'>).details.issues).toEqual([
          {
            code: 'tooMany',
            max: 1000,
            path: ['events'],
            length: 100_000,
            received: { type: 'array', length: 100_000 },
          },
        ]);
      }
    });
    const replay = stepsOf(() =>
      expect(() =>
        replayComplaint({ ...APPEAL, events: countedLog(appealLog(100_000)) } as never),
      ).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' })),
    );
    console.log(
      `scale 100,000-event appeal: parse read ${parse.total} events, replay read ${replay.total}`,
    );
    expect(parse.total).toBe(0);
    expect(replay.total).toBe(0);
  });
});

describe('a 1 MB subject is refused by its length', () => {
  it('before its text is checked: only tooLong, though it is blank and carries a right-to-left override', () => {
    // Blank (all spaces) and not plain text (U+202E): a parser that read the
    // text would also report `blank` and the `plainText` rule. The length check
    // aborts the others; a string's length is known without reading it.
    const subject = `\u202E${' '.repeat(MEGABYTE - 1)}`;
    let error: TutynushyError<'INVALID_RECORD'> | undefined;
    try {
      parseComplaintRecord({
        ...APPEAL,
        subject,
        events: [{ type: 'register', at: '2024-06-03' }],
      });
    } catch (caught) {
      error = caught as TutynushyError<'INVALID_RECORD'>;
    }
    expect(error?.code).toBe('INVALID_RECORD');
    const issues = error?.details.issues ?? [];
    expect(issues.map((issue) => issue.code)).toEqual(['tooLong']);
    expect(issues[0]).toMatchObject({ path: ['subject'], max: 1000, length: MEGABYTE });
    // What the error keeps of the subject is cut: the error stays small.
    expect(JSON.stringify(error).length).toBeLessThan(2000);
    expect(error?.message.length).toBeLessThan(500);
  });
});
