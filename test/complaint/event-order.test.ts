// Events against the receipt and against each other when some carry an hour
// and some only a day. A date says nothing about the hour: it is in order with
// any instant of its day, but it does not let a later event go back before an
// instant logged earlier that day.
import { describe, expect, it } from 'vitest';
import {
  applyComplaintEvent,
  type ComplaintRecordJson,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

type Event = ComplaintRecordJson['events'][number];

// Received Mon 3 June 2024 at 15:00 Almaty time (UTC+5).
const receivedAt = '2024-06-03T15:00:00+05:00';
const replay = (events: readonly Event[]) =>
  replayComplaint(parseComplaintRecord(appealJson(events, { receivedAt })));

// Event #2 at 16:30 after event #0 at 17:00 and a date of that day between them.
const BEFORE_EARLIER = {
  machine: 'complaint',
  recordId: 'SH-2024-0001',
  index: 2,
  problem: 'beforeEarlier',
  at: '2024-06-03T16:30:00+05:00',
  before: '2024-06-03T17:00:00+05:00',
  beforeIndex: 0,
};

describe('event order with dates and instants on the same day', () => {
  it('accepts a date on the day of receipt, and instants after the receipt', () => {
    const complaint = replay([
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-03T16:00:00+05:00' },
      { type: 'explain', at: '2024-06-03' },
    ]);
    expect(complaint.outcome).toBe('explained');
  });

  it('refuses an instant before the receipt, even after a date on that day', () => {
    const error = thrown(() =>
      replay([
        { type: 'register', at: '2024-06-03' },
        { type: 'startReview', at: '2024-06-03T09:00:00+05:00' },
      ]),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual({
      machine: 'complaint',
      recordId: 'SH-2024-0001',
      index: 1,
      problem: 'beforeReceipt',
      at: '2024-06-03T09:00:00+05:00',
      before: receivedAt,
    });
  });

  it('refuses an instant before an earlier instant of the day, across a date', () => {
    const error = thrown(() =>
      replay([
        { type: 'register', at: '2024-06-03T17:00:00+05:00' },
        { type: 'startReview', at: '2024-06-03' },
        { type: 'explain', at: '2024-06-03T16:30:00+05:00' },
      ]),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual(BEFORE_EARLIER);
    expect(error.message).toBe(
      'event #2 of "SH-2024-0001" is dated "2024-06-03T16:30:00+05:00", before event #0 ("2024-06-03T17:00:00+05:00"; the events since are dates on that day, which say nothing about the hour): events must be logged in time order',
    );
  });

  it('compares an instant with a date by its Almaty day', () => {
    // 19:30 UTC on 3 June is 00:30 on 4 June in Almaty: after a date of 4 June is fine.
    expect(
      replay([
        { type: 'register', at: '2024-06-04' },
        { type: 'startReview', at: '2024-06-03T19:30:00Z' },
      ]).state,
    ).toBe('underReview');
    expect(
      thrown(
        () =>
          replay([
            { type: 'register', at: '2024-06-04' },
            { type: 'startReview', at: '2024-06-03T18:30:00Z' },
          ]),
        'EVENT_OUT_OF_ORDER',
      ).details,
    ).toMatchObject({ index: 1, problem: 'beforePrevious', beforeIndex: 0, before: '2024-06-04' });
  });

  it('applyComplaintEvent holds the same floor as the replay', () => {
    const afterDate = replay([{ type: 'register', at: '2024-06-03' }]);
    expect(
      thrown(() =>
        applyComplaintEvent(afterDate, { type: 'startReview', at: '2024-06-03T09:00:00+05:00' }),
      ).details,
    ).toEqual({
      machine: 'complaint',
      recordId: 'SH-2024-0001',
      index: 1,
      problem: 'beforeReceipt',
      at: '2024-06-03T09:00:00+05:00',
      before: receivedAt,
    });
    const afterInstantAndDate = replay([
      { type: 'register', at: '2024-06-03T17:00:00+05:00' },
      { type: 'startReview', at: '2024-06-03' },
    ]);
    expect(
      thrown(() =>
        applyComplaintEvent(afterInstantAndDate, {
          type: 'explain',
          at: '2024-06-03T16:30:00+05:00',
        }),
      ).details,
    ).toEqual(BEFORE_EARLIER);
    const nextDay = replay([
      { type: 'register', at: '2024-06-03T17:00:00+05:00' },
      { type: 'startReview', at: '2024-06-04' },
    ]);
    expect(
      applyComplaintEvent(nextDay, { type: 'explain', at: '2024-06-04T09:00:00+05:00' }).state,
    ).toBe('closed');
  });
});
