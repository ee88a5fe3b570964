// Input a program should never send, sent anyway: hand-changed appeals,
// keys that are not strings, text that hides what it holds, huge arrays,
// misspelt options and writes to the exported tables. Each is refused with a
// TutynushyError naming what is wrong — never a TypeError, a silent default
// or a changed table.
import { describe, expect, it } from 'vitest';
import {
  APPEAL_TYPE_KEYS,
  APPEAL_TYPES,
  allowedComplaintEvents,
  appealTypeLabel,
  applyComplaintEvent,
  BUSINESS_ANSWER_KEYS,
  BUSINESS_ANSWERS,
  businessAnswerLabel,
  CHANNEL_KEYS,
  CHANNELS,
  COMPLAINT_EVENT_TYPE_KEYS,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_OUTCOME_GROUP_KEYS,
  COMPLAINT_OUTCOME_GROUPS,
  COMPLAINT_OUTCOME_KEYS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATE_KEYS,
  COMPLAINT_STATES,
  type ComplaintRecord,
  channelLabel,
  complaintClocks,
  complaintEventTypeLabel,
  complaintMachine,
  complaintMachineToMermaid,
  complaintOutcomeGroupLabel,
  complaintOutcomeLabel,
  complaintStateLabel,
  GROUP_OF_OUTCOME,
  isOverdue,
  overdueBy,
  parseComplaintRecord,
  REFUSAL_GROUND_KEYS,
  REFUSAL_GROUNDS,
  RELIEF_KIND_KEYS,
  RELIEF_KINDS,
  refusalGroundLabel,
  reliefKindLabel,
  replayComplaint,
} from '../../src/complaint/index.js';
import type { Labels } from '../../src/core/index.js';
import { Tenge } from '../../src/money/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

const record = parseComplaintRecord(
  appealJson([
    { type: 'register', at: '2024-06-03' },
    { type: 'startReview', at: '2024-06-04' },
  ]),
);
const open = replayComplaint(record);
const explain = { type: 'explain', at: '2024-06-10' } as const;

const notReplayed = (fn: string) => ({
  fn,
  field: 'complaint',
  received: { type: 'object' },
  expected: 'replayedComplaint',
});

describe('a replayed appeal changed by hand', () => {
  it.each([
    ['history: null', { history: null }],
    ['events: null', { events: null }],
    ['closedOn: an object', { closedOn: Object.create(null) }],
    ['closedOn: not a date', { closedOn: '2024-02-30' }],
    ['state: carriedOver', { state: 'carriedOver' }],
    ['deadlines: null', { deadlines: null }],
    ['deadlines.due: a number', { deadlines: { ...open.deadlines, due: 20240624 } }],
    ['relief: null', { relief: null }],
    ['receivedOn: missing', { receivedOn: undefined }],
  ])('%s is INVALID_ARGUMENT for applyComplaintEvent, isOverdue and overdueBy', (_, change) => {
    const changed = { ...open, ...change } as never;
    expect(thrown(() => applyComplaintEvent(changed, explain)).details).toEqual(
      notReplayed('applyComplaintEvent'),
    );
    expect(thrown(() => isOverdue(changed, '2024-07-01')).details).toEqual(
      notReplayed('isOverdue'),
    );
    expect(thrown(() => overdueBy(changed, '2024-07-01')).details).toEqual(
      notReplayed('overdueBy'),
    );
  });

  it('a claimed amount the parser would refuse is refused by the replay too', () => {
    for (const claimed of [Tenge.of(-5), '250000', 250000]) {
      expect(
        thrown(() => replayComplaint({ ...record, claimed } as ComplaintRecord), 'INVALID_RECORD')
          .details.issues,
      ).toEqual([
        {
          code: 'invalidType',
          path: ['claimed'],
          expected: 'nonNegativeTenge',
          received: typeof claimed === 'object' ? { type: 'tenge', amount: '-5.00' } : claimed,
        },
      ]);
    }
  });
});

describe('label functions take only a string key', () => {
  const labelled: [string, (key: never, locale: 'kk') => string, readonly string[]][] = [
    ['channelLabel', channelLabel, CHANNEL_KEYS],
    ['appealTypeLabel', appealTypeLabel, APPEAL_TYPE_KEYS],
    ['businessAnswerLabel', businessAnswerLabel, BUSINESS_ANSWER_KEYS],
    ['complaintEventTypeLabel', complaintEventTypeLabel, COMPLAINT_EVENT_TYPE_KEYS],
    ['complaintOutcomeLabel', complaintOutcomeLabel, COMPLAINT_OUTCOME_KEYS],
    ['complaintOutcomeGroupLabel', complaintOutcomeGroupLabel, COMPLAINT_OUTCOME_GROUP_KEYS],
    ['complaintStateLabel', complaintStateLabel, COMPLAINT_STATE_KEYS],
    ['refusalGroundLabel', refusalGroundLabel, REFUSAL_GROUND_KEYS],
    ['reliefKindLabel', reliefKindLabel, RELIEF_KIND_KEYS],
  ];

  it.each(labelled)('%s', (_, labelOf, keys) => {
    const key = keys[0] as string;
    expect(labelOf(key as never, 'kk').length).toBeGreaterThan(0);
    for (const [bad, shown] of [
      [[key], { type: 'array', length: 1 }],
      [Object.create(null), { type: 'object' }],
      [{ toString: () => key }, { type: 'object' }],
      ['toString', 'toString'],
      ['__proto__', '__proto__'],
      [1, 1],
    ] as const) {
      expect(thrown(() => labelOf(bad as never, 'kk'), 'INVALID_ARGUMENT').details).toEqual({
        field: 'key',
        received: shown,
        expected: 'oneOf',
        allowed: [...keys],
      });
    }
  });

  it('the example of the report: channelLabel(["paper"]) is refused, not answered', () => {
    expect(channelLabel('paper', 'kk')).toBe('қағаз жүзінде');
    expect(thrown(() => channelLabel(['paper'] as never, 'kk')).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => channelLabel(Object.create(null), 'kk')).code).toBe('INVALID_ARGUMENT');
  });
});

describe('text that hides what it holds', () => {
  it.each([
    ['a lone surrogate and a right-to-left override', '\uD800\u202E'],
    ['NUL', 'SH\u00002024'],
    ['a bidirectional isolate', 'SH-\u20662024'],
    ['whitespace around it', 'SH-2024 '],
  ])('an id with %s is refused', (_, id) => {
    const error = thrown(() => parseComplaintRecord(appealJson([], { id })), 'INVALID_RECORD');
    expect(error.details.issues).toEqual([
      {
        code: 'rule',
        rule: id.trim() === id ? 'plainText' : 'trimmed',
        path: ['id'],
        received: id,
      },
    ]);
  });

  it('so is a lawsuit id on a referral to court, and a name or subject that is not plain', () => {
    const refer = appealJson([
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-04' },
      { type: 'referToCourt', at: '2024-06-10', lawsuitId: 'L-1\u202E' },
    ]);
    expect(thrown(() => parseComplaintRecord(refer), 'INVALID_RECORD').details.issues).toEqual([
      { code: 'rule', rule: 'plainText', path: ['events', 2, 'lawsuitId'], received: 'L-1\u202E' },
    ]);
    const named = appealJson([], { consumer: { kind: 'individual', name: 'Ай\u0000гүл' } });
    expect(thrown(() => parseComplaintRecord(named), 'INVALID_RECORD').details.issues).toEqual([
      { code: 'rule', rule: 'plainText', path: ['consumer', 'name'], received: 'Ай\u0000гүл' },
    ]);
  });
});

describe('arrays too long to read', () => {
  const huge = new Array(2 ** 32 - 1);
  const tooMany = (path: (string | number)[]) => ({
    code: 'tooMany',
    path,
    max: 1000,
    length: 2 ** 32 - 1,
    received: { type: 'array', length: 2 ** 32 - 1 },
  });

  it('are refused by their length before any item is read', () => {
    expect(
      thrown(() => parseComplaintRecord(appealJson([], { events: huge })), 'INVALID_RECORD').details
        .issues,
    ).toEqual([tooMany(['events'])]);
    expect(
      thrown(() => replayComplaint({ ...record, events: huge }), 'INVALID_RECORD').details.issues,
    ).toEqual([tooMany(['events'])]);
    const long = { ...open, events: huge, history: huge };
    expect(
      thrown(() => applyComplaintEvent(long, explain), 'INVALID_RECORD').details.issues,
    ).toEqual([tooMany(['events'])]);
  });
});

describe('options with a key the function does not know', () => {
  it.each([
    ['replayComplaint', () => replayComplaint(record, { histroy: false } as never), 'histroy'],
    [
      'applyComplaintEvent',
      () => applyComplaintEvent(open, explain, { calender: undefined } as never),
      'calender',
    ],
    ['overdueBy', () => overdueBy(open, '2024-07-01', { calender: 1 } as never), 'calender'],
    [
      'complaintClocks',
      () => complaintClocks('2024-06-03T10:00:00+05:00', { workDayEnd: '17:00' } as never),
      'workDayEnd',
    ],
    ['complaintMachineToMermaid', () => complaintMachineToMermaid({ lang: 'kk' } as never), 'lang'],
  ])('%s refuses it, naming the key and the keys it knows', (fn, call, key) => {
    const error = thrown(call, 'INVALID_ARGUMENT');
    expect(error.details).toMatchObject({ fn, field: key, expected: 'knownKey' });
    expect(error.details.allowed?.length).toBeGreaterThan(0);
    expect(error.details.allowed).not.toContain(key);
  });

  it('replayComplaint names the keys it knows', () => {
    expect(thrown(() => replayComplaint(record, { histroy: false } as never)).details).toEqual({
      fn: 'replayComplaint',
      field: 'histroy',
      received: false,
      expected: 'knownKey',
      allowed: ['calendar', 'workdayEnd', 'extensionFrom', 'history'],
    });
  });
});

describe('the exported tables', () => {
  const tables: Record<string, Readonly<Record<string, Labels>>> = {
    CHANNELS,
    APPEAL_TYPES,
    BUSINESS_ANSWERS,
    COMPLAINT_EVENT_TYPES,
    COMPLAINT_OUTCOMES,
    COMPLAINT_OUTCOME_GROUPS,
    COMPLAINT_STATES,
    REFUSAL_GROUNDS,
    RELIEF_KINDS,
  };

  it('are frozen all the way down', () => {
    for (const [name, table] of Object.entries(tables)) {
      expect(Object.isFrozen(table), name).toBe(true);
      for (const labels of Object.values(table)) expect(Object.isFrozen(labels), name).toBe(true);
    }
    for (const keys of [CHANNEL_KEYS, APPEAL_TYPE_KEYS, COMPLAINT_OUTCOME_KEYS, RELIEF_KIND_KEYS])
      expect(Object.isFrozen(keys)).toBe(true);
    expect(Object.isFrozen(GROUP_OF_OUTCOME)).toBe(true);
    expect(Object.isFrozen(complaintMachine)).toBe(true);
    expect(Object.isFrozen(complaintMachine.transitions)).toBe(true);
    for (const transition of complaintMachine.transitions) {
      expect(Object.isFrozen(transition)).toBe(true);
      expect(Object.isFrozen(transition.from)).toBe(true);
    }
  });

  it('refuse a write, and the replay is as before', () => {
    const closed = [...record.events, explain];
    const before = replayComplaint({ ...record, events: closed });
    const writes: (() => void)[] = [
      () => {
        (complaintMachine.transitions as unknown as unknown[]).push({
          event: 'explain',
          from: ['closed'],
          to: 'underReview',
        });
      },
      () => {
        const [first] = complaintMachine.transitions;
        (first?.from as unknown as string[] | undefined)?.push('closed');
      },
      () => {
        (complaintMachine as { initial: string }).initial = 'underReview';
      },
      () => {
        (CHANNELS.paper as { kk: string }).kk = 'факс';
      },
      () => {
        (CHANNEL_KEYS as unknown as string[]).push('fax');
      },
      () => {
        (GROUP_OF_OUTCOME as Record<string, string>)['satisfied'] = 'open';
      },
    ];
    for (const write of writes) expect(write).toThrow(TypeError);
    expect(replayComplaint({ ...record, events: closed })).toEqual(before);
    expect(thrown(() => applyComplaintEvent(before, explain)).details).toMatchObject({
      state: 'closed',
      allowed: [],
    });
    expect(allowedComplaintEvents(open)).not.toContain('register');
    expect(channelLabel('paper', 'kk')).toBe('қағаз жүзінде');
    expect(thrown(() => channelLabel('fax' as never, 'kk')).code).toBe('INVALID_ARGUMENT');
  });
});
