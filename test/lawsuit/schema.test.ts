import { describe, expect, it } from 'vitest';
import { type AnyTutynushyError, type RecordIssue, TutynushyError } from '../../src/core/index.js';
import {
  LAWSUIT_DECISION_KEYS,
  LAWSUIT_EVENT_TYPE_KEYS,
  LawsuitEventSchema,
  LawsuitRecordSchema,
  parseLawsuitEvent,
  parseLawsuitRecord,
  safeParseLawsuitEvent,
  safeParseLawsuitRecord,
} from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { FACTS } from './fixtures.js';

function failure(input: unknown): AnyTutynushyError {
  const result = safeParseLawsuitRecord(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.error;
}

function issuesOf(error: AnyTutynushyError): readonly RecordIssue[] {
  if (error.code !== 'INVALID_RECORD')
    throw new Error(`expected INVALID_RECORD, got ${error.code}`);
  return error.details.issues;
}

function paths(error: AnyTutynushyError): string[] {
  return issuesOf(error).map((issue) => issue.path.join('.'));
}

const cut = (text: string) => `${text.slice(0, 200)}…`;

const record = {
  ...FACTS,
  events: [
    { type: 'file', at: '2024-02-12' },
    { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
  ],
};

describe('parseLawsuitRecord', () => {
  it('reads money as Tenge and the region as its two-digit code', () => {
    const parsed = parseLawsuitRecord({
      ...record,
      region: 'KZ-79',
      caseNumber: '7594-24-00-2/1234',
    });
    expect(parsed.claimed).toBeInstanceOf(Tenge);
    expect(parsed.claimed.toString()).toBe('1500000.00');
    expect(parsed.region).toBe('79');
    expect(parsed.caseNumber).toBe('7594-24-00-2/1234');
    const decide = parsed.events[1];
    expect(decide?.type === 'decide' && decide.awarded?.toString()).toBe('1424750.00');
  });

  it('accepts Tenge values as well as decimal strings', () => {
    const parsed = parseLawsuitRecord({ ...record, claimed: Tenge.of(1500000) });
    expect(parsed.claimed.toString()).toBe('1500000.00');
  });

  it('names each bad field by its path', () => {
    const error = failure({
      ...record,
      role: 'defendant',
      claimed: '-5',
      region: '99',
      events: [{ type: 'file', at: '2024-02-30' }],
    });
    expect(error.code).toBe('INVALID_RECORD');
    expect(paths(error)).toEqual(['role', 'claimed', 'region', 'events.0.at']);
    expect(issuesOf(error).map((issue) => issue.code)).toEqual([
      'notOneOf',
      'invalidValue',
      'invalidValue',
      'invalidValue',
    ]);
    expect(issuesOf(error).map((issue) => issue.error?.code)).toEqual([
      undefined,
      'INVALID_AMOUNT',
      'INVALID_REGION',
      'INVALID_DATE',
    ]);
    expect(error.message).toMatch(/^Invalid lawsuit record "L-2024-007": role: /);
    expect(error.message).toContain('events[0].at: ');
  });

  it('rejects an award on a decision against the consumer, and a zero award', () => {
    const against = failure({
      ...record,
      events: [
        { type: 'file', at: '2024-02-12' },
        { type: 'decide', at: '2024-03-19', decision: 'againstConsumer', awarded: '100' },
      ],
    });
    expect(issuesOf(against)).toEqual([
      {
        code: 'rule',
        rule: 'nothingAwardedAgainstConsumer',
        path: ['events', 1, 'awarded'],
        received: { type: 'tenge', amount: '100.00' },
      },
    ]);
    expect(against.message).toContain('a decision against the consumer awards nothing');
    const zero = failure({
      ...record,
      events: [{ type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '0' }],
    });
    expect(issuesOf(zero)).toEqual([
      {
        code: 'rule',
        rule: 'positiveAmount',
        path: ['events', 0, 'awarded'],
        received: { type: 'tenge', amount: '0.00' },
      },
    ]);
    expect(zero.message).toContain('expected an amount above zero');
  });

  it('accepts a decision for the consumer that awards no money', () => {
    const parsed = parseLawsuitRecord({
      ...record,
      events: [{ type: 'decide', at: '2024-03-19', decision: 'forConsumer' }],
    });
    expect(parsed.events[0]).toEqual({ type: 'decide', at: '2024-03-19', decision: 'forConsumer' });
  });

  it('rejects a recovery without an amount, or with a float amount', () => {
    expect(
      issuesOf(failure({ ...record, events: [{ type: 'recover', at: '2024-05-14' }] })),
    ).toEqual([{ code: 'required', path: ['events', 0, 'amount'] }]);
    expect(
      issuesOf(
        failure({ ...record, events: [{ type: 'recover', at: '2024-05-14', amount: 1000000 }] }),
      ),
    ).toEqual([
      {
        code: 'invalidValue',
        path: ['events', 0, 'amount'],
        received: 1000000,
        error: {
          code: 'INVALID_AMOUNT',
          details: { received: 1000000, problem: 'notDecimalString' },
        },
      },
    ]);
    expect(
      issuesOf(
        failure({ ...record, events: [{ type: 'recover', at: '2024-05-14', amount: '0.001' }] }),
      ),
    ).toEqual([
      {
        code: 'invalidValue',
        path: ['events', 0, 'amount'],
        received: '0.001',
        error: {
          code: 'INVALID_AMOUNT',
          details: { received: '0.001', problem: 'notExactToTiyn', decimals: 3 },
        },
      },
    ]);
  });

  it('rejects an unknown event type, naming the known ones', () => {
    const error = failure({ ...record, events: [{ type: 'judge', at: '2024-05-14' }] });
    expect(issuesOf(error)).toEqual([
      {
        code: 'notOneOf',
        path: ['events', 0, 'type'],
        allowed: [...LAWSUIT_EVENT_TYPE_KEYS],
        received: 'judge',
      },
    ]);
    expect(error.message).toContain(
      'events[0].type: expected one of file, hearing, decide, appeal, settle, withdraw, dismiss, recover, got "judge"',
    );
    expect(issuesOf(failure({ ...record, events: [5] }))).toEqual([
      { code: 'invalidType', path: ['events', 0], expected: 'object', received: 5 },
    ]);
  });

  it('rejects unknown fields rather than dropping them', () => {
    expect(issuesOf(failure({ ...record, judge: 'X' }))).toEqual([
      { code: 'unknownField', path: [], keys: ['judge'], count: 1 },
    ]);
    expect(
      issuesOf(failure({ ...record, events: [{ type: 'file', at: '2024-02-12', amount: '5' }] })),
    ).toEqual([
      {
        code: 'unknownField',
        path: ['events', 0],
        keys: ['amount'],
        count: 1,
        facts: { event: 'file' },
      },
    ]);
  });

  it('rejects an appeal listed twice and empty texts', () => {
    expect(issuesOf(failure({ ...record, appealIds: ['A-1', 'A-2', 'A-1'] }))).toEqual([
      { code: 'rule', rule: 'listedTwice', path: ['appealIds', 2], received: 'A-1' },
    ]);
    expect(issuesOf(failure({ ...record, court: '   ', id: '' }))).toEqual([
      { code: 'blank', path: ['id'], received: '' },
      { code: 'blank', path: ['court'], received: '   ' },
    ]);
    expect(failure({ ...record, court: '   ' }).message).toContain(
      'court: expected a non-empty text, got "   "',
    );
  });

  it('keeps a 50 kB input out of the message, in every text field', () => {
    const long = 'x'.repeat(50_000);
    const error = failure({ ...record, id: long, court: long });
    expect(issuesOf(error)).toEqual([
      { code: 'tooLong', path: ['id'], max: 200, length: 50_000, received: cut(long) },
      { code: 'tooLong', path: ['court'], max: 500, length: 50_000, received: cut(long) },
    ]);
    expect(error.details).toMatchObject({ recordId: cut(long) });
    expect(error.message.length).toBeLessThan(500);
    const cases: [Record<string, unknown>, string, number][] = [
      [{ court: long }, 'court', 500],
      [{ caseNumber: long }, 'caseNumber', 100],
      [{ appealIds: [long] }, 'appealIds.0', 200],
      [{ events: [{ type: 'file', at: '2024-02-12', note: long }] }, 'events.0.note', 2000],
      [
        {
          events: [{ type: 'recover', at: '2024-05-14', amount: '1', exceedsAwardReason: long }],
        },
        'events.0.exceedsAwardReason',
        2000,
      ],
    ];
    for (const [fields, path, max] of cases) {
      const tooLong = failure({ ...record, ...fields });
      expect(paths(tooLong)).toEqual([path]);
      expect(issuesOf(tooLong)[0]).toMatchObject({
        code: 'tooLong',
        max,
        length: 50_000,
        received: cut(long),
      });
      expect(tooLong.message).toContain(`expected at most ${max} characters, got 50000`);
      expect(tooLong.message.length).toBeLessThan(500);
    }
    // Values that are not free text are named, cut: in the details to 200
    // characters, in the message to a readable length.
    for (const [fields, path] of [
      [{ role: long }, 'role'],
      [{ claimed: long }, 'claimed'],
      [{ region: long }, 'region'],
      [{ events: [{ type: long, at: '2024-02-12' }] }, 'events.0.type'],
      [{ events: [{ type: 'file', at: long }] }, 'events.0.at'],
      [{ events: [{ type: 'decide', at: '2024-02-12', decision: long }] }, 'events.0.decision'],
    ] as const) {
      const named = failure({ ...record, ...fields });
      expect(paths(named)).toEqual([path]);
      expect(issuesOf(named)[0]?.received).toBe(cut(long));
      expect(named.message).toContain(`"${'x'.repeat(60)}"…`);
      expect(named.message.length).toBeLessThan(600);
      expect(JSON.stringify(named.details).length).toBeLessThan(1500);
    }
    const unknown = failure({ ...record, [long]: 'an unknown field with a 50 kB name' });
    expect(issuesOf(unknown)).toEqual([
      { code: 'unknownField', path: [], keys: [cut(long)], count: 1 },
    ]);
    expect(unknown.message.length).toBeLessThan(600);
  });

  it('names the value it refuses and what was expected', () => {
    const role = failure({ ...record, role: 'defendant' });
    expect(role.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-2024-007',
      issues: [
        {
          code: 'notOneOf',
          path: ['role'],
          allowed: ['plaintiff', 'thirdParty'],
          received: 'defendant',
        },
      ],
    });
    expect(role.message).toBe(
      'Invalid lawsuit record "L-2024-007": role: expected one of plaintiff, thirdParty, got "defendant"',
    );
    expect(
      issuesOf(
        failure({ ...record, events: [{ type: 'decide', at: '2024-03-19', decision: 'won' }] }),
      ),
    ).toEqual([
      {
        code: 'notOneOf',
        path: ['events', 0, 'decision'],
        allowed: [...LAWSUIT_DECISION_KEYS],
        received: 'won',
      },
    ]);
    const atIssue = (at: string) =>
      issuesOf(failure({ ...record, events: [{ type: 'file', at }] }));
    expect(atIssue('2024-02-30')).toEqual([
      {
        code: 'invalidValue',
        path: ['events', 0, 'at'],
        received: '2024-02-30',
        error: {
          code: 'INVALID_DATE',
          details: { received: '2024-02-30', problem: 'day', lastDay: 29 },
        },
      },
    ]);
    expect(failure({ ...record, events: [{ type: 'file', at: '2024-02-30' }] }).message).toContain(
      'events[0].at: Invalid date "2024-02-30": day 30 does not exist in 2024-02',
    );
    expect(atIssue('2023-02-29')[0]?.error).toEqual({
      code: 'INVALID_DATE',
      details: { received: '2023-02-29', problem: 'day', lastDay: 28 },
    });
    expect(atIssue('2024-13')[0]?.error).toEqual({
      code: 'INVALID_INSTANT',
      details: { received: '2024-13', problem: 'format' },
    });
    expect(failure({ ...record, judge: 'X' }).message).toBe(
      'Invalid lawsuit record "L-2024-007": (record): unknown field "judge"',
    );
    expect(issuesOf(failure({ ...record, appealIds: ['A-1', 'A-1'] }))).toEqual([
      { code: 'rule', rule: 'listedTwice', path: ['appealIds', 1], received: 'A-1' },
    ]);
    expect(failure({ ...record, appealIds: ['A-1', 'A-1'] }).message).toContain(
      'appealIds[1]: "A-1" is listed twice',
    );
  });

  it('refuses what is not a record', () => {
    for (const [input, issue] of [
      [null, { code: 'invalidType', path: [], expected: 'object', received: null }],
      [undefined, { code: 'required', path: [] }],
      ['L-1', { code: 'invalidType', path: [], expected: 'object', received: 'L-1' }],
      [42, { code: 'invalidType', path: [], expected: 'object', received: 42 }],
      [Number.NaN, { code: 'invalidType', path: [], expected: 'object', received: Number.NaN }],
      [
        [],
        {
          code: 'invalidType',
          path: [],
          expected: 'object',
          received: { type: 'array', length: 0 },
        },
      ],
    ] as const) {
      expect(issuesOf(failure(input))).toEqual([issue]);
    }
    expect(paths(failure(new Date(0)))).toEqual([
      'schemaVersion',
      'id',
      'court',
      'role',
      'appealIds',
      'claimed',
      'region',
      'events',
    ]);
    expect(() => parseLawsuitRecord({})).toThrow(TutynushyError);
  });

  it('tells a newer schema version apart from a broken record', () => {
    const error = failure({ ...record, schemaVersion: 2 });
    expect(error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    expect(error.message).toBe(
      'Cannot read lawsuit record "L-2024-007": it has schemaVersion 2, and this version of tutynushy reads schemaVersion 1 (a newer record needs a newer tutynushy)',
    );
    expect(error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-2024-007',
      received: 2,
      supported: [1],
    });
    expect(issuesOf(failure({ ...record, schemaVersion: '1' }))).toEqual([
      { code: 'notOneOf', path: ['schemaVersion'], allowed: [1], received: '1' },
    ]);
    const { schemaVersion: _, ...withoutVersion } = record;
    expect(paths(failure(withoutVersion))).toEqual(['schemaVersion']);
  });

  it('is the schema, with safe and throwing twins that agree', () => {
    expect(LawsuitRecordSchema.safeParse(record).success).toBe(true);
    expect(safeParseLawsuitRecord(record).ok).toBe(true);
    const bad = { ...record, role: 'judge' };
    const result = safeParseLawsuitRecord(bad);
    expect(() => parseLawsuitRecord(bad)).toThrow(result.ok ? 'unreachable' : result.error.message);
  });
});

describe('parseLawsuitEvent', () => {
  it('reads one event with its money', () => {
    const event = parseLawsuitEvent({ type: 'recover', at: '2024-05-14', amount: '1000000' });
    expect(event.type === 'recover' && event.amount.toString()).toBe('1000000.00');
    expect(LawsuitEventSchema.parse({ type: 'hearing', at: '2024-03-05' })).toEqual({
      type: 'hearing',
      at: '2024-03-05',
    });
    expect(parseLawsuitEvent({ type: 'settle', at: '2024-03-05T15:00:00+05:00' })).toEqual({
      type: 'settle',
      at: '2024-03-05T15:00:00+05:00',
    });
  });

  it('rejects a bad event naming the field', () => {
    const result = safeParseLawsuitEvent({ type: 'hearing', at: '2024-03-05T15:00' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.details).toEqual({
        kind: 'lawsuitEvent',
        issues: [
          {
            code: 'invalidValue',
            path: ['at'],
            received: '2024-03-05T15:00',
            error: {
              code: 'INVALID_INSTANT',
              details: { received: '2024-03-05T15:00', problem: 'format' },
            },
          },
        ],
      });
      expect(result.error.message).toMatch(/^Invalid lawsuit event: at: /);
    }
    const blank = safeParseLawsuitEvent({
      type: 'recover',
      at: '2024-05-14',
      amount: '1',
      exceedsAwardReason: '',
    });
    expect(!blank.ok && blank.error.details).toEqual({
      kind: 'lawsuitEvent',
      issues: [{ code: 'blank', path: ['exceedsAwardReason'], received: '' }],
    });
    expect(() =>
      parseLawsuitEvent({ type: 'recover', at: '2024-05-14', amount: '1', exceedsAwardReason: '' }),
    ).toThrow('exceedsAwardReason: expected a non-empty text');
  });
});
