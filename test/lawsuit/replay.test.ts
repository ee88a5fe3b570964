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
    expect(error.details).toMatchObject({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 6,
      event: 'recover',
      state: 'decided',
      allowed: ['appeal', 'settle', 'recover'],
      amount: '0.01',
      collectedBefore: '1424750.00',
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
    expect(error.details).toMatchObject({ index: 5, amount: '500000.00', limit: '1424750.00' });
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
    const error = thrown(() =>
      applyLawsuitEvent(lawsuit, { type: 'recover', at: '2024-05-03', amount: Tenge.of(1) }),
    );
    expect(error.message).toContain('more than the 300000.00 agreed in the settlement');
    expect(error.details['limitFrom']).toBe('settlement');
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

    const error = thrown(() => applyLawsuitEvent(withdrawn, { type: 'appeal', at: '2024-05-02' }));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(
      'event #2 of "L-2024-007": "appeal" is not allowed in state "withdrawn" (a withdrawn lawsuit accepts no event)',
    );
    expect(error.details['allowed']).toEqual([]);
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
    expect(error.details).toMatchObject({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 0,
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
    expect(error.details).toMatchObject({ index: 1, at: '2024-02-11', previousAt: '2024-02-12' });
  });

  it('rejects a second filing, an appeal before a decision and a hearing after one', () => {
    const filed = replayLawsuit(lawsuitRecord([{ type: 'file', at: '2024-02-12' }]));
    for (const type of ['file', 'appeal', 'recover'] as const) {
      const event = parseLawsuitEvent(
        type === 'recover' ? { type, at: '2024-02-13', amount: '1' } : { type, at: '2024-02-13' },
      );
      const error = thrown(() => applyLawsuitEvent(filed, event));
      expect(isTutynushyError(error, 'INVALID_TRANSITION')).toBe(true);
      expect(error.details['allowed']).toEqual([
        'hearing',
        'decide',
        'settle',
        'withdraw',
        'dismiss',
      ]);
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
    expect(error.details).toMatchObject({ index: 0, state: 'notFiled', allowed: ['file'] });
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
    expect(error.details).toMatchObject({ index: 2, state: 'settled', allowed: ['recover'] });
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
    expect(error.details).toMatchObject({ index: 3, state: 'underAppeal' });
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
      collectedBefore: '0.00',
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
      amount: '1.00',
      collectedBefore: '800000.00',
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
    expect(error.details).toMatchObject({ index: 4, limit: '0.00', state: 'decided' });
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

  it('refuses what is not a record, naming the field', () => {
    for (const input of [null, undefined, 'L-1', 42]) {
      expect(thrown(() => replayLawsuit(input as never)).code).toBe('INVALID_RECORD');
    }
    const error = thrown(() => replayLawsuit({ id: 'L-1', events: 'file' } as never));
    expect(error.message).toBe(
      'Invalid lawsuit record "L-1": events: expected an array of events, got "file" (check input with parseLawsuitRecord or parseLawsuitEvent)',
    );
  });

  it('refuses an event that is not an object, or has no type or date', () => {
    expect(thrown(apply(null)).message).toContain(
      'events[2]: expected an event (an object with type and at), got null',
    );
    expect(thrown(apply({ at: '2024-04-01' })).message).toContain(
      'events[2].type: expected a string, got undefined',
    );
    expect(thrown(apply({ type: 'recover', at: 20240401 })).details['issues']).toEqual([
      // The shared message of core's event floor, as for an appeal.
      { path: ['events', 2, 'at'], message: 'expected a date or an instant, got 20240401' },
    ]);
  });

  it('never lets a negative or non-Tenge amount lower what was collected', () => {
    const negative = thrown(apply({ type: 'recover', at: '2024-04-01', amount: Tenge.of(-5) }));
    expect(negative.code).toBe('INVALID_RECORD');
    expect(negative.message).toContain(
      'events[2].amount: expected a Tenge above zero, got "-5.00"',
    );
    for (const amount of ['5', 5, Tenge.zero, undefined]) {
      expect(thrown(apply({ type: 'recover', at: '2024-04-01', amount })).code).toBe(
        'INVALID_RECORD',
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
      ).details['issues'],
    ).toEqual([
      { path: ['events', 1, 'awarded'], message: 'expected a Tenge above zero, got "-1.00"' },
    ]);
    expect(
      thrown(() =>
        applyLawsuitEvent(filed, { type: 'decide', at: '2024-03-19', decision: 'won' as never }),
      ).message,
    ).toContain(
      'events[1].decision: expected forConsumer, partlyForConsumer or againstConsumer, got "won"',
    );
    expect(
      thrown(() =>
        applyLawsuitEvent(filed, { type: 'settle', at: '2024-03-19', amount: Tenge.zero }),
      ).code,
    ).toBe('INVALID_RECORD');
  });

  it('refuses a lawsuit replayLawsuit did not return, and an unknown state', () => {
    for (const lawsuit of [null, {}, { state: 'decided' }, { ...decided, state: 'closed' }]) {
      const error = thrown(() =>
        applyLawsuitEvent(lawsuit as never, { type: 'appeal', at: '2024-04-01' }),
      );
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toContain(
        'given to applyLawsuitEvent: expected what replayLawsuit returns',
      );
    }
    expect(thrown(() => allowedLawsuitEvents({ state: 'closed' as never })).message).toBe(
      'Invalid lawsuit state "closed" given to allowedLawsuitEvents: expected one of notFiled, inProceedings, decided, underAppeal, settled, withdrawn, dismissed (the state of a replayed lawsuit)',
    );
    expect(thrown(() => allowedLawsuitEvents(null as never)).code).toBe('INVALID_ARGUMENT');
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
