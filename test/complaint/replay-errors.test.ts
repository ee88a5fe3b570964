import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  applyComplaintEvent,
  type ComplaintRecordJson,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import type { AnyTutynushyError } from '../../src/core/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

type Event = ComplaintRecordJson['events'][number];

function replayError(events: readonly Event[], overrides = {}): AnyTutynushyError {
  return thrown(() => replayComplaint(parseComplaintRecord(appealJson(events, overrides))));
}

const where = { machine: 'complaint', recordId: 'SH-2024-0001' } as const;

const reviewed: Event[] = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
];

describe('replayComplaint refuses a log that cannot have happened', () => {
  it('an event dated before the previous one', () => {
    const error = replayError([
      { type: 'register', at: '2024-06-05' },
      { type: 'startReview', at: '2024-06-04' },
    ]);
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual({
      ...where,
      index: 1,
      problem: 'beforePrevious',
      at: '2024-06-04',
      before: '2024-06-05',
      beforeIndex: 0,
    });
  });

  it('an instant earlier on the same day than the previous instant', () => {
    const error = replayError([
      { type: 'register', at: '2024-06-03T15:00:00+05:00' },
      { type: 'startReview', at: '2024-06-03T14:00:00+05:00' },
    ]);
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual({
      ...where,
      index: 1,
      problem: 'beforePrevious',
      at: '2024-06-03T14:00:00+05:00',
      before: '2024-06-03T15:00:00+05:00',
      beforeIndex: 0,
    });
    // A date and an instant on the same day are in order either way.
    expect(() =>
      replayComplaint(
        parseComplaintRecord(
          appealJson([
            { type: 'register', at: '2024-06-03T15:00:00+05:00' },
            { type: 'startReview', at: '2024-06-03' },
          ]),
        ),
      ),
    ).not.toThrow();
  });

  it('an event dated before the appeal was received', () => {
    const error = replayError([{ type: 'register', at: '2024-06-02' }]);
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual({
      ...where,
      index: 0,
      problem: 'beforeReceipt',
      at: '2024-06-02',
      before: '2024-06-03T10:00:00+05:00',
    });
    expect(replayError([{ type: 'register', at: '2024-06-03T09:00:00+05:00' }]).details).toEqual({
      ...where,
      index: 0,
      problem: 'beforeReceipt',
      at: '2024-06-03T09:00:00+05:00',
      before: '2024-06-03T10:00:00+05:00',
    });
  });

  it('an event its state does not allow, listing what was', () => {
    const error = replayError([{ type: 'startReview', at: '2024-06-03' }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({
      ...where,
      index: 0,
      problem: 'notAllowed',
      event: 'startReview',
      state: 'received',
      allowed: ['register', 'withdraw'],
    });
    expect(error.message).toBe(
      'event #0 of "SH-2024-0001": "startReview" is not allowed in state "received" (allowed: register, withdraw)',
    );
  });

  it('any event after the appeal is closed', () => {
    const error = replayError([
      ...reviewed,
      { type: 'explain', at: '2024-06-05' },
      { type: 'explain', at: '2024-06-06' },
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({
      ...where,
      index: 3,
      problem: 'notAllowed',
      event: 'explain',
      state: 'closed',
      allowed: [],
    });
    expect(error.message).toContain('a closed appeal accepts no event');
  });

  it('an extension that is not under review', () => {
    const error = replayError([
      { type: 'register', at: '2024-06-03' },
      { type: 'extend', at: '2024-06-04', until: '2024-07-01', reason: 'expert examination' },
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({
      ...where,
      index: 1,
      problem: 'notAllowed',
      event: 'extend',
      state: 'registered',
      allowed: ['forwardToBusiness', 'startReview', 'redirect', 'withdraw', 'refuse', 'return'],
    });
  });

  it('an extension past two months from receipt', () => {
    // Two months from Mon 3 June 2024: Sat 3 Aug → Mon 5 Aug.
    const error = replayError([
      ...reviewed,
      { type: 'extend', at: '2024-06-20', until: '2024-08-06', reason: 'expert examination' },
    ]);
    expect(error.code).toBe('INVALID_EXTENSION');
    expect(error.details).toEqual({
      ...where,
      index: 2,
      problem: 'pastLimit',
      until: '2024-08-06',
      decidedOn: '2024-06-20',
      due: '2024-06-24',
      limit: '2024-08-05',
    });
    expect(error.message).toBe(
      'event #2 of "SH-2024-0001": extension until "2024-08-06" goes past the two-month limit 2024-08-05 (АППК art. 76)',
    );
    expect(() =>
      replayComplaint(
        parseComplaintRecord(
          appealJson([
            ...reviewed,
            { type: 'extend', at: '2024-06-20', until: '2024-08-05', reason: 'expert examination' },
          ]),
        ),
      ),
    ).not.toThrow();
  });

  it('an extension that does not extend', () => {
    const shorter = replayError([
      ...reviewed,
      { type: 'extend', at: '2024-06-10', until: '2024-06-24', reason: 'more time' },
    ]);
    expect(shorter.code).toBe('INVALID_EXTENSION');
    expect(shorter.details).toEqual({
      ...where,
      index: 2,
      problem: 'notLater',
      until: '2024-06-24',
      decidedOn: '2024-06-10',
      due: '2024-06-24',
      limit: '2024-08-05',
    });
    expect(shorter.message).toBe(
      'event #2 of "SH-2024-0001": extension until "2024-06-24" does not extend the review, already due 2024-06-24',
    );
  });

  it('a year the calendar does not answer', () => {
    const error = replayError([], { receivedAt: '2039-06-03T10:00:00+05:00' });
    expect(error.code).toBe('CALENDAR_DATA_MISSING');
    expect(error.details).toMatchObject({ problem: 'yearOutOfRange', year: 2039 });
  });
});

describe('replay options', () => {
  const record = parseComplaintRecord(
    appealJson([...reviewed, { type: 'explain', at: '2024-06-10' }]),
  );

  it('skips the history when asked, and nothing else changes', () => {
    const full = replayComplaint(record);
    const lean = replayComplaint(record, { history: false });
    expect(lean.history).toEqual([]);
    expect({ ...lean, history: full.history }).toEqual(full);
    // Applying to a lean appeal stays lean.
    const open = replayComplaint(parseComplaintRecord(appealJson([...reviewed])), {
      history: false,
    });
    expect(applyComplaintEvent(open, { type: 'explain', at: '2024-06-10' }).history).toEqual([]);
  });

  it('counts on a given calendar', () => {
    // A transfer act of our own: Wed 5 June off, Sat 8 June worked. The
    // 3 working days after 3 June become 4, 6 and 7 June.
    const calendar = createWorkCalendar({
      transferActs: [
        { workingDay: '2024-06-08', dayOff: '2024-06-05', source: { act: 'a test transfer act' } },
      ],
    });
    const complaint = replayComplaint(record, { calendar });
    expect(complaint.deadlines.redirectDue).toBe('2024-06-07');
    expect(replayComplaint(record).deadlines.redirectDue).toBe('2024-06-06');
  });
});
