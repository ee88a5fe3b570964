// A replayed appeal says whether its deadlines counted through a year the
// calendar answers only provisionally (2027 and later: Kurban Ait not yet
// announced, no transfer act published; 2021: its transfer acts are not in
// the library). The dates below are counted by hand on the statutory 2027
// calendar: 1, 2 and 4 January (for Saturday 2 January) and 7 January are off.
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  applyComplaintEvent,
  complaintClocks,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

const received = (receivedAt: string, events: Parameters<typeof appealJson>[0] = []) =>
  parseComplaintRecord(appealJson(events, { receivedAt }));

describe('deadlines.provisional', () => {
  it('an appeal received on 2026-12-21 replays by default, due in January 2027, provisionally', () => {
    const appeal = replayComplaint(
      received('2026-12-21T10:00:00+05:00', [{ type: 'register', at: '2026-12-21' }]),
    );
    // 15 working days: 22–25, 28–31 December (8), then 5, 6, 8, 11, 12, 13, 14 January.
    expect(appeal.deadlines.reviewDue).toBe('2027-01-14');
    expect(appeal.deadlines.due).toBe('2027-01-14');
    expect(appeal.deadlines.provisional).toBe(true);
  });

  it('the same appeal on a strict calendar raises CALENDAR_DATA_MISSING', () => {
    const calendar = createWorkCalendar({ estimates: false });
    const error = thrown(() =>
      replayComplaint(
        received('2026-12-21T10:00:00+05:00', [{ type: 'register', at: '2026-12-21' }]),
        { calendar },
      ),
    );
    expect(error.code).toBe('CALENDAR_DATA_MISSING');
    expect(error.details).toEqual({
      problem: 'notConfirmed',
      year: 2027,
      missing: ['kurbanAit', 'transferActs'],
      kurbanAitEstimate: '2027-05-16',
    });
  });

  it('a 2024 appeal is not provisional, and the flag is always there', () => {
    const appeal = replayComplaint(
      received('2024-06-03T10:00:00+05:00', [
        { type: 'register', at: '2024-06-03' },
        { type: 'startReview', at: '2024-06-04' },
        { type: 'explain', at: '2024-06-10' },
      ]),
    );
    expect(appeal.deadlines).toHaveProperty('provisional', false);
    expect(replayComplaint(received('2024-06-03T10:00:00+05:00')).deadlines.provisional).toBe(
      false,
    );
  });

  it('the two-month limit decides it: an appeal of 30 October 2026 stays in 2026, one of 2 November does not', () => {
    // Friday 30 October 2026: two months later, Wednesday 30 December.
    const october = complaintClocks('2026-10-30T10:00:00+05:00');
    expect(october.extensionLimit).toBe('2026-12-30');
    expect(october.provisional).toBe(false);
    // Monday 2 November 2026: 2 January 2027 is a holiday, 4 January its substitute.
    const november = complaintClocks('2026-11-02T10:00:00+05:00');
    expect(november.reviewDue).toBe('2026-11-23');
    expect(november.extensionLimit).toBe('2027-01-05');
    expect(november.provisional).toBe(true);
  });

  it('a claim forwarded at the end of December makes the seller’s deadline, and so the appeal, provisional', () => {
    const events = [
      { type: 'register', at: '2026-10-01' },
      { type: 'startReview', at: '2026-10-02' },
    ] as const;
    const before = replayComplaint(received('2026-10-01T10:00:00+05:00', [...events]));
    expect(before.deadlines.provisional).toBe(false);
    // Ten calendar days after 28 December 2026 is Thursday 7 January 2027, a day off: Friday the 8th.
    const forwarded = applyComplaintEvent(before, { type: 'forwardToBusiness', at: '2026-12-28' });
    expect(forwarded.deadlines.sellerAnswerDue).toBe('2027-01-08');
    expect(forwarded.deadlines.provisional).toBe(true);
    const replayed = replayComplaint(
      received('2026-10-01T10:00:00+05:00', [
        ...events,
        { type: 'forwardToBusiness', at: '2026-12-28' },
      ]),
    );
    expect(replayed.deadlines).toEqual(forwarded.deadlines);
  });

  it('the registration clock counts from the day of receipt: 31 December 2021 after hours', () => {
    // Friday 31 December 2021 at 19:00 (UTC+6 then): registered Wednesday 5 January 2022,
    // since 3 and 4 January were substitutes for New Year's weekend. 2022 is confirmed; 2021 is not.
    const clocks = complaintClocks('2021-12-31T19:00:00+06:00');
    expect(clocks.registeredOn).toBe('2022-01-05');
    expect(clocks.provisional).toBe(true);
    expect(complaintClocks('2022-01-05T10:00:00+06:00').provisional).toBe(false);
  });

  it('a year confirmed by data the caller supplies is not provisional', () => {
    const calendar = createWorkCalendar({
      kurbanAit: [{ date: '2027-05-16', source: { act: 'ДУМК, объявление (пример)' } }],
      confirmedYears: [2027],
    });
    const appeal = replayComplaint(
      received('2026-12-21T10:00:00+05:00', [{ type: 'register', at: '2026-12-21' }]),
      { calendar },
    );
    expect(appeal.deadlines.reviewDue).toBe('2027-01-14');
    expect(appeal.deadlines.provisional).toBe(false);
  });
});
