// Extensions of a review (АППК Art. 76), on an appeal received on Mon 3 June
// 2024: review due Mon 24 June (15 working days: 4–7, 10–14, 17–21, 24 June;
// Kurban Ait, Sun 16 June, is not moved), two-month limit Sat 3 August →
// Mon 5 August.
import { describe, expect, it } from 'vitest';
import {
  type ComplaintRecordJson,
  isOverdue,
  overdueBy,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

type Event = ComplaintRecordJson['events'][number];

const reviewed: Event[] = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
];
const extend = (at: string, until: string): Event => ({
  type: 'extend',
  at,
  until,
  reason: 'an expert examination of the goods was ordered',
});
const replay = (events: readonly Event[]) =>
  replayComplaint(parseComplaintRecord(appealJson([...reviewed, ...events])));

describe('extending a review', () => {
  it('may be decided on the last day of the deadline', () => {
    const complaint = replay([extend('2024-06-24', '2024-07-10')]);
    expect(complaint.deadlines).toMatchObject({
      reviewDue: '2024-06-24',
      extendedUntil: '2024-07-10',
      due: '2024-07-10',
      extensionLimit: '2024-08-05',
    });
  });

  it('cannot be decided once the deadline has passed: the appeal is already late', () => {
    const error = thrown(() => replay([extend('2024-06-25', '2024-07-10')]), 'INVALID_EXTENSION');
    expect(error.details).toEqual({
      machine: 'complaint',
      recordId: 'SH-2024-0001',
      index: 2,
      problem: 'lapsed',
      until: '2024-07-10',
      decidedOn: '2024-06-25',
      due: '2024-06-24',
      limit: '2024-08-05',
    });
  });

  it('ending on a day off, runs to the next working day (Civil Code Art. 173)', () => {
    // Sat 6 July 2024 is Capital Day; falling on a Saturday it gives Mon 8
    // July off; so the review ends on Tue 9 July.
    const complaint = replay([extend('2024-06-20', '2024-07-06')]);
    expect(complaint.deadlines.extendedUntil).toBe('2024-07-06');
    expect(complaint.deadlines.due).toBe('2024-07-09');
    expect(isOverdue(complaint, '2024-07-08')).toBe(false);
    expect(isOverdue(complaint, '2024-07-09')).toBe(false);
    expect(isOverdue(complaint, '2024-07-10')).toBe(true);
    expect(overdueBy(complaint, '2024-07-10')).toBe(1);
    const closed = replay([
      extend('2024-06-20', '2024-07-06'),
      { type: 'explain', at: '2024-07-09' },
    ]);
    expect(closed.timely).toBe(true);
  });

  it('may be extended a second time while the extended deadline runs, within the same two months', () => {
    const twice = replay([extend('2024-06-20', '2024-07-10'), extend('2024-07-10', '2024-08-05')]);
    expect(twice.deadlines).toMatchObject({ extendedUntil: '2024-08-05', due: '2024-08-05' });
    const late = thrown(() =>
      replay([extend('2024-06-20', '2024-07-10'), extend('2024-07-11', '2024-08-05')]),
    );
    expect(late.code).toBe('INVALID_EXTENSION');
    expect(late.details).toMatchObject({
      index: 3,
      problem: 'lapsed',
      decidedOn: '2024-07-11',
      due: '2024-07-10',
    });
    const tooFar = thrown(() =>
      replay([extend('2024-06-20', '2024-07-10'), extend('2024-07-01', '2024-08-06')]),
    );
    expect(tooFar.code).toBe('INVALID_EXTENSION');
    expect(tooFar.details).toMatchObject({
      index: 3,
      problem: 'pastLimit',
      until: '2024-08-06',
      limit: '2024-08-05',
    });
    const shorter = thrown(
      () => replay([extend('2024-06-20', '2024-07-10'), extend('2024-07-01', '2024-07-05')]),
      'INVALID_EXTENSION',
    );
    expect(shorter.details).toMatchObject({
      index: 3,
      problem: 'notLater',
      until: '2024-07-05',
      due: '2024-07-10',
    });
  });

  it('is allowed only under review', () => {
    const error = thrown(() =>
      replayComplaint(
        parseComplaintRecord(
          appealJson([
            { type: 'register', at: '2024-06-03' },
            { type: 'forwardToBusiness', at: '2024-06-04' },
            extend('2024-06-10', '2024-07-10'),
          ]),
        ),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 2,
      problem: 'notAllowed',
      event: 'extend',
      state: 'awaitingBusiness',
    });
  });
});
