// The real paths of an appeal, with every date worked out by hand from the
// working-day calendar of Kazakhstan (2024: 1, 7 and 9 May are holidays, Wed 8 May
// is a transfer day off and Sat 4 May a working day; Kurban Ait, Sun 16 June,
// is not moved).
import { describe, expect, it } from 'vitest';
import {
  allowedComplaintEvents,
  applyComplaintEvent,
  type Complaint,
  complaintOutcomeGroup,
  isOverdue,
  overdueBy,
  parseComplaintRecord,
  reliefKindsOf,
  replayComplaint,
} from '../../src/complaint/index.js';
import { appealJson } from './records.js';

function replay(...args: Parameters<typeof appealJson>): Complaint {
  return replayComplaint(parseComplaintRecord(appealJson(...args)));
}

describe('received on paper, registered, reviewed, satisfied with a refund', () => {
  // Fri 3 May 2024 18:45 is after the 18:30 end of the working day: registered
  // on the next working day, Sat 4 May (a working Saturday by the 2024
  // transfer act). Review: 15 working days after 4 May — 6 May (1), 10 May
  // (2; 7–9 May are off), 13–17 (3–7), 20–24 (8–12), 27, 28, 29 May (13–15).
  const complaint = replay(
    [
      { type: 'register', at: '2024-05-04' },
      { type: 'startReview', at: '2024-05-06' },
      { type: 'satisfy', at: '2024-05-20', refund: '250000' },
    ],
    { id: 'SH-2024-0503', receivedAt: '2024-05-03T18:45:00+05:00', claimed: '250000' },
  );

  it('closes satisfied with 250 000 tenge returned, in time', () => {
    expect(complaint.state).toBe('closed');
    expect(complaint.outcome).toBe('satisfied');
    expect(complaintOutcomeGroup(complaint.outcome)).toBe('closedPositive');
    expect(complaint.closedOn).toBe('2024-05-20');
    expect(complaint.relief.refund?.toString()).toBe('250000.00');
    expect(complaint.relief.refund?.toTiyn()).toBe(25_000_000n);
    expect(reliefKindsOf(complaint.relief)).toEqual(['monetary']);
    expect(complaint.claimed?.toString()).toBe('250000.00');
    expect(complaint.timely).toBe(true);
  });

  it('carries the clocks from the registration date', () => {
    expect(complaint.receivedOn).toBe('2024-05-03');
    expect(complaint.deadlines).toEqual({
      registeredOn: '2024-05-04',
      reviewDue: '2024-05-29',
      // 3 working days: 6, 10, 13 May; 5: 6, 10, 13, 14, 15 May.
      redirectDue: '2024-05-13',
      refusalDue: '2024-05-15',
      // Two months from the legal day of receipt (4 May, the registration
      // date every clock runs from): Thu 4 July 2024.
      extensionLimit: '2024-07-04',
      extendedUntil: undefined,
      sellerAnswerDue: undefined,
      due: '2024-05-29',
      // Every clock counts within 2024, a confirmed year.
      provisional: false,
    });
  });

  it('keeps the history of states', () => {
    expect(
      complaint.history.map(({ index, event, from, to }) => [index, event.type, from, to]),
    ).toEqual([
      [0, 'register', 'received', 'registered'],
      [1, 'startReview', 'registered', 'underReview'],
      [2, 'satisfy', 'underReview', 'closed'],
    ]);
    expect(allowedComplaintEvents(complaint)).toEqual([]);
  });

  it('registers on the same day before the end of the working day, or as configured', () => {
    const early = replay([], { receivedAt: '2024-05-03T18:00:00+05:00' });
    expect(early.deadlines.registeredOn).toBe('2024-05-03');
    const lateShift = replayComplaint(
      parseComplaintRecord(appealJson([], { receivedAt: '2024-05-03T18:45:00+05:00' })),
      { workdayEnd: '19:00' },
    );
    expect(lateShift.deadlines.registeredOn).toBe('2024-05-03');
    expect(early.state).toBe('received');
    expect(early.outcome).toBeUndefined();
    expect(early.timely).toBeUndefined();
    expect(early.relief).toEqual({});
  });
});

describe('through E-Tutynushy: forwarded to the business, answered, satisfied in kind', () => {
  // Mon 12 Feb 2024, 11:00 on the UTC+6 clock still in force before 1 March.
  const complaint = replay(
    [
      { type: 'register', at: '2024-02-12' },
      { type: 'forwardToBusiness', at: '2024-02-12T11:30:00+06:00' },
      { type: 'businessAnswer', at: '2024-02-20', answer: 'accepted' },
      { type: 'satisfy', at: '2024-02-21', inKind: 'the phone was replaced' },
    ],
    { id: 'ET-2024-0212', receivedAt: '2024-02-12T05:00:00Z', channel: 'eTutynushy' },
  );

  it('tracks the seller’s 10 calendar days and its answer', () => {
    // 10 calendar days after 12 Feb: Thu 22 Feb, a working day.
    expect(complaint.deadlines.sellerAnswerDue).toBe('2024-02-22');
    expect(complaint.businessAnswer).toEqual({
      answer: 'accepted',
      answeredOn: '2024-02-20',
      timely: true,
    });
  });

  it('closes satisfied in kind with no money returned', () => {
    expect(complaint.deadlines.registeredOn).toBe('2024-02-12');
    // 15 working days after 12 Feb: 13–16, 19–23, 26 Feb–1 Mar, 4 Mar.
    expect(complaint.deadlines.reviewDue).toBe('2024-03-04');
    expect(complaint.outcome).toBe('satisfied');
    expect(complaint.relief).toEqual({
      refund: undefined,
      inKind: 'the phone was replaced',
      nonMonetary: undefined,
    });
    expect(reliefKindsOf(complaint.relief)).toEqual(['inKind']);
    expect(complaint.timely).toBe(true);
    expect(complaint.history.map((h) => h.to)).toEqual([
      'registered',
      'awaitingBusiness',
      'underReview',
      'closed',
    ]);
  });

  it('marks a late answer, and lets the department review without one', () => {
    const late = replay(
      [
        { type: 'register', at: '2024-02-12' },
        { type: 'forwardToBusiness', at: '2024-02-12' },
        { type: 'businessAnswer', at: '2024-02-23', answer: 'rejected' },
      ],
      { receivedAt: '2024-02-12T05:00:00Z' },
    );
    expect(late.businessAnswer).toEqual({
      answer: 'rejected',
      answeredOn: '2024-02-23',
      timely: false,
    });
    const silent = replay(
      [
        { type: 'register', at: '2024-02-12' },
        { type: 'forwardToBusiness', at: '2024-02-12' },
        { type: 'startReview', at: '2024-02-26' },
        { type: 'explain', at: '2024-02-28' },
      ],
      { receivedAt: '2024-02-12T05:00:00Z' },
    );
    expect(silent.businessAnswer).toBeUndefined();
    expect(silent.outcome).toBe('explained');
    expect(complaintOutcomeGroup(silent.outcome)).toBe('closedNeutral');
  });

  it('may close straight from waiting when the seller gives what was asked', () => {
    const settled = replay(
      [
        { type: 'register', at: '2024-02-12' },
        { type: 'forwardToBusiness', at: '2024-02-12' },
        { type: 'satisfy', at: '2024-02-15', refund: '15990.50', nonMonetary: true },
      ],
      { receivedAt: '2024-02-12T05:00:00Z' },
    );
    expect(settled.relief.refund?.toString()).toBe('15990.50');
    expect(reliefKindsOf(settled.relief)).toEqual(['monetary', 'nonMonetary']);
  });
});

describe('redirected by competence within 3 working days, or late', () => {
  // Mon 3 June 2024, registered the same day; redirect due 4, 5, 6 June → 6 June.
  const registered = [{ type: 'register', at: '2024-06-03' }] as const;

  it('is timely on working day 2', () => {
    const complaint = replay([
      ...registered,
      { type: 'redirect', at: '2024-06-05', to: 'the Agency for Regulation of Financial Markets' },
    ]);
    expect(complaint.deadlines.redirectDue).toBe('2024-06-06');
    expect(complaint.outcome).toBe('redirected');
    expect(complaintOutcomeGroup(complaint.outcome)).toBe('closedTransferred');
    expect(complaint.timely).toBe(true);
  });

  it('is late on working day 4, though well within the 15-day review', () => {
    const complaint = replay([...registered, { type: 'redirect', at: '2024-06-07' }]);
    expect(complaint.deadlines.reviewDue).toBe('2024-06-24');
    expect(complaint.timely).toBe(false);
  });

  it('counts on the last day as timely', () => {
    expect(replay([...registered, { type: 'redirect', at: '2024-06-06' }]).timely).toBe(true);
  });
});

describe('the other endings', () => {
  const registered = { type: 'register', at: '2024-06-03' } as const;

  it('withdrawn by the applicant, even before registration', () => {
    const complaint = replay([registered, { type: 'withdraw', at: '2024-06-04' }]);
    expect(complaint.outcome).toBe('withdrawn');
    expect(complaintOutcomeGroup(complaint.outcome)).toBe('closedTerminated');
    expect(complaint.timely).toBe(true);
    expect(replay([{ type: 'withdraw', at: '2024-06-03' }]).outcome).toBe('withdrawn');
  });

  it('refused under Art. 42-6 within 5 working days, or late', () => {
    // 5 working days after 3 June: 4, 5, 6, 7, 10 June.
    const refused = replay([
      registered,
      { type: 'refuse', at: '2024-06-07', ground: 'courtDecision', note: 'decision of 12.04.2024' },
    ]);
    expect(refused.deadlines.refusalDue).toBe('2024-06-10');
    expect(refused.outcome).toBe('refused');
    expect(refused.timely).toBe(true);
    expect(complaintOutcomeGroup(refused.outcome)).toBe('closedTerminated');
    const late = replay([
      registered,
      { type: 'refuse', at: '2024-06-11', ground: 'preTrialDecision' },
    ]);
    expect(late.timely).toBe(false);
  });

  it('returned at registration', () => {
    const complaint = replay([registered, { type: 'return', at: '2024-06-04' }]);
    expect(complaint.outcome).toBe('returned');
    expect(complaint.timely).toBe(true);
  });

  it('referred to court after review', () => {
    const complaint = replay([
      registered,
      { type: 'startReview', at: '2024-06-04' },
      { type: 'referToCourt', at: '2024-06-20', lawsuitId: 'L-2024-17' },
    ]);
    expect(complaint.outcome).toBe('referredToCourt');
    expect(complaintOutcomeGroup(complaint.outcome)).toBe('closedTransferred');
    expect(complaint.closedOn).toBe('2024-06-20');
    expect(complaint.timely).toBe(true);
  });

  it('explained after the review deadline is not timely', () => {
    const complaint = replay([
      registered,
      { type: 'startReview', at: '2024-06-04' },
      { type: 'explain', at: '2024-06-25' },
    ]);
    expect(complaint.deadlines.due).toBe('2024-06-24');
    expect(complaint.timely).toBe(false);
  });
});

describe('extended once and closed within two months', () => {
  // Mon 2 Sep 2024: review due 15 working days later, 23 Sep (3–6, 9–13,
  // 16–20, 23 Sep); two months from receipt is Sat 2 Nov, so the limit moves
  // to Mon 4 Nov.
  const start = [
    { type: 'register', at: '2024-09-02' },
    { type: 'startReview', at: '2024-09-03' },
    {
      type: 'extend',
      at: '2024-09-20',
      until: '2024-10-21',
      reason: 'an expert examination of the goods was ordered',
    },
  ] as const;
  const receivedAt = '2024-09-02T09:30:00+05:00';

  it('moves the deadline in force and judges the outcome by it', () => {
    const complaint = replay([...start, { type: 'satisfy', at: '2024-10-15', nonMonetary: true }], {
      receivedAt,
    });
    expect(complaint.deadlines).toMatchObject({
      reviewDue: '2024-09-23',
      extendedUntil: '2024-10-21',
      extensionLimit: '2024-11-04',
      due: '2024-10-21',
    });
    expect(complaint.timely).toBe(true);
    expect(reliefKindsOf(complaint.relief)).toEqual(['nonMonetary']);
  });

  it('is late after the extended day', () => {
    const complaint = replay([...start, { type: 'explain', at: '2024-10-22' }], { receivedAt });
    expect(complaint.timely).toBe(false);
  });

  it('may be extended again up to the limit, and counts the limit from the deadline when asked', () => {
    const twice = replay(
      [...start, { type: 'extend', at: '2024-10-18', until: '2024-11-04', reason: 'more time' }],
      { receivedAt },
    );
    expect(twice.deadlines.due).toBe('2024-11-04');
    expect(twice.state).toBe('underReview');
    const record = parseComplaintRecord(appealJson([...start], { receivedAt }));
    // Two months after 23 Sep: Sat 23 Nov → Mon 25 Nov.
    expect(
      replayComplaint(record, { extensionFrom: 'reviewDeadline' }).deadlines.extensionLimit,
    ).toBe('2024-11-25');
  });
});

describe('still open at asOf: overdue in working days across the May 2024 holidays', () => {
  // Mon 15 April 2024, registered the same day. 15 working days: 16–19 Apr
  // (1–4), 22–26 (5–9), 29, 30 (10, 11), 1 May off, 2, 3 May (12, 13), Sat
  // 4 May works (14), Mon 6 May (15) → due 6 May. Then 7 May (Defender of
  // the Fatherland Day), 8 May (transfer day off) and 9 May (Victory Day) are
  // off: asOf Fri 17 May is 10 May + 13–17 May = 6 working days late.
  const complaint = replay(
    [
      { type: 'register', at: '2024-04-15' },
      { type: 'startReview', at: '2024-04-16' },
    ],
    { receivedAt: '2024-04-15T10:00:00+05:00' },
  );

  it('is due on 6 May', () => {
    expect(complaint.state).toBe('underReview');
    expect(complaint.deadlines.due).toBe('2024-05-06');
  });

  it('is overdue by 6 working days on 17 May', () => {
    expect(isOverdue(complaint, '2024-05-17')).toBe(true);
    expect(overdueBy(complaint, '2024-05-17')).toBe(6);
  });

  it('is overdue from the day after the deadline, by no working day over 7–9 May', () => {
    expect(isOverdue(complaint, '2024-05-06')).toBe(false);
    expect(overdueBy(complaint, '2024-05-06')).toBe(0);
    expect(isOverdue(complaint, '2024-05-09')).toBe(true);
    expect(overdueBy(complaint, '2024-05-09')).toBe(0);
    expect(overdueBy(complaint, '2024-05-10')).toBe(1);
    expect(overdueBy(complaint, '2024-04-20')).toBe(0);
  });

  it('is not overdue on any day before it was received', () => {
    expect(isOverdue(complaint, '2024-04-01')).toBe(false);
    expect(overdueBy(complaint, '2024-04-01')).toBe(0);
  });

  it('is never overdue once closed, but was while open', () => {
    const closed = applyComplaintEvent(complaint, { type: 'explain', at: '2024-05-20' });
    expect(closed.timely).toBe(false);
    expect(isOverdue(closed, '2024-05-31')).toBe(false);
    expect(overdueBy(closed, '2024-05-31')).toBe(0);
    // Looking back at 17 May, it was still open then.
    expect(overdueBy(closed, '2024-05-17')).toBe(6);
  });

  it('rejects a malformed asOf', () => {
    expect(() => overdueBy(complaint, '2024-02-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => isOverdue(complaint, '')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('applyComplaintEvent', () => {
  it('returns a new appeal equal to replaying the longer log, leaving the input alone', () => {
    const events = [{ type: 'register', at: '2024-06-03' }] as const;
    const opened = replay([...events]);
    const frozen = JSON.stringify(opened);
    expect(allowedComplaintEvents(opened)).toEqual([
      'forwardToBusiness',
      'startReview',
      'redirect',
      'withdraw',
      'refuse',
      'return',
    ]);
    const closed = applyComplaintEvent(opened, {
      type: 'redirect',
      at: '2024-06-05',
      to: 'the tax authority',
    });
    expect(closed.outcome).toBe('redirected');
    expect(JSON.stringify(opened)).toBe(frozen);
    expect(closed).toEqual(
      replay([...events, { type: 'redirect', at: '2024-06-05', to: 'the tax authority' }]),
    );
  });
});

describe('timely, outcome by outcome, on its deadline and the working day after', () => {
  // Mon 3 June 2024: redirect due Thu 6 June (4, 5, 6), refusal due Mon 10
  // June (4–7, 10), review due Mon 24 June (4–7, 10–14, 17–21, 24; Kurban
  // Ait, Sun 16 June, is not moved).
  const registered = { type: 'register', at: '2024-06-03' } as const;
  const reviewed = [registered, { type: 'startReview', at: '2024-06-04' }] as const;
  const cases = [
    ['redirected', [registered], { type: 'redirect' }, '2024-06-06', '2024-06-07'],
    ['refused', [registered], { type: 'refuse', ground: 'other' }, '2024-06-10', '2024-06-11'],
    ['satisfied', reviewed, { type: 'satisfy', nonMonetary: true }, '2024-06-24', '2024-06-25'],
    ['explained', reviewed, { type: 'explain' }, '2024-06-24', '2024-06-25'],
    ['referredToCourt', reviewed, { type: 'referToCourt' }, '2024-06-24', '2024-06-25'],
    ['returned', [registered], { type: 'return' }, '2024-06-24', '2024-06-25'],
    ['withdrawn', reviewed, { type: 'withdraw' }, '2024-06-24', '2024-06-25'],
  ] as const;

  for (const [outcome, before, closing, lastDay, dayAfter] of cases) {
    it(`${outcome}: timely on ${lastDay}, late on ${dayAfter}`, () => {
      const onTime = replay([...before, { ...closing, at: lastDay } as never]);
      expect(onTime.outcome).toBe(outcome);
      expect(onTime.timely).toBe(true);
      expect(replay([...before, { ...closing, at: dayAfter } as never]).timely).toBe(false);
    });
  }
});
