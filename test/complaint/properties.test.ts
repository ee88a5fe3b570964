import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  allowedComplaintEvents,
  applyComplaintEvent,
  BUSINESS_ANSWER_KEYS,
  COMPLAINT_EVENT_TYPE_KEYS,
  type Complaint,
  type ComplaintEventType,
  type ComplaintRecord,
  type ComplaintRecordJson,
  parseComplaintRecord,
  REFUSAL_GROUND_KEYS,
  replayComplaint,
} from '../../src/complaint/index.js';
import { isTutynushyError, kazakhstanDate } from '../../src/core/index.js';
import { addDays, daysBetween } from '../../src/core/local-date.js';
import { compareEventTimes } from '../support/event-times.js';
import { appealJson } from './records.js';

type EventJson = ComplaintRecordJson['events'][number];

const RECEIVED_ON = '2024-06-03';

// Each event steps a few days on from the previous one, sometimes back a day
// (out of order), sometimes not at all; extensions aim anywhere from the
// receipt to a month past the two-month limit.
const eventArb: fc.Arbitrary<{
  type: ComplaintEventType;
  step: number;
  extra: number;
  pick: number;
}> = fc.record({
  type: fc.constantFrom(...COMPLAINT_EVENT_TYPE_KEYS),
  step: fc.constantFrom(-1, 0, 0, 1, 2, 3, 7),
  extra: fc.integer({ min: 0, max: 95 }),
  pick: fc.nat(),
});

function toEvents(
  drafts: readonly { type: ComplaintEventType; step: number; extra: number; pick: number }[],
  startDay = 0,
): EventJson[] {
  let day = startDay;
  return drafts.map(({ type, step, extra, pick }) => {
    day += step;
    // One event in three is logged with its hour, which may put it before an
    // earlier instant of the same day, or before the receipt at 10:00.
    const date = addDays(RECEIVED_ON, day);
    const at =
      pick % 3 === 1 ? `${date}T${String(8 + (pick % 7)).padStart(2, '0')}:00:00+05:00` : date;
    switch (type) {
      case 'businessAnswer':
        return {
          type,
          at,
          answer: BUSINESS_ANSWER_KEYS[pick % BUSINESS_ANSWER_KEYS.length] ?? 'accepted',
        };
      case 'extend':
        return { type, at, until: addDays(RECEIVED_ON, extra), reason: 'expert examination' };
      case 'satisfy':
        return pick % 2 === 0
          ? { type, at, refund: `${1 + (pick % 500000)}.50` }
          : { type, at, inKind: true };
      case 'refuse':
        return {
          type,
          at,
          ground: REFUSAL_GROUND_KEYS[pick % REFUSAL_GROUND_KEYS.length] ?? 'other',
        };
      case 'redirect':
        return { type, at, to: 'the competent body' };
      default:
        return { type, at } as EventJson;
    }
  });
}

// Valid logs: each event is one the current state allows, in time order;
// an extension reaches past the deadline in force, up to the limit.
function validEvent(
  complaint: Complaint,
  type: ComplaintEventType,
  at: string,
  pick: number,
): EventJson {
  if (type !== 'extend') {
    const [event] = toEvents([{ type, step: 0, extra: 0, pick }]);
    return { ...(event as EventJson), at };
  }
  const { due, extensionLimit } = complaint.deadlines;
  const wanted = addDays(due, 1 + (pick % 30));
  return {
    type,
    at,
    until: [wanted, extensionLimit].sort()[0] as string, // the earlier of the two
    reason: 'expert examination',
  };
}

const validRecordArb = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 2, 5), fc.nat()), { maxLength: 8 })
  .map((steps) => {
    let complaint = replayComplaint(parseComplaintRecord(appealJson([])));
    let day = 0;
    for (const [choice, step, pick] of steps) {
      day += step;
      const at = addDays(RECEIVED_ON, day);
      const { due, extensionLimit } = complaint.deadlines;
      const allowed = allowedComplaintEvents(complaint).filter(
        // A deadline can be extended only while it runs, and only up to the limit.
        (type) => type !== 'extend' || (at <= due && due < extensionLimit),
      );
      if (allowed.length === 0) break;
      const type = allowed[choice % allowed.length] as ComplaintEventType;
      const events = [...complaint.events.map(toJson), validEvent(complaint, type, at, pick)];
      complaint = replayComplaint(parseComplaintRecord(appealJson(events)));
    }
    return parseComplaintRecord(appealJson(complaint.events.map(toJson)));
  });

// Any log: a valid start, then events drawn at random.
const recordArb = fc
  .tuple(validRecordArb, fc.array(eventArb, { minLength: 1, maxLength: 4 }))
  .map(([valid, tail]) => {
    const start = valid.events.map(toJson);
    const last = start[start.length - 1]?.at ?? RECEIVED_ON;
    return parseComplaintRecord(
      appealJson([...start, ...toEvents(tail, daysBetween(RECEIVED_ON, last))]),
    );
  });

function toJson(event: unknown): EventJson {
  return JSON.parse(JSON.stringify(event)) as EventJson;
}

function tryReplay(
  record: ComplaintRecord,
): { ok: true; value: Complaint } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: replayComplaint(record) };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('replay laws', () => {
  propTest.prop([recordArb], { numRuns: 300 })(
    'any log either replays or fails at one event, naming it and what was allowed',
    (record) => {
      const result = tryReplay(record);
      if (result.ok) {
        const { value } = result;
        expect(value.history.length).toBe(record.events.length);
        // A log that replays is in time order as a whole, not only pairwise.
        const times = [record.receivedAt, ...record.events.map((event) => event.at)];
        for (let later = 1; later < times.length; later += 1) {
          for (let earlier = 0; earlier < later; earlier += 1) {
            expect(
              compareEventTimes(times[later] as string, times[earlier] as string),
            ).toBeGreaterThanOrEqual(0);
          }
        }
        expect(value.state === 'closed').toBe(value.outcome !== undefined);
        expect(value.timely === undefined).toBe(value.outcome === undefined);
        return;
      }
      const { error } = result;
      expect(isTutynushyError(error)).toBe(true);
      if (!isTutynushyError(error)) return;
      expect(['INVALID_TRANSITION', 'EVENT_OUT_OF_ORDER', 'INVALID_EXTENSION']).toContain(
        error.code,
      );
      if (
        error.code !== 'INVALID_TRANSITION' &&
        error.code !== 'EVENT_OUT_OF_ORDER' &&
        error.code !== 'INVALID_EXTENSION'
      )
        return;
      expect(error.details.machine).toBe('complaint');
      expect(error.details.recordId).toBe(record.id);
      const { index } = error.details;
      const event = record.events[index];
      expect(event).toBeDefined();
      if (event === undefined) return;
      expect(error.message).toContain(`event #${index} of "${record.id}"`);
      // Everything before the offending event replays.
      const before = replayComplaint({ ...record, events: record.events.slice(0, index) });
      if (error.code === 'INVALID_TRANSITION') {
        expect(error.details.state).toBe(before.state);
        expect(error.details.event).toBe(event.type);
        expect(error.details.problem).toBe('notAllowed');
        expect(error.details.allowed).toEqual(allowedComplaintEvents(before));
        expect(allowedComplaintEvents(before)).not.toContain(event.type);
      } else if (error.code === 'EVENT_OUT_OF_ORDER') {
        // It comes before the receipt or an earlier event, whichever is named.
        const { beforeIndex, problem } = error.details;
        expect(problem === 'beforeReceipt').toBe(beforeIndex === undefined);
        if (problem === 'beforePrevious') expect(beforeIndex).toBe(index - 1);
        if (problem === 'beforeEarlier') expect(beforeIndex).toBeLessThan(index - 1);
        const earlier =
          beforeIndex === undefined ? record.receivedAt : record.events[beforeIndex]?.at;
        expect(error.details.at).toBe(event.at);
        expect(error.details.before).toBe(earlier);
        expect(beforeIndex === undefined || beforeIndex < index).toBe(true);
        expect(compareEventTimes(event.at, earlier as string)).toBeLessThan(0);
      } else {
        expect(event.type).toBe('extend');
        expect(error.details.until).toBe(event.type === 'extend' ? event.until : undefined);
      }
    },
  );

  propTest.prop([recordArb], { numRuns: 100 })('replay is deterministic', (record) => {
    const first = tryReplay(record);
    const second = tryReplay(record);
    expect(second).toEqual(first);
  });

  propTest.prop([validRecordArb], { numRuns: 150 })(
    'a record survives JSON.stringify → parseComplaintRecord → replay unchanged',
    (record) => {
      const stored = JSON.stringify(record);
      const read = parseComplaintRecord(JSON.parse(stored));
      expect(JSON.stringify(read)).toBe(stored);
      expect(JSON.stringify(replayComplaint(read))).toBe(JSON.stringify(replayComplaint(record)));
      expect(
        String(replayComplaint(read).relief.refund) ===
          String(replayComplaint(record).relief.refund),
      ).toBe(true);
    },
  );

  propTest.prop([validRecordArb], { numRuns: 150 })(
    'applying events one by one gives the replay of the whole log',
    (record) => {
      let complaint = replayComplaint({ ...record, events: [] });
      for (const event of record.events) complaint = applyComplaintEvent(complaint, event);
      expect(complaint).toEqual(replayComplaint(record));
    },
  );

  propTest.prop([recordArb], { numRuns: 200 })(
    'applying any log one event at a time fails where the replay fails, with the same error',
    (record) => {
      const whole = tryReplay(record);
      let complaint = replayComplaint({ ...record, events: [] });
      let failure: unknown;
      for (const event of record.events) {
        try {
          complaint = applyComplaintEvent(complaint, event);
        } catch (error) {
          failure = error;
          break;
        }
      }
      if (whole.ok) {
        expect(failure).toBeUndefined();
        expect(complaint).toEqual(whole.value);
      } else {
        expect(isTutynushyError(failure)).toBe(true);
        expect(
          isTutynushyError(failure) && [failure.code, failure.message, failure.details],
        ).toEqual(
          isTutynushyError(whole.error) && [
            whole.error.code,
            whole.error.message,
            whole.error.details,
          ],
        );
      }
    },
  );

  propTest.prop([validRecordArb, eventArb], { numRuns: 200 })(
    'a closed appeal accepts no event',
    (record, draft) => {
      const complaint = replayComplaint(record);
      fc.pre(complaint.state === 'closed');
      const last = record.events[record.events.length - 1];
      const [event] = toEvents([{ ...draft, step: 0 }]);
      if (event === undefined || last === undefined) return;
      expect(allowedComplaintEvents(complaint)).toEqual([]);
      expect(() => applyComplaintEvent(complaint, { ...event, at: last.at } as never)).toThrow(
        expect.objectContaining({
          code: 'INVALID_TRANSITION',
          details: expect.objectContaining({ allowed: [] }),
        }),
      );
    },
  );
});

describe('the generators', () => {
  propTest('reach every branch the laws speak of', () => {
    const seen = new Set<string>();
    for (const record of fc.sample(recordArb, { numRuns: 1000, seed: 42 })) {
      const result = tryReplay(record);
      if (result.ok) seen.add(result.value.state);
      else if (isTutynushyError(result.error)) seen.add(result.error.code);
    }
    for (const record of fc.sample(validRecordArb, { numRuns: 300, seed: 42 })) {
      seen.add(`valid:${replayComplaint(record).outcome ?? 'open'}`);
    }
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'EVENT_OUT_OF_ORDER',
        'INVALID_EXTENSION',
        'INVALID_TRANSITION',
        'awaitingBusiness',
        'closed',
        'underReview',
        'valid:open',
        'valid:explained',
        'valid:satisfied',
        'valid:redirected',
        'valid:referredToCourt',
      ]),
    );
  });
});

describe('the receipt check', () => {
  // Around the night Almaty moved from UTC+6 to UTC+5 (1 March 2024, 00:00
  // local became 29 February, 23:00), in either offset notation.
  const minuteArb = fc.integer({ min: 0, max: 3 * 24 * 60 });
  const toInstant = (minute: number, offset: string): string => {
    const ms = Date.parse('2024-02-28T12:00:00Z') + minute * 60_000;
    const shift = offset === 'Z' ? 0 : Number(offset.slice(0, 3)) * 60;
    const local = new Date(ms + shift * 60_000).toISOString().slice(0, 19);
    return `${local}${offset}`;
  };
  const offsetArb = fc.constantFrom('Z', '+05:00', '+06:00');

  propTest.prop([minuteArb, offsetArb, minuteArb, offsetArb, fc.boolean()], { numRuns: 300 })(
    'orders the first event against the receipt by its day, or by the instant when both are instants',
    (received, receivedOffset, at, atOffset, asDate) => {
      const receivedAt = toInstant(received, receivedOffset);
      const instant = toInstant(at, atOffset);
      const eventAt = asDate ? kazakhstanDate(instant) : instant;
      const record = parseComplaintRecord(
        appealJson([{ type: 'register', at: eventAt }], { receivedAt }),
      );
      const result = tryReplay(record);
      const before = compareEventTimes(eventAt, receivedAt) < 0;
      expect(!result.ok && isTutynushyError(result.error, 'EVENT_OUT_OF_ORDER')).toBe(before);
      expect(result.ok).toBe(!before);
    },
  );
});
