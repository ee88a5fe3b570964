import { describe, expect, it } from 'vitest';
import {
  CHANNEL_KEYS,
  COMPLAINT_EVENT_TYPE_KEYS,
  ComplaintEventSchema,
  ComplaintRecordSchema,
  parseComplaintEvent,
  parseComplaintRecord,
  safeParseComplaintEvent,
  safeParseComplaintRecord,
} from '../../src/complaint/index.js';
import {
  type AnyTutynushyError,
  formatRecordPath,
  type RecordIssue,
} from '../../src/core/index.js';
import { Tenge } from '../../src/money/index.js';
import { appealJson, HALYK_BIN } from './records.js';

const events = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
  { type: 'satisfy', at: '2024-06-14', refund: '250000' },
] as const;

function failure(input: unknown): AnyTutynushyError {
  const result = safeParseComplaintRecord(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.error;
}

function issuesOf(error: AnyTutynushyError): readonly RecordIssue[] {
  if (error.code !== 'INVALID_RECORD')
    throw new Error(`expected INVALID_RECORD, got ${error.code}`);
  return error.details.issues;
}

function paths(error: AnyTutynushyError): string[] {
  return issuesOf(error).map((issue) => formatRecordPath(issue.path));
}

describe('parseComplaintRecord', () => {
  it('reads stored JSON, holding money as Tenge', () => {
    const record = parseComplaintRecord(appealJson([...events], { claimed: '250000.00' }));
    expect(record.schemaVersion).toBe(1);
    expect(record.region).toBe('79');
    const satisfy = record.events[2];
    expect(satisfy?.type === 'satisfy' && satisfy.refund?.equals(Tenge.of(250000))).toBe(true);
    expect(record.claimed?.toString()).toBe('250000.00');
    expect(safeParseComplaintRecord(appealJson([...events])).ok).toBe(true);
  });

  it('reads the region in any form the regions module accepts', () => {
    for (const region of ['79', 'KZ-79', '790000000']) {
      expect(parseComplaintRecord(appealJson([], { region })).region).toBe('79');
    }
  });

  it('accepts a legal entity consumer, a consumer without IIN, no business, and free-text relief', () => {
    const record = parseComplaintRecord(
      appealJson(
        [
          { type: 'register', at: '2024-06-03' },
          { type: 'startReview', at: '2024-06-04' },
          { type: 'satisfy', at: '2024-06-05', inKind: 'repaired', nonMonetary: true },
        ],
        { consumer: { kind: 'legalEntity', bin: HALYK_BIN }, business: undefined },
      ),
    );
    expect(record.consumer).toEqual({ kind: 'legalEntity', bin: HALYK_BIN });
    expect(
      parseComplaintRecord(appealJson([], { consumer: { kind: 'individual' } })).consumer,
    ).toEqual({
      kind: 'individual',
    });
  });

  it('rejects an unknown channel, naming the field and the value', () => {
    const error = failure(appealJson([], { channel: 'fax' }));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.details).toEqual({
      kind: 'complaint',
      recordId: 'SH-2024-0001',
      issues: [
        { code: 'notOneOf', path: ['channel'], allowed: [...CHANNEL_KEYS], received: 'fax' },
      ],
    });
    expect(error.message).toContain('Invalid complaint record "SH-2024-0001"');
    expect(error.message).toContain('channel: expected one of eTutynushy, eOtinish');
  });

  it('rejects a consumer IIN with a bad check digit', () => {
    const error = failure(
      appealJson([], { consumer: { kind: 'individual', iin: '900101300018' } }),
    );
    expect(issuesOf(error)).toEqual([
      {
        code: 'invalidValue',
        path: ['consumer', 'iin'],
        received: '900101300018',
        error: {
          code: 'INVALID_IIN',
          details: {
            received: '900101300018',
            problem: 'checkDigit',
            part: 'checkDigit',
            digit: 8,
            expectedCheckDigit: 7,
          },
        },
      },
    ]);
    expect(error.message).toContain('consumer.iin');
  });

  it('rejects a negative refund and a zero one', () => {
    const negative = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14', refund: '-250000' }]),
    );
    expect(issuesOf(negative)).toEqual([
      {
        code: 'rule',
        rule: 'positiveAmount',
        path: ['events', 2, 'refund'],
        received: { type: 'tenge', amount: '-250000.00' },
      },
    ]);
    const zero = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14', refund: '0' }]),
    );
    expect(issuesOf(zero)).toEqual([
      {
        code: 'rule',
        rule: 'positiveAmount',
        path: ['events', 2, 'refund'],
        received: { type: 'tenge', amount: '0.00' },
      },
    ]);
    expect(zero.message).toContain('events[2].refund: expected an amount above zero');
    expect(issuesOf(failure(appealJson([], { claimed: '-1' })))).toEqual([
      {
        code: 'invalidValue',
        path: ['claimed'],
        received: '-1',
        error: { code: 'INVALID_AMOUNT', details: { received: '-1', problem: 'negative' } },
      },
    ]);
  });

  it('rejects a refund on an appeal that was not satisfied', () => {
    const error = failure(
      appealJson([
        events[0],
        events[1],
        { type: 'explain', at: '2024-06-14', refund: '5000' } as unknown as (typeof events)[0],
      ]),
    );
    expect(issuesOf(error)).toEqual([
      {
        code: 'rule',
        rule: 'reliefOnlyOnSatisfy',
        path: ['events', 2],
        keys: ['refund'],
        facts: { event: 'explain' },
      },
    ]);
    expect(error.message).toContain(
      'events[2]: refund on an "explain" event: relief is recorded only on a "satisfy" event',
    );
  });

  it('asks a satisfied appeal for its relief', () => {
    const error = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14' }]),
    );
    expect(issuesOf(error)).toEqual([
      { code: 'rule', rule: 'reliefRequired', path: ['events', 2], received: { type: 'object' } },
    ]);
    expect(error.message).toContain('events[2]: a satisfied appeal records its relief');
  });

  it('rejects schemaVersion 99, naming it and what is supported', () => {
    const error = failure(appealJson([], { schemaVersion: 99 }));
    expect(error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    expect(error.message).toBe(
      'Cannot read complaint record "SH-2024-0001": it has schemaVersion 99, and this version of tutynushy reads schemaVersion 1 (a newer record needs a newer tutynushy)',
    );
    expect(error.details).toEqual({
      kind: 'complaint',
      recordId: 'SH-2024-0001',
      received: 99,
      supported: [1],
    });
    expect(() => parseComplaintRecord({ schemaVersion: 99, id: 'A-1' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_SCHEMA_VERSION' }),
    );
    // No version at all, or not a number, is a bad record, not a newer one.
    expect(issuesOf(failure(appealJson([], { schemaVersion: undefined })))).toEqual([
      { code: 'notOneOf', path: ['schemaVersion'], allowed: [1], received: undefined },
    ]);
    expect(issuesOf(failure(appealJson([], { schemaVersion: '1' })))).toEqual([
      { code: 'notOneOf', path: ['schemaVersion'], allowed: [1], received: '1' },
    ]);
  });

  it('names every bad field of a nasty record', () => {
    const error = failure(
      appealJson(
        [
          { type: 'register', at: '2024-02-31' },
          { type: 'close', at: '2024-06-04' } as unknown as (typeof events)[0],
          {
            type: 'extend',
            at: '2024-06-04',
            until: '2024-07-01',
          } as unknown as (typeof events)[0],
        ],
        {
          receivedAt: '2024-06-03T10:00:00',
          appealType: 'жалоба',
          region: '99',
          sector: 'toString',
          subject: '   ',
          unknownField: true,
        },
      ),
    );
    expect(error.code).toBe('INVALID_RECORD');
    expect(paths(error).sort()).toEqual(
      [
        '(record)',
        'receivedAt',
        'appealType',
        'region',
        'sector',
        'subject',
        'events[0].at',
        'events[1].type',
        'events[2].reason',
      ].sort(),
    );
    expect(error.message).toContain('and 4 more');
    expect(issuesOf(error).map((issue) => issue.code)).toEqual([
      'invalidValue',
      'notOneOf',
      'invalidValue',
      'notOneOf',
      'blank',
      'invalidValue',
      'notOneOf',
      'required',
      'unknownField',
    ]);
  });

  it('rejects what is not a record at all, and cuts a 50 kB field in the message', () => {
    for (const [input, issue] of [
      [null, { code: 'invalidType', path: [], expected: 'object', received: null }],
      [undefined, { code: 'required', path: [] }],
      ['SH-1', { code: 'invalidType', path: [], expected: 'object', received: 'SH-1' }],
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
    expect(paths(failure({}))).toEqual([
      'schemaVersion',
      'id',
      'receivedAt',
      'channel',
      'appealType',
      'region',
      'sector',
      'subject',
      'consumer',
      'events',
    ]);
    const long = failure(appealJson([], { subject: 'x'.repeat(50_000) }));
    expect(long.message).toContain('subject: expected at most 1000 characters, got 50000');
    expect(long.message.length).toBeLessThan(500);
    const longId = failure(appealJson([], { id: 'x'.repeat(50_000) }));
    expect(longId.message.length).toBeLessThan(500);
    expect(longId.details).toMatchObject({ recordId: `${'x'.repeat(200)}…` });
    expect(issuesOf(longId)).toEqual([
      { code: 'tooLong', path: ['id'], max: 100, length: 50_000, received: `${'x'.repeat(200)}…` },
    ]);
    expect(issuesOf(failure(appealJson([], { claimed: 250000 })))).toEqual([
      {
        code: 'invalidValue',
        path: ['claimed'],
        received: 250000,
        error: {
          code: 'INVALID_AMOUNT',
          details: { received: 250000, problem: 'notDecimalString' },
        },
      },
    ]);
    expect(issuesOf(failure(appealJson([], { consumer: { kind: 'legalEntity' } })))).toEqual([
      { code: 'required', path: ['consumer', 'bin'] },
    ]);
    expect(issuesOf(failure(appealJson([], { consumer: { kind: 'company' } })))).toEqual([
      {
        code: 'notOneOf',
        path: ['consumer', 'kind'],
        allowed: ['individual', 'legalEntity'],
        received: 'company',
      },
    ]);
  });

  it('rejects an unknown field on an event rather than dropping it', () => {
    const error = failure(
      appealJson([
        { type: 'register', at: '2024-06-03', by: 'clerk' } as unknown as (typeof events)[0],
      ]),
    );
    expect(issuesOf(error)).toEqual([
      {
        code: 'unknownField',
        path: ['events', 0],
        keys: ['by'],
        count: 1,
        facts: { event: 'register' },
      },
    ]);
    expect(error.message).toContain('events[0]: unknown field "by" on a "register" event');
    const onExtend = failure(
      appealJson([
        { type: 'register', at: '2024-06-03' },
        { type: 'startReview', at: '2024-06-04' },
        {
          type: 'extend',
          at: '2024-06-05',
          until: '2024-07-01',
          reason: 'expert examination',
          days: 10,
        } as unknown as (typeof events)[0],
      ]),
    );
    expect(issuesOf(onExtend)).toEqual([
      {
        code: 'unknownField',
        path: ['events', 2],
        keys: ['days'],
        count: 1,
        facts: { event: 'extend' },
      },
    ]);
    expect(onExtend.message).toContain('events[2]: unknown field "days" on an "extend" event');
    // A 50 kB field name is cut in the message, not repeated whole.
    const huge = failure(
      appealJson([
        {
          type: 'register',
          at: '2024-06-03',
          ['k'.repeat(50_000)]: 1,
        } as unknown as (typeof events)[0],
      ]),
    );
    expect(huge.message.length).toBeLessThan(500);
  });
});

describe('ComplaintEventSchema and ComplaintRecordSchema', () => {
  it('are plain zod schemas', () => {
    expect(
      ComplaintEventSchema.parse({ type: 'satisfy', at: '2024-05-20', refund: '250000' }),
    ).toMatchObject({ type: 'satisfy' });
    const satisfied = ComplaintEventSchema.parse({
      type: 'satisfy',
      at: '2024-05-20',
      refund: '250000',
    });
    expect(satisfied.type === 'satisfy' && satisfied.refund?.toString()).toBe('250000.00');
    expect(
      ComplaintEventSchema.safeParse({ type: 'explain', at: '2024-05-20', refund: '5' }).success,
    ).toBe(false);
    expect(ComplaintRecordSchema.safeParse({ schemaVersion: 1, id: 'A-1' }).success).toBe(false);
    expect(safeParseComplaintRecord({ schemaVersion: 1 }).ok).toBe(false);
  });
});

describe('schema versions', () => {
  it('reads version 1 as it is and refuses the others by number, before any field', () => {
    const json = appealJson([...events]);
    expect(parseComplaintRecord(json).schemaVersion).toBe(1);
    for (const version of [99, 0, 2, -1, 1.5]) {
      const error = failure({ schemaVersion: version, id: 'A-1' });
      expect(error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
      expect(error.details).toEqual({
        kind: 'complaint',
        recordId: 'A-1',
        received: version,
        supported: [1],
      });
    }
    expect(failure({ schemaVersion: 0 }).message).toContain(
      'it has schemaVersion 0, and this version of tutynushy reads schemaVersion 1',
    );
    expect(failure('not a record').code).toBe('INVALID_RECORD');
  });
});

describe('event type errors', () => {
  it('names an unknown event type, or says an object was expected', () => {
    const unknown = failure(
      appealJson([
        { type: 'close', at: '2024-06-04' } as unknown as { type: 'register'; at: string },
      ]),
    );
    expect(issuesOf(unknown)).toEqual([
      {
        code: 'notOneOf',
        path: ['events', 0, 'type'],
        allowed: [...COMPLAINT_EVENT_TYPE_KEYS],
        received: 'close',
      },
    ]);
    expect(unknown.message).toContain(
      'events[0].type: expected one of register, forwardToBusiness',
    );
    const notObject = failure(appealJson([42 as unknown as { type: 'register'; at: string }]));
    expect(issuesOf(notObject)).toEqual([
      { code: 'invalidType', path: ['events', 0], expected: 'object', received: 42 },
    ]);
  });
});

describe('parseComplaintEvent', () => {
  it('reads one event for applyComplaintEvent, or names what is wrong', () => {
    const event = parseComplaintEvent({ type: 'satisfy', at: '2024-06-05', refund: '1424750.5' });
    expect(event.type === 'satisfy' && event.refund?.toString()).toBe('1424750.50');
    expect(
      parseComplaintEvent({ type: 'redirect', at: '2024-06-05', to: 'the tax authority' }).type,
    ).toBe('redirect');
    expect(() =>
      parseComplaintEvent({ type: 'explain', at: '2024-06-05', refund: '5000' }),
    ).toThrow('Invalid complaint event: (record): refund on an "explain" event');
    const result = safeParseComplaintEvent({ type: 'close', at: '2024-06-05' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.details).toEqual({
      kind: 'complaintEvent',
      issues: [
        {
          code: 'notOneOf',
          path: ['type'],
          allowed: [...COMPLAINT_EVENT_TYPE_KEYS],
          received: 'close',
        },
      ],
    });
    const extend = safeParseComplaintEvent({ type: 'extend', at: '2024-06-05' });
    expect(!extend.ok && extend.error.details).toEqual({
      kind: 'complaintEvent',
      issues: [
        { code: 'required', path: ['until'] },
        { code: 'required', path: ['reason'] },
      ],
    });
  });
});
