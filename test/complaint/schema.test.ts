import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_SCHEMA_VERSION,
  ComplaintEventSchema,
  ComplaintRecordSchema,
  migrateComplaintRecord,
  parseComplaintEvent,
  parseComplaintRecord,
  SUPPORTED_COMPLAINT_SCHEMA_VERSIONS,
  safeParseComplaintEvent,
  safeParseComplaintRecord,
} from '../../src/complaint/index.js';
import { formatRecordPath, type TutynushyError } from '../../src/core/index.js';
import { Tenge } from '../../src/money/index.js';
import { appealJson, HALYK_BIN } from './records.js';

const events = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
  { type: 'satisfy', at: '2024-06-14', refund: '250000' },
] as const;

function failure(input: unknown): TutynushyError {
  const result = safeParseComplaintRecord(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.error;
}

function paths(error: TutynushyError): string[] {
  const issues = error.details['issues'] as { path: PropertyKey[] }[];
  return issues.map((issue) => formatRecordPath(issue.path));
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
    expect(error.message).toContain('Invalid complaint record "SH-2024-0001"');
    expect(error.message).toContain(
      'channel: unknown channel "fax": expected one of eTutynushy, eOtinish',
    );
    expect(paths(error)).toEqual(['channel']);
    expect(error.details['recordId']).toBe('SH-2024-0001');
  });

  it('rejects a consumer IIN with a bad check digit', () => {
    const error = failure(
      appealJson([], { consumer: { kind: 'individual', iin: '900101300018' } }),
    );
    expect(error.code).toBe('INVALID_RECORD');
    expect(paths(error)).toEqual(['consumer.iin']);
    expect(error.message).toContain('consumer.iin');
  });

  it('rejects a negative refund and a zero one', () => {
    const negative = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14', refund: '-250000' }]),
    );
    expect(negative.code).toBe('INVALID_RECORD');
    expect(paths(negative)).toEqual(['events[2].refund']);
    const zero = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14', refund: '0' }]),
    );
    expect(zero.message).toContain('events[2].refund: a refund is a positive amount');
    expect(failure(appealJson([], { claimed: '-1' })).message).toContain('claimed');
  });

  it('rejects a refund on an appeal that was not satisfied', () => {
    const error = failure(
      appealJson([
        events[0],
        events[1],
        { type: 'explain', at: '2024-06-14', refund: '5000' } as unknown as (typeof events)[0],
      ]),
    );
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toContain(
      'events[2]: refund on an "explain" event: relief is recorded only on a "satisfy" event',
    );
  });

  it('asks a satisfied appeal for its relief', () => {
    const error = failure(
      appealJson([events[0], events[1], { type: 'satisfy', at: '2024-06-14' }]),
    );
    expect(error.message).toContain('events[2]: a satisfied appeal records its relief');
  });

  it('rejects schemaVersion 99, naming it and what is supported', () => {
    const error = failure(appealJson([], { schemaVersion: 99 }));
    expect(error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    expect(error.message).toBe(
      'Cannot read complaint record "SH-2024-0001": it has schemaVersion 99, and this version of tutynushy reads schemaVersion 1 (a newer record needs a newer tutynushy)',
    );
    expect(error.details).toMatchObject({ schemaVersion: 99, supported: [1] });
    expect(() => parseComplaintRecord({ schemaVersion: 99, id: 'A-1' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_SCHEMA_VERSION' }),
    );
    // No version at all, or not a number, is a bad record, not a newer one.
    expect(failure(appealJson([], { schemaVersion: undefined })).code).toBe('INVALID_RECORD');
    expect(failure(appealJson([], { schemaVersion: '1' })).code).toBe('INVALID_RECORD');
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
    expect((error.details['issues'] as unknown[]).length).toBe(9);
  });

  it('rejects what is not a record at all, and cuts a 50 kB field in the message', () => {
    for (const input of [null, undefined, 'SH-1', 42, Number.NaN, [], {}]) {
      expect(failure(input).code).toBe('INVALID_RECORD');
    }
    const long = failure(appealJson([], { subject: 'x'.repeat(50_000) }));
    expect(long.message).toContain('subject: expected at most 1000 characters');
    expect(long.message.length).toBeLessThan(500);
    const longId = failure(appealJson([], { id: 'x'.repeat(50_000) }));
    expect(longId.message.length).toBeLessThan(500);
    expect(failure(appealJson([], { claimed: 250000 })).message).toContain('claimed');
    expect(failure(appealJson([], { consumer: { kind: 'legalEntity' } })).message).toContain(
      'consumer.bin',
    );
    expect(failure(appealJson([], { consumer: { kind: 'company' } })).message).toContain(
      'unknown consumer kind "company"',
    );
  });

  it('rejects an unknown field on an event rather than dropping it', () => {
    const error = failure(
      appealJson([
        { type: 'register', at: '2024-06-03', by: 'clerk' } as unknown as (typeof events)[0],
      ]),
    );
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

describe('migrateComplaintRecord', () => {
  it('is the identity for the current version and refuses unknown ones', () => {
    const json = appealJson([...events]);
    expect(migrateComplaintRecord(json)).toBe(json);
    expect(migrateComplaintRecord({ schemaVersion: 1, id: 'A-1' })).toEqual({
      schemaVersion: 1,
      id: 'A-1',
    });
    expect(() => migrateComplaintRecord({ schemaVersion: 99, id: 'A-1' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_SCHEMA_VERSION' }),
    );
    expect(() => migrateComplaintRecord({ schemaVersion: 0 })).toThrow(
      'it has schemaVersion 0, and this version of tutynushy reads schemaVersion 1',
    );
    expect(migrateComplaintRecord('not a record')).toBe('not a record');
    expect(COMPLAINT_SCHEMA_VERSION).toBe(1);
    expect(SUPPORTED_COMPLAINT_SCHEMA_VERSIONS).toEqual([1]);
  });
});

describe('event type errors', () => {
  it('names an unknown event type, or says an object was expected', () => {
    const unknown = failure(
      appealJson([
        { type: 'close', at: '2024-06-04' } as unknown as { type: 'register'; at: string },
      ]),
    );
    expect(unknown.message).toContain(
      'events[0].type: unknown event type "close": expected one of register, forwardToBusiness',
    );
    const notObject = failure(appealJson([42 as unknown as { type: 'register'; at: string }]));
    expect(notObject.message).toContain('events[0]: expected an object with a type');
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
    ).toThrow('Invalid complaint event record: (record): refund on an "explain" event');
    const result = safeParseComplaintEvent({ type: 'close', at: '2024-06-05' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_RECORD');
    expect(safeParseComplaintEvent({ type: 'extend', at: '2024-06-05' }).ok).toBe(false);
  });
});
