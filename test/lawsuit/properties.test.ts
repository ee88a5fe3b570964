import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type AnyTutynushyError, TutynushyError } from '../../src/core/index.js';
import { addDays } from '../../src/core/local-date.js';
import { eventsAllowedIn } from '../../src/core/state-machine.js';
import {
  applyLawsuitEvent,
  LAWSUIT_DECISION_KEYS,
  LAWSUIT_STATE_KEYS,
  type Lawsuit,
  lawsuitMachine,
  parseLawsuitRecord,
  replayLawsuit,
} from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { FACTS } from './fixtures.js';

// Money as the JSON of a record: whole tenge or tenge and tiyn.
const amount = fc
  .tuple(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 99 }))
  .filter(([tenge, tiyn]) => tenge + tiyn > 0)
  .map(([tenge, tiyn]) =>
    tiyn === 0 ? String(tenge) : `${tenge}.${String(tiyn).padStart(2, '0')}`,
  );

// Every event the schema accepts, without its date.
const payload = fc.oneof(
  fc.constant({ type: 'file' }),
  fc.constant({ type: 'hearing' }),
  fc
    .tuple(fc.constantFrom(...LAWSUIT_DECISION_KEYS), fc.option(amount, { nil: undefined }))
    .map(([decision, awarded]) =>
      decision === 'againstConsumer' || awarded === undefined
        ? { type: 'decide', decision }
        : { type: 'decide', decision, awarded },
    ),
  fc.constant({ type: 'appeal' }),
  fc
    .option(amount, { nil: undefined })
    .map((sum) => (sum === undefined ? { type: 'settle' } : { type: 'settle', amount: sum })),
  fc.constant({ type: 'withdraw' }),
  fc.constant({ type: 'dismiss' }),
  fc
    .tuple(amount, fc.boolean())
    .map(([sum, explained]) =>
      explained
        ? { type: 'recover', amount: sum, exceedsAwardReason: 'enforcement costs' }
        : { type: 'recover', amount: sum },
    ),
);

// Events a day or more apart (or on the same day), in order.
const orderedEvents = fc
  .array(fc.tuple(payload, fc.integer({ min: 0, max: 40 })), { maxLength: 14 })
  .map((steps) => {
    let date = '2024-01-09';
    return steps.map(([event, gap]) => {
      date = addDays(date, gap);
      return { ...event, at: date };
    });
  });

// Events with dates in any order.
const anyEvents = fc.array(
  fc.tuple(payload, fc.integer({ min: 0, max: 400 })).map(([event, day]) => ({
    ...event,
    at: addDays('2024-01-01', day),
  })),
  { maxLength: 10 },
);

// Logs that follow the machine: each step picks one of the events its state
// allows (with a random payload), so that long lawsuits are reached often.
const walkedEvents = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.array(payload, { minLength: 24, maxLength: 24 }),
      fc.integer({ min: 0, max: 30 }),
    ),
    {
      maxLength: 14,
    },
  )
  .map((steps) => {
    let state = lawsuitMachine.initial;
    let date = '2024-01-09';
    const events: { type: string; at: string }[] = [];
    for (const [choice, candidates, gap] of steps) {
      const allowed = eventsAllowedIn(lawsuitMachine, state);
      const type = allowed[choice % Math.max(allowed.length, 1)];
      const event = candidates.find((candidate) => candidate.type === type);
      if (type === undefined || event === undefined) break;
      date = addDays(date, gap);
      events.push({ ...event, at: date });
      state =
        lawsuitMachine.transitions.find((t) => t.event === type && t.from.includes(state))?.to ??
        state;
    }
    return events;
  });

const role = fc.constantFrom('plaintiff', 'thirdParty');

function recordOf(events: readonly object[], who: string) {
  return parseLawsuitRecord({ ...FACTS, role: who, events });
}

function replayOrError(record: ReturnType<typeof recordOf>): Lawsuit | AnyTutynushyError {
  try {
    return replayLawsuit(record);
  } catch (error) {
    if (error instanceof TutynushyError) return error;
    throw error;
  }
}

describe('random lawsuit event logs', () => {
  propTest.prop([fc.oneof(anyEvents, walkedEvents), role], { numRuns: 400 })(
    'either replay to a known state or fail with a typed error naming the event and what was allowed',
    (events, who) => {
      const record = recordOf(events, who);
      const outcome = replayOrError(record);
      if (!(outcome instanceof TutynushyError)) {
        expect(LAWSUIT_STATE_KEYS).toContain(outcome.state);
        expect(outcome.history).toHaveLength(events.length);
        return;
      }
      expect(['INVALID_TRANSITION', 'EVENT_OUT_OF_ORDER']).toContain(outcome.code);
      if (outcome.code !== 'INVALID_TRANSITION' && outcome.code !== 'EVENT_OUT_OF_ORDER') return;
      const { index } = outcome.details;
      expect(outcome.details.machine).toBe('lawsuit');
      expect(outcome.details.recordId).toBe(FACTS.id);
      expect(outcome.message).toContain(`event #${index} of "${FACTS.id}"`);
      // Everything before the failing event replays.
      const before = replayLawsuit({ ...record, events: record.events.slice(0, index) });
      const event = record.events[index];
      if (outcome.code === 'INVALID_TRANSITION') {
        expect(outcome.details.event).toBe(event?.type);
        expect(outcome.details.state).toBe(before.state);
        expect(outcome.details.allowed).toEqual(eventsAllowedIn(lawsuitMachine, before.state));
        if (outcome.details.allowed.includes(event?.type ?? '')) {
          // An allowed event fails only for collecting more than the limit, without a reason.
          expect(event?.type).toBe('recover');
          expect(outcome.details.problem).toBe('overRecovery');
          expect(outcome.details.limit).toBeDefined();
        } else {
          expect(outcome.details.problem).toBe('notAllowed');
        }
      } else {
        // Before an earlier event of the log (a lawsuit has no receipt).
        const { beforeIndex } = outcome.details;
        expect(outcome.details.problem).not.toBe('beforeReceipt');
        expect(beforeIndex).toBeLessThan(index);
        expect(outcome.details.at).toBe(event?.at);
        expect(outcome.details.before).toBe(record.events[beforeIndex ?? -1]?.at);
      }
    },
  );

  propTest.prop([fc.oneof(orderedEvents, walkedEvents), role], { numRuns: 400 })(
    'in time order, never fail for their dates and never collect more than allowed without a reason',
    (events, who) => {
      const outcome = replayOrError(recordOf(events, who));
      if (outcome instanceof TutynushyError) {
        expect(outcome.code).toBe('INVALID_TRANSITION');
        return;
      }
      // Each recover without a reason stayed within the limit of its day: the
      // award then in force, or the settlement once settled. (A later appeal
      // may lower the award below what was already paid: that is no breach.)
      const record = recordOf(events, who);
      let lawsuit = replayLawsuit({ ...record, events: [] });
      for (const event of record.events) {
        lawsuit = applyLawsuitEvent(lawsuit, event);
        if (event.type !== 'recover' || event.exceedsAwardReason !== undefined) continue;
        const limit =
          lawsuit.state === 'settled' ? (lawsuit.settlement ?? Tenge.zero) : lawsuit.awarded;
        expect(lawsuit.collected.compare(limit)).toBeLessThanOrEqual(0);
      }
      expect(outcome.collected.isNegative()).toBe(false);
      if (lawsuitMachine.final.includes(outcome.state)) {
        expect(eventsAllowedIn(lawsuitMachine, outcome.state)).toEqual([]);
      }
    },
  );

  propTest.prop([fc.oneof(orderedEvents, walkedEvents), role], { numRuns: 300 })(
    'replay the same every time, and as the fold of applyLawsuitEvent',
    (events, who) => {
      const record = recordOf(events, who);
      const first = replayOrError(record);
      const second = replayOrError(record);
      expect(second).toEqual(first);
      if (first instanceof TutynushyError) {
        expect(second instanceof TutynushyError && second.message).toBe(first.message);
        return;
      }
      let folded = replayLawsuit({ ...record, events: [] });
      for (const event of record.events) folded = applyLawsuitEvent(folded, event);
      expect(folded).toEqual(first);
    },
  );

  propTest.prop([fc.oneof(orderedEvents, walkedEvents), role], { numRuns: 300 })(
    'round-trip through JSON: stringify, parse and replay give the same lawsuit',
    (events, who) => {
      const record = recordOf(events, who);
      const again = parseLawsuitRecord(JSON.parse(JSON.stringify(record)));
      expect(again).toEqual(record);
      const outcome = replayOrError(record);
      const outcomeAgain = replayOrError(again);
      if (outcome instanceof TutynushyError) {
        expect(outcomeAgain instanceof TutynushyError && outcomeAgain.message).toBe(
          outcome.message,
        );
      } else {
        expect(outcomeAgain).toEqual(outcome);
        expect(JSON.stringify(outcomeAgain)).toBe(JSON.stringify(outcome));
      }
    },
  );
});

describe('anything handed to applyLawsuitEvent', () => {
  const decided = replayLawsuit(
    parseLawsuitRecord({
      ...FACTS,
      events: [
        { type: 'file', at: '2024-02-12' },
        { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
      ],
    }),
  );
  const junk = fc.oneof(
    fc.anything(),
    fc.record({
      type: fc.oneof(fc.constantFrom('recover', 'appeal', 'settle', 'decide'), fc.anything()),
      at: fc.oneof(
        fc.constantFrom('2024-04-01', '2024-02-30', '2024-04-01T10:00:00'),
        fc.anything(),
      ),
      amount: fc.anything(),
      decision: fc.anything(),
    }),
  );

  propTest.prop([junk], { numRuns: 300 })(
    'gives a lawsuit or a typed error, never a TypeError',
    (event) => {
      try {
        const next = applyLawsuitEvent(decided, event as never);
        expect(LAWSUIT_STATE_KEYS).toContain(next.state);
        expect(next.collected.isNegative()).toBe(false);
      } catch (error) {
        expect(error).toBeInstanceOf(TutynushyError);
      }
    },
  );
});

describe('the walk generator', () => {
  it('reaches every state, so the laws above are tested on long lawsuits too', () => {
    const reached = new Set<string>();
    for (const events of fc.sample(walkedEvents, { numRuns: 500, seed: 7 })) {
      const outcome = replayOrError(recordOf(events, 'plaintiff'));
      if (!(outcome instanceof TutynushyError)) reached.add(outcome.state);
    }
    expect([...reached].sort()).toEqual([...LAWSUIT_STATE_KEYS].sort());
  });

  propTest.prop([walkedEvents], { numRuns: 200 })(
    'only fails, when it does, for collecting more than was awarded',
    (events) => {
      const outcome = replayOrError(recordOf(events, 'thirdParty'));
      if (outcome instanceof TutynushyError) {
        expect(outcome.code).toBe('INVALID_TRANSITION');
        if (outcome.code !== 'INVALID_TRANSITION') return;
        expect(outcome.details.event).toBe('recover');
        expect(outcome.details.problem).toBe('overRecovery');
        expect(outcome.details.limit).toBeDefined();
      }
    },
  );
});
