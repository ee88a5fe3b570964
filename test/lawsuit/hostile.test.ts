// Input a program should never send, sent anyway: negative claims, lists too
// long to read, hand-changed lawsuits, keys that are not strings, ids that
// hide what they hold, misspelt options and writes to the exported tables.
// Each is refused with a TutynushyError naming what is wrong.
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../src/core/index.js';
import {
  applyLawsuitEvent,
  LAWSUIT_DECISION_KEYS,
  LAWSUIT_DECISIONS,
  LAWSUIT_EVENT_TYPE_KEYS,
  LAWSUIT_EVENT_TYPES,
  LAWSUIT_ROLE_KEYS,
  LAWSUIT_ROLES,
  LAWSUIT_STATE_KEYS,
  LAWSUIT_STATES,
  lawsuitDecisionLabel,
  lawsuitEventTypeLabel,
  lawsuitMachine,
  lawsuitMachineToMermaid,
  lawsuitRoleLabel,
  lawsuitStateLabel,
  parseLawsuitRecord,
  replayLawsuit,
  safeParseLawsuitRecord,
} from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { thrown } from '../support/errors.js';
import { FACTS, lawsuitRecord } from './fixtures.js';

const record = lawsuitRecord([
  { type: 'file', at: '2024-02-12' },
  { type: 'hearing', at: '2024-03-05' },
]);
const lawsuit = replayLawsuit(record);
const hearing = { type: 'hearing', at: '2024-03-19' } as const;
const invalid = (issue: object) => ({
  kind: 'lawsuit',
  recordId: 'L-2024-007',
  issues: [issue],
  readWith: 'parseLawsuitRecord',
});
const notReplayed = {
  fn: 'applyLawsuitEvent',
  field: 'lawsuit',
  received: { type: 'object' },
  expected: 'replayedLawsuit',
};
const HUGE = 2 ** 32 - 1;
const tooMany = (path: string[], max: number, length: number) => ({
  code: 'tooMany',
  path,
  max,
  length,
  received: { type: 'array', length },
});

describe('a claim the parser would refuse', () => {
  it('is refused by the replay too, as replayComplaint refuses a negative claim', () => {
    for (const [claimed, shown] of [
      [Tenge.of(-5), { type: 'tenge', amount: '-5.00' }],
      ['1500000', '1500000'],
      [1500000, 1500000],
      [undefined, undefined],
    ] as const) {
      expect(
        thrown(() => replayLawsuit({ ...record, claimed } as never), 'INVALID_RECORD').details,
      ).toEqual(
        invalid({
          code: 'invalidType',
          path: ['claimed'],
          expected: 'nonNegativeTenge',
          received: shown,
        }),
      );
    }
    expect(replayLawsuit({ ...record, claimed: Tenge.zero }).claimed.isZero()).toBe(true);
  });
});

describe('lists too long to read', () => {
  it('are refused by the parser by their length, before any item is read', () => {
    const ids = safeParseLawsuitRecord({ ...FACTS, appealIds: new Array(1_000_000), events: [] });
    expect(!ids.ok && ids.error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-2024-007',
      issues: [tooMany(['appealIds'], 1000, 1_000_000)],
    });
    const events = safeParseLawsuitRecord({ ...FACTS, events: new Array(HUGE) });
    expect(!events.ok && events.error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-2024-007',
      issues: [tooMany(['events'], 1000, HUGE)],
    });
    // A list refused by its length keeps only its length in the error.
    expect(!ids.ok && JSON.stringify(ids.error).length).toBeLessThan(1000);
  });

  it('are refused by replayLawsuit by their length', () => {
    expect(
      thrown(() => replayLawsuit({ ...record, events: new Array(HUGE) }), 'INVALID_RECORD').details,
    ).toEqual(invalid(tooMany(['events'], 100_000, HUGE)));
    expect(
      thrown(() => replayLawsuit({ ...record, appealIds: new Array(1_000_000) }), 'INVALID_RECORD')
        .details,
    ).toEqual(invalid(tooMany(['appealIds'], 1000, 1_000_000)));
    expect(
      thrown(() => replayLawsuit({ ...record, appealIds: null } as never), 'INVALID_RECORD')
        .details,
    ).toEqual(
      invalid({ code: 'invalidType', path: ['appealIds'], expected: 'array', received: null }),
    );
  });

  it.each(['events', 'appealIds', 'history', 'hearings', 'decisions', 'appeals', 'recoveries'])(
    'make applyLawsuitEvent refuse a lawsuit whose %s is one',
    (field) => {
      const changed = { ...lawsuit, [field]: new Array(HUGE) } as never;
      expect(thrown(() => applyLawsuitEvent(changed, hearing), 'INVALID_ARGUMENT').details).toEqual(
        notReplayed,
      );
    },
  );
});

describe('a replayed lawsuit changed by hand', () => {
  it.each([
    ['history: null', { history: null }],
    ['a history of another length', { history: [lawsuit.history[0]] }],
    ['more hearings than events', { hearings: ['2024-03-05', '2024-03-06', '2024-03-07'] }],
    ['collected: a string', { collected: '0' }],
    ['settlement: a number', { settlement: 5 }],
    ['state: closed', { state: 'closed' }],
    ['id: a number', { id: 7 }],
  ])('%s is INVALID_ARGUMENT, not a TypeError', (_, change) => {
    expect(
      thrown(() => applyLawsuitEvent({ ...lawsuit, ...change } as never, hearing)).details,
    ).toEqual(notReplayed);
  });

  it('a lawsuit replayed without history still takes events', () => {
    const lean = replayLawsuit(record, { history: false });
    expect(applyLawsuitEvent(lean, hearing).hearings).toEqual(['2024-03-05', '2024-03-19']);
  });
});

describe('ids that hide what they hold', () => {
  it.each([
    ['a lone surrogate and a right-to-left override', '\uD800\u202E', 'plainText'],
    ['NUL', 'L\u00001', 'plainText'],
    ['whitespace around it', 'L-1 ', 'trimmed'],
  ])('a lawsuit id with %s', (_, id, rule) => {
    expect(
      thrown(() => parseLawsuitRecord({ ...FACTS, id, events: [] }), 'INVALID_RECORD').details
        .issues,
    ).toEqual([{ code: 'rule', rule, path: ['id'], received: id }]);
  });

  it("appeal ids 'A' and 'A ' are not two ids: the second is refused", () => {
    expect(
      thrown(
        () => parseLawsuitRecord({ ...FACTS, appealIds: ['A', 'A '], events: [] }),
        'INVALID_RECORD',
      ).details.issues,
    ).toEqual([{ code: 'rule', rule: 'trimmed', path: ['appealIds', 1], received: 'A ' }]);
    expect(
      thrown(
        () => parseLawsuitRecord({ ...FACTS, appealIds: ['A', '\uD800'], events: [] }),
        'INVALID_RECORD',
      ).details.issues,
    ).toEqual([{ code: 'rule', rule: 'plainText', path: ['appealIds', 1], received: '\uD800' }]);
  });
});

describe('label functions take only a string key', () => {
  it.each([
    ['lawsuitRoleLabel', lawsuitRoleLabel, LAWSUIT_ROLE_KEYS],
    ['lawsuitStateLabel', lawsuitStateLabel, LAWSUIT_STATE_KEYS],
    ['lawsuitDecisionLabel', lawsuitDecisionLabel, LAWSUIT_DECISION_KEYS],
    ['lawsuitEventTypeLabel', lawsuitEventTypeLabel, LAWSUIT_EVENT_TYPE_KEYS],
  ] as const)('%s', (_, labelOf, keys) => {
    const label = labelOf as (key: unknown, locale: 'kk') => string;
    expect(label(keys[0], 'kk').length).toBeGreaterThan(0);
    for (const [bad, shown] of [
      [[keys[0]], { type: 'array', length: 1 }],
      [Object.create(null), { type: 'object' }],
      ['constructor', 'constructor'],
    ] as const) {
      expect(thrown(() => label(bad, 'kk'), 'INVALID_ARGUMENT').details).toEqual({
        field: 'key',
        received: shown,
        expected: 'oneOf',
        allowed: [...keys],
      });
    }
  });
});

describe('options with a key the function does not know', () => {
  it('replayLawsuit and lawsuitMachineToMermaid refuse it, naming it', () => {
    expect(thrown(() => replayLawsuit(record, { histroy: false } as never)).details).toEqual({
      fn: 'replayLawsuit',
      field: 'histroy',
      received: false,
      expected: 'knownKey',
      allowed: ['history'],
    });
    expect(thrown(() => lawsuitMachineToMermaid({ lang: 'kk' } as never)).details).toEqual({
      fn: 'lawsuitMachineToMermaid',
      field: 'lang',
      received: 'kk',
      expected: 'knownKey',
      allowed: ['locale'],
    });
  });
});

describe('the exported tables', () => {
  it('are frozen all the way down', () => {
    const tables: Readonly<Record<string, Labels>>[] = [
      LAWSUIT_ROLES,
      LAWSUIT_STATES,
      LAWSUIT_DECISIONS,
      LAWSUIT_EVENT_TYPES,
    ];
    for (const table of tables) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const labels of Object.values(table)) expect(Object.isFrozen(labels)).toBe(true);
    }
    expect(Object.isFrozen(lawsuitMachine)).toBe(true);
    expect(Object.isFrozen(lawsuitMachine.states)).toBe(true);
    expect(Object.isFrozen(lawsuitMachine.final)).toBe(true);
    for (const transition of lawsuitMachine.transitions)
      expect(Object.isFrozen(transition.from)).toBe(true);
  });

  it('refuse a write, and later replays are as before', () => {
    const withdrawn = [
      { type: 'file', at: '2024-04-02' },
      { type: 'withdraw', at: '2024-04-20' },
      { type: 'appeal', at: '2024-05-02' },
    ];
    const before = thrown(() => replayLawsuit(lawsuitRecord(withdrawn))).details;
    const writes: (() => void)[] = [
      () => {
        (lawsuitMachine.transitions as unknown as unknown[]).push({
          event: 'appeal',
          from: ['withdrawn'],
          to: 'underAppeal',
        });
      },
      () => {
        (lawsuitMachine.final as unknown as string[]).pop();
      },
      () => {
        (LAWSUIT_ROLES.thirdParty as { kk: string }).kk = 'судья';
      },
      () => {
        (LAWSUIT_DECISION_KEYS as unknown as string[]).push('won');
      },
    ];
    for (const write of writes) expect(write).toThrow(TypeError);
    expect(thrown(() => replayLawsuit(lawsuitRecord(withdrawn))).details).toEqual(before);
    expect(lawsuitRoleLabel('thirdParty', 'kk')).toBe('үшінші тұлға');
  });
});
