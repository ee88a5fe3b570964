import { describe, expect, it } from 'vitest';
import { isTutynushyError } from '../../src/core/index.js';
import { eventsAllowedIn } from '../../src/core/state-machine.js';
import {
  allowedLawsuitEvents,
  applyLawsuitEvent,
  isDecisionForConsumers,
  type LawsuitEvent,
  lawsuitMachine,
  lawsuitMachineToMermaid,
  parseLawsuitEvent,
  replayLawsuit,
} from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { thrown } from '../support/errors.js';
import { lawsuitRecord } from './fixtures.js';

const SHYMKENT_CASE = [
  { type: 'file', at: '2024-02-12' },
  { type: 'hearing', at: '2024-03-05' },
  { type: 'hearing', at: '2024-03-19T10:30:00+05:00' },
  { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
  { type: 'recover', at: '2024-05-14', amount: '1000000' },
];

describe('a third party at two hearings, decided for the consumer, money collected later', () => {
  const lawsuit = replayLawsuit(lawsuitRecord(SHYMKENT_CASE));

  it('keeps the facts and derives the state and the figures the KPI counts', () => {
    expect(lawsuit.id).toBe('L-2024-007');
    expect(lawsuit.role).toBe('thirdParty');
    expect(lawsuit.appealIds).toEqual(['A-2024-0113']);
    expect(lawsuit.region).toBe('79');
    expect(lawsuit.claimed.toString()).toBe('1500000.00');
    expect(lawsuit.state).toBe('decided');
    expect(lawsuit.filedOn).toBe('2024-02-12');
    expect(lawsuit.hearings).toEqual(['2024-03-05', '2024-03-19']);
    expect(lawsuit.decision).toBe('forConsumer');
    expect(lawsuit.decidedOn).toBe('2024-03-19');
    expect(isDecisionForConsumers(lawsuit.decision ?? 'againstConsumer')).toBe(true);
    expect(lawsuit.awarded.toString()).toBe('1424750.00');
    expect(lawsuit.collected.toString()).toBe('1000000.00');
    expect(lawsuit.settlement).toBeUndefined();
    expect(lawsuit.history).toHaveLength(5);
    expect(allowedLawsuitEvents(lawsuit)).toEqual(['appeal', 'settle', 'recover']);
  });

  it('collects the rest up to the award exactly, and no tiyn more without a reason', () => {
    const rest = applyLawsuitEvent(lawsuit, {
      type: 'recover',
      at: '2024-06-03',
      amount: Tenge.of('424750'),
    });
    expect(rest.collected.toString()).toBe('1424750.00');
    expect(rest.collected.equals(rest.awarded)).toBe(true);

    const error = thrown(() =>
      applyLawsuitEvent(rest, { type: 'recover', at: '2024-06-04', amount: Tenge.of('0.01') }),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(
      'event #6 of "L-2024-007": "recover" of 0.01 would bring the total collected to 1424750.01, more than the 1424750.00 awarded; give exceedsAwardReason to say why more was collected',
    );
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 6,
      problem: 'overRecovery',
      event: 'recover',
      state: 'decided',
      allowed: ['appeal', 'settle', 'recover'],
      amount: '0.01',
      collectedBefore: '1424750.00',
      total: '1424750.01',
      limit: '1424750.00',
      limitFrom: 'decision',
    });

    const withReason = applyLawsuitEvent(rest, {
      type: 'recover',
      at: '2024-06-04',
      amount: Tenge.of('35000'),
      exceedsAwardReason: 'penalty for late payment collected by the bailiff',
    });
    expect(withReason.collected.toString()).toBe('1459750.00');
  });

  it('rejects collecting more than awarded inside a stored log, with the same error', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([...SHYMKENT_CASE, { type: 'recover', at: '2024-06-03', amount: '500000' }]),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 5,
      problem: 'overRecovery',
      amount: '500000.00',
      collectedBefore: '1000000.00',
      total: '1500000.00',
      limit: '1424750.00',
      limitFrom: 'decision',
    });
    expect(error.message).toContain('total collected to 1500000.00, more than the 1424750.00');
  });
});

describe('a plaintiff decided against, appealed, then decided partly for the consumer', () => {
  const events = [
    { type: 'file', at: '2024-01-22' },
    { type: 'hearing', at: '2024-02-14' },
    { type: 'decide', at: '2024-02-28', decision: 'againstConsumer' },
    { type: 'appeal', at: '2024-03-25' },
    { type: 'hearing', at: '2024-05-07' },
    { type: 'decide', at: '2024-05-07', decision: 'partlyForConsumer', awarded: '600000' },
  ];
  const record = lawsuitRecord(events, { role: 'plaintiff', appealIds: [] });

  it('goes through underAppeal and keeps the latest decision', () => {
    const lawsuit = replayLawsuit(record);
    expect(lawsuit.role).toBe('plaintiff');
    expect(lawsuit.state).toBe('decided');
    expect(lawsuit.decision).toBe('partlyForConsumer');
    expect(lawsuit.decidedOn).toBe('2024-05-07');
    expect(lawsuit.awarded.toString()).toBe('600000.00');
    expect(lawsuit.collected.isZero()).toBe(true);
    expect(lawsuit.hearings).toEqual(['2024-02-14', '2024-05-07']);
  });

  it('is decided against the consumer, with nothing awarded, before the appeal', () => {
    const before = replayLawsuit({ ...record, events: record.events.slice(0, 3) });
    expect(before.decision).toBe('againstConsumer');
    expect(before.awarded.isZero()).toBe(true);
    const appealed = replayLawsuit({ ...record, events: record.events.slice(0, 4) });
    expect(appealed.state).toBe('underAppeal');
    expect(appealed.decision).toBe('againstConsumer');
    expect(allowedLawsuitEvents(appealed)).toEqual([
      'hearing',
      'decide',
      'settle',
      'withdraw',
      'dismiss',
    ]);
  });

  it('needs a reason to log money collected after a decision against the consumer', () => {
    const against = replayLawsuit({ ...record, events: record.events.slice(0, 3) });
    const error = thrown(() =>
      applyLawsuitEvent(against, { type: 'recover', at: '2024-03-01', amount: Tenge.of(1) }),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      problem: 'overRecovery',
      amount: '1.00',
      total: '1.00',
      limit: '0.00',
      limitFrom: 'decision',
    });
    expect(error.message).toContain('more than the 0.00 awarded');
  });
});

describe('settled, withdrawn and dismissed lawsuits', () => {
  it('counts what a settlement pays against the settlement', () => {
    const lawsuit = replayLawsuit(
      lawsuitRecord([
        { type: 'file', at: '2024-04-02' },
        { type: 'hearing', at: '2024-04-23' },
        { type: 'settle', at: '2024-04-23', amount: '300000' },
        { type: 'recover', at: '2024-05-02', amount: '300000' },
      ]),
    );
    expect(lawsuit.state).toBe('settled');
    expect(lawsuit.settlement?.toString()).toBe('300000.00');
    expect(lawsuit.collected.toString()).toBe('300000.00');
    expect(lawsuit.decision).toBeUndefined();
    expect(lawsuit.awarded.isZero()).toBe(true);
    expect(allowedLawsuitEvents(lawsuit)).toEqual(['recover']);
    const error = thrown(
      () => applyLawsuitEvent(lawsuit, { type: 'recover', at: '2024-05-03', amount: Tenge.of(1) }),
      'INVALID_TRANSITION',
    );
    expect(error.details).toMatchObject({
      problem: 'overRecovery',
      state: 'settled',
      collectedBefore: '300000.00',
      total: '300001.00',
      limit: '300000.00',
      limitFrom: 'settlement',
    });
    expect(error.message).toContain('more than the 300000.00 agreed in the settlement');
  });

  it('settles after a decision, at the enforcement stage', () => {
    const lawsuit = replayLawsuit(
      lawsuitRecord([
        { type: 'file', at: '2024-01-10' },
        { type: 'decide', at: '2024-02-10', decision: 'forConsumer', awarded: '800000' },
        { type: 'recover', at: '2024-03-01', amount: '200000' },
        { type: 'settle', at: '2024-03-15', amount: '500000' },
        { type: 'recover', at: '2024-03-20', amount: '300000' },
      ]),
    );
    expect(lawsuit.state).toBe('settled');
    expect(lawsuit.decision).toBe('forConsumer');
    expect(lawsuit.awarded.toString()).toBe('800000.00');
    expect(lawsuit.collected.toString()).toBe('500000.00');
  });

  it('ends withdrawn, and then accepts nothing; a dismissal can still be appealed', () => {
    const withdrawn = replayLawsuit(
      lawsuitRecord([
        { type: 'file', at: '2024-04-02' },
        { type: 'withdraw', at: '2024-04-20' },
      ]),
    );
    expect(withdrawn.state).toBe('withdrawn');
    const dismissed = replayLawsuit(
      lawsuitRecord([
        { type: 'file', at: '2024-04-02' },
        { type: 'hearing', at: '2024-04-20' },
        { type: 'dismiss', at: '2024-04-20' },
      ]),
    );
    expect(dismissed.state).toBe('dismissed');
    expect(dismissed.hearings).toEqual(['2024-04-20']);
    expect(allowedLawsuitEvents(dismissed)).toEqual(['appeal']);
    const hearing = thrown(() =>
      applyLawsuitEvent(dismissed, { type: 'hearing', at: '2024-05-02' }),
    );
    expect(hearing.code).toBe('INVALID_TRANSITION');
    expect(hearing.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 3,
      problem: 'notAllowed',
      event: 'hearing',
      state: 'dismissed',
      allowed: ['appeal'],
    });
    expect(hearing.message).toBe(
      'event #3 of "L-2024-007": "hearing" is not allowed in state "dismissed" (allowed: appeal)',
    );
    // The ruling that left the claim without consideration is appealed, and
    // the appeal court hears the case again.
    const appealed = applyLawsuitEvent(dismissed, { type: 'appeal', at: '2024-05-02' });
    expect(appealed.state).toBe('underAppeal');
    expect(appealed.decision).toBeUndefined();
    const decided = applyLawsuitEvent(
      appealed,
      parseLawsuitEvent({
        type: 'decide',
        at: '2024-06-11',
        decision: 'forConsumer',
        awarded: '90000',
      }),
    );
    expect(decided.state).toBe('decided');
    expect(decided.awarded.toString()).toBe('90000.00');

    const error = thrown(
      () => applyLawsuitEvent(withdrawn, { type: 'appeal', at: '2024-05-02' }),
      'INVALID_TRANSITION',
    );
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 2,
      problem: 'notAllowed',
      event: 'appeal',
      state: 'withdrawn',
      allowed: [],
    });
    expect(error.message).toBe(
      'event #2 of "L-2024-007": "appeal" is not allowed in state "withdrawn" (a withdrawn lawsuit accepts no event)',
    );
  });

  it('has not been filed while the log is empty', () => {
    const lawsuit = replayLawsuit(lawsuitRecord([]));
    expect(lawsuit.state).toBe('notFiled');
    expect(lawsuit.filedOn).toBeUndefined();
    expect(lawsuit.hearings).toEqual([]);
    expect(allowedLawsuitEvents(lawsuit)).toEqual(['file']);
  });
});

describe('invalid sequences fail with the shared typed errors', () => {
  it('rejects a decision before the claim is filed, listing what was allowed', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
        ]),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(
      'event #0 of "L-2024-007": "decide" is not allowed in state "notFiled" (allowed: file)',
    );
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 0,
      problem: 'notAllowed',
      event: 'decide',
      state: 'notFiled',
      allowed: ['file'],
    });
  });

  it('rejects an event dated before the previous one', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          { type: 'file', at: '2024-02-12' },
          { type: 'hearing', at: '2024-02-11' },
        ]),
      ),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 1,
      problem: 'beforePrevious',
      at: '2024-02-11',
      before: '2024-02-12',
      beforeIndex: 0,
    });
  });

  it('rejects a second filing, an appeal before a decision and a hearing after one', () => {
    const filed = replayLawsuit(lawsuitRecord([{ type: 'file', at: '2024-02-12' }]));
    for (const type of ['file', 'appeal', 'recover'] as const) {
      const event = parseLawsuitEvent(
        type === 'recover' ? { type, at: '2024-02-13', amount: '1' } : { type, at: '2024-02-13' },
      );
      const error = thrown(() => applyLawsuitEvent(filed, event));
      expect(isTutynushyError(error, 'INVALID_TRANSITION')).toBe(true);
      expect(error.details).toEqual({
        machine: 'lawsuit',
        recordId: 'L-2024-007',
        index: 1,
        problem: 'notAllowed',
        event: type,
        state: 'inProceedings',
        allowed: ['hearing', 'decide', 'settle', 'withdraw', 'dismiss'],
      });
    }
    const decided = applyLawsuitEvent(
      filed,
      parseLawsuitEvent({ type: 'decide', at: '2024-03-01', decision: 'againstConsumer' }),
    );
    expect(() => applyLawsuitEvent(decided, { type: 'hearing', at: '2024-03-02' })).toThrow(
      '"hearing" is not allowed in state "decided" (allowed: appeal, settle, recover)',
    );
  });
});

describe('the table follows civil procedure', () => {
  const decidedFor = [
    { type: 'file', at: '2024-01-10' },
    { type: 'decide', at: '2024-02-01', decision: 'forConsumer', awarded: '1000000' },
  ];

  it('hears nothing before the claim is filed', () => {
    const error = thrown(() =>
      replayLawsuit(lawsuitRecord([{ type: 'hearing', at: '2024-01-09' }])),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 0,
      problem: 'notAllowed',
      event: 'hearing',
      state: 'notFiled',
      allowed: ['file'],
    });
  });

  it('decides nothing after a settlement ended the case', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          { type: 'file', at: '2024-01-10' },
          { type: 'settle', at: '2024-02-01', amount: '300000' },
          { type: 'decide', at: '2024-02-05', decision: 'forConsumer', awarded: '1000000' },
        ]),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 2,
      problem: 'notAllowed',
      event: 'decide',
      state: 'settled',
      allowed: ['recover'],
    });
  });

  it('collects nothing while the decision is under appeal (it is not in force)', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          ...decidedFor,
          { type: 'appeal', at: '2024-02-20' },
          { type: 'recover', at: '2024-02-21', amount: '1000' },
        ]),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 3,
      problem: 'notAllowed',
      event: 'recover',
      state: 'underAppeal',
    });
  });

  it('limits what is collected after an appeal lowered the award to the new award', () => {
    const lowered = [
      ...decidedFor,
      { type: 'appeal', at: '2024-02-20' },
      { type: 'decide', at: '2024-04-01', decision: 'partlyForConsumer', awarded: '600000' },
    ];
    const lawsuit = replayLawsuit(lawsuitRecord(lowered));
    expect(lawsuit.awarded.toString()).toBe('600000.00');
    expect(
      applyLawsuitEvent(lawsuit, {
        type: 'recover',
        at: '2024-04-20',
        amount: Tenge.of(600000),
      }).collected.toString(),
    ).toBe('600000.00');
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([...lowered, { type: 'recover', at: '2024-04-20', amount: '1000000' }]),
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 4,
      problem: 'overRecovery',
      collectedBefore: '0.00',
      total: '1000000.00',
      limit: '600000.00',
      limitFrom: 'decision',
    });
  });

  it('keeps money paid before an appeal lowered the award, and refuses more without a reason', () => {
    const lawsuit = replayLawsuit(
      lawsuitRecord([
        ...decidedFor,
        { type: 'recover', at: '2024-02-10', amount: '800000' },
        { type: 'appeal', at: '2024-02-20' },
        { type: 'decide', at: '2024-04-01', decision: 'partlyForConsumer', awarded: '500000' },
      ]),
    );
    expect(lawsuit.state).toBe('decided');
    expect(lawsuit.awarded.toString()).toBe('500000.00');
    expect(lawsuit.collected.toString()).toBe('800000.00');
    const error = thrown(() =>
      applyLawsuitEvent(lawsuit, { type: 'recover', at: '2024-04-10', amount: Tenge.of(1) }),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({
      index: 5,
      problem: 'overRecovery',
      amount: '1.00',
      collectedBefore: '800000.00',
      total: '800001.00',
      limit: '500000.00',
    });
    const explained = applyLawsuitEvent(lawsuit, {
      type: 'recover',
      at: '2024-04-10',
      amount: Tenge.of(20000),
      exceedsAwardReason: 'enforcement fee collected by the bailiff',
    });
    expect(explained.collected.toString()).toBe('820000.00');
  });

  it('lowers the limit to nothing when the appeal decides against the consumer', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          ...decidedFor,
          { type: 'appeal', at: '2024-02-20' },
          { type: 'decide', at: '2024-04-01', decision: 'againstConsumer' },
          { type: 'recover', at: '2024-04-10', amount: '1' },
        ]),
      ),
    );
    expect(error.details).toMatchObject({
      index: 4,
      problem: 'overRecovery',
      limit: '0.00',
      state: 'decided',
    });
  });
});

describe('applyLawsuitEvent', () => {
  it('returns a new lawsuit and leaves the given one as it was', () => {
    const filed = replayLawsuit(lawsuitRecord([{ type: 'file', at: '2024-02-12' }]));
    const heard = applyLawsuitEvent(filed, { type: 'hearing', at: '2024-03-05' });
    expect(heard.hearings).toEqual(['2024-03-05']);
    expect(heard.history).toHaveLength(2);
    expect(filed.hearings).toEqual([]);
    expect(filed.history).toHaveLength(1);
    expect(filed.state).toBe('inProceedings');
  });

  it('reads an instant on the Kazakhstan clock', () => {
    const filed = replayLawsuit(lawsuitRecord([{ type: 'file', at: '2024-02-12' }]));
    // 20:00 UTC on 4 March is 01:00 on 5 March in Almaty (UTC+5 since 1 March 2024).
    const heard = applyLawsuitEvent(filed, { type: 'hearing', at: '2024-03-04T20:00:00Z' });
    expect(heard.hearings).toEqual(['2024-03-05']);
  });
});

describe('input not built by parseLawsuitRecord / parseLawsuitEvent', () => {
  const decided = replayLawsuit(
    lawsuitRecord([
      { type: 'file', at: '2024-02-12' },
      { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
    ]),
  );
  const apply = (event: unknown) => () => applyLawsuitEvent(decided, event as LawsuitEvent);
  // The INVALID_RECORD the replay raises for unparsed input: one issue.
  const invalid = (issue: object, recordId: string | null = 'L-2024-007') => ({
    kind: 'lawsuit',
    ...(recordId === null ? {} : { recordId }),
    issues: [issue],
    readWith: 'parseLawsuitRecord',
  });

  it('refuses what is not a record, naming the field', () => {
    for (const [input, shown] of [
      [null, null],
      [undefined, undefined],
      ['L-1', 'L-1'],
      [42, 42],
    ] as const) {
      expect(thrown(() => replayLawsuit(input as never), 'INVALID_RECORD').details).toEqual(
        invalid({ code: 'invalidType', path: [], expected: 'object', received: shown }, null),
      );
    }
    const error = thrown(() => replayLawsuit({ id: 'L-1', events: 'file' } as never));
    expect(error.details).toEqual(
      invalid(
        { code: 'invalidType', path: ['events'], expected: 'array', received: 'file' },
        'L-1',
      ),
    );
    expect(error.message).toBe(
      'Invalid lawsuit record "L-1": events: expected an array, got "file" (read it with parseLawsuitRecord first)',
    );
  });

  it('refuses an event that is not an object, or has no type or date', () => {
    expect(thrown(apply(null)).details).toEqual(
      invalid({ code: 'invalidType', path: ['events', 2], expected: 'object', received: null }),
    );
    expect(thrown(apply({ at: '2024-04-01' })).details).toEqual(
      invalid({
        code: 'invalidType',
        path: ['events', 2, 'type'],
        expected: 'string',
        received: undefined,
      }),
    );
    // Core's event floor names it, as for an appeal.
    expect(thrown(apply({ type: 'recover', at: 20240401 })).details).toEqual(
      invalid({
        code: 'invalidType',
        path: ['events', 2, 'at'],
        expected: 'string',
        received: 20240401,
      }),
    );
  });

  it('never lets a negative or non-Tenge amount lower what was collected', () => {
    const amountIssue = (received: unknown, path: (string | number)[] = ['events', 2, 'amount']) =>
      invalid({ code: 'invalidType', path, expected: 'positiveTenge', received });
    const negative = thrown(apply({ type: 'recover', at: '2024-04-01', amount: Tenge.of(-5) }));
    expect(negative.details).toEqual(amountIssue({ type: 'tenge', amount: '-5.00' }));
    expect(negative.message).toContain(
      'events[2].amount: expected a Tenge above zero, got Tenge(-5.00)',
    );
    for (const [amount, shown] of [
      ['5', '5'],
      [5, 5],
      [Tenge.zero, { type: 'tenge', amount: '0.00' }],
      [undefined, undefined],
    ] as const) {
      expect(thrown(apply({ type: 'recover', at: '2024-04-01', amount })).details).toEqual(
        amountIssue(shown),
      );
    }
    const filed = replayLawsuit(lawsuitRecord([{ type: 'file', at: '2024-02-12' }]));
    expect(
      thrown(() =>
        applyLawsuitEvent(filed, {
          type: 'decide',
          at: '2024-03-19',
          decision: 'forConsumer',
          awarded: Tenge.of(-1),
        }),
      ).details,
    ).toEqual(amountIssue({ type: 'tenge', amount: '-1.00' }, ['events', 1, 'awarded']));
    expect(
      thrown(() =>
        applyLawsuitEvent(filed, { type: 'decide', at: '2024-03-19', decision: 'won' as never }),
      ).details,
    ).toEqual(
      invalid({
        code: 'notOneOf',
        path: ['events', 1, 'decision'],
        allowed: ['forConsumer', 'partlyForConsumer', 'againstConsumer'],
        received: 'won',
      }),
    );
    expect(
      thrown(() =>
        applyLawsuitEvent(filed, { type: 'settle', at: '2024-03-19', amount: Tenge.zero }),
      ).details,
    ).toEqual(amountIssue({ type: 'tenge', amount: '0.00' }, ['events', 1, 'amount']));
  });

  it('refuses a lawsuit replayLawsuit did not return, and an unknown state', () => {
    for (const [lawsuit, shown] of [
      [null, null],
      [{}, { type: 'object' }],
      [{ state: 'decided' }, { type: 'object' }],
      [{ ...decided, state: 'closed' }, { type: 'object' }],
    ] as const) {
      const error = thrown(() =>
        applyLawsuitEvent(lawsuit as never, { type: 'appeal', at: '2024-04-01' }),
      );
      expect(error.details).toEqual({
        fn: 'applyLawsuitEvent',
        field: 'lawsuit',
        received: shown,
        expected: 'replayedLawsuit',
      });
    }
    const states = [
      'notFiled',
      'inProceedings',
      'decided',
      'underAppeal',
      'settled',
      'withdrawn',
      'dismissed',
    ];
    const closed = thrown(() => allowedLawsuitEvents({ state: 'closed' as never }));
    expect(closed.details).toEqual({
      fn: 'allowedLawsuitEvents',
      field: 'lawsuit.state',
      received: 'closed',
      expected: 'oneOf',
      allowed: states,
    });
    expect(closed.message).toBe(
      'allowedLawsuitEvents: invalid lawsuit.state "closed": expected one of notFiled, inProceedings, decided, underAppeal, settled, withdrawn, dismissed',
    );
    expect(thrown(() => allowedLawsuitEvents(null as never)).details).toEqual({
      fn: 'allowedLawsuitEvents',
      field: 'lawsuit.state',
      received: undefined,
      expected: 'oneOf',
      allowed: states,
    });
  });
});

describe('the machine as data', () => {
  it('names its states, events and final states', () => {
    expect(lawsuitMachine.name).toBe('lawsuit');
    expect(lawsuitMachine.initial).toBe('notFiled');
    expect(lawsuitMachine.final).toEqual(['withdrawn']);
    expect(eventsAllowedIn(lawsuitMachine, 'decided')).toEqual(['appeal', 'settle', 'recover']);
    for (const state of lawsuitMachine.final) {
      expect(eventsAllowedIn(lawsuitMachine, state)).toEqual([]);
    }
  });

  it('draws itself for Mermaid', () => {
    const diagram = lawsuitMachineToMermaid();
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    expect(diagram).toContain('  [*] --> notFiled');
    expect(diagram).toContain('  notFiled --> inProceedings: file');
    expect(diagram).toContain('  underAppeal --> underAppeal: hearing');
    expect(diagram).toContain('  decided --> underAppeal: appeal');
    expect(diagram).toContain('  dismissed --> underAppeal: appeal');
    expect(diagram).toContain('  withdrawn --> [*]');
    expect(diagram).not.toContain('  dismissed --> [*]');
  });
});
