import { describe, expect, it } from 'vitest';
import { TutynushyError } from '../../src/core/index.js';
import {
  LawsuitEventSchema,
  LawsuitRecordSchema,
  parseLawsuitEvent,
  parseLawsuitRecord,
  safeParseLawsuitEvent,
  safeParseLawsuitRecord,
} from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { FACTS } from './fixtures.js';

function failure(input: unknown): TutynushyError {
  const result = safeParseLawsuitRecord(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.error;
}

function paths(error: TutynushyError): string[] {
  return (error.details['issues'] as { path: PropertyKey[] }[]).map((issue) =>
    issue.path.join('.'),
  );
}

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
    expect(paths(against)).toEqual(['events.1.awarded']);
    expect(against.message).toContain('a decision against the consumer awards nothing');
    const zero = failure({
      ...record,
      events: [{ type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '0' }],
    });
    expect(paths(zero)).toEqual(['events.0.awarded']);
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
    expect(paths(failure({ ...record, events: [{ type: 'recover', at: '2024-05-14' }] }))).toEqual([
      'events.0.amount',
    ]);
    expect(
      paths(
        failure({ ...record, events: [{ type: 'recover', at: '2024-05-14', amount: 1000000 }] }),
      ),
    ).toEqual(['events.0.amount']);
    expect(
      paths(
        failure({ ...record, events: [{ type: 'recover', at: '2024-05-14', amount: '0.001' }] }),
      ),
    ).toEqual(['events.0.amount']);
  });

  it('rejects an unknown event type, naming the known ones', () => {
    const error = failure({ ...record, events: [{ type: 'judge', at: '2024-05-14' }] });
    expect(paths(error)).toEqual(['events.0.type']);
    expect(error.message).toContain(
      'events[0].type: unknown event type "judge": expected one of file, hearing, decide, appeal, settle, withdraw, dismiss, recover',
    );
    expect(paths(failure({ ...record, events: [5] }))).toEqual(['events.0']);
  });

  it('rejects unknown fields rather than dropping them', () => {
    expect(paths(failure({ ...record, judge: 'X' }))).toEqual(['']);
    expect(failure({ ...record, judge: 'X' }).message).toContain('judge');
    expect(
      paths(failure({ ...record, events: [{ type: 'file', at: '2024-02-12', amount: '5' }] })),
    ).toEqual(['events.0']);
  });

  it('rejects an appeal listed twice and empty texts', () => {
    expect(paths(failure({ ...record, appealIds: ['A-1', 'A-2', 'A-1'] }))).toEqual([
      'appealIds.2',
    ]);
    expect(paths(failure({ ...record, court: '   ', id: '' }))).toEqual(['id', 'court']);
    expect(failure({ ...record, court: '   ' }).message).toContain(
      'court: expected a non-empty text, got "   "',
    );
  });

  it('keeps a 50 kB input out of the message, in every text field', () => {
    const long = 'x'.repeat(50_000);
    const error = failure({ ...record, id: long, court: long });
    expect(paths(error)).toEqual(['id', 'court']);
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
      expect(tooLong.message).toContain(`expected at most ${max} characters, got 50000`);
      expect(tooLong.message.length).toBeLessThan(500);
    }
    // Values that are not free text are named, cut to a readable length.
    for (const fields of [
      { role: long },
      { claimed: long },
      { region: long },
      { events: [{ type: long, at: '2024-02-12' }] },
      { events: [{ type: 'file', at: long }] },
      { events: [{ type: 'decide', at: '2024-02-12', decision: long }] },
      { [long]: 'an unknown field with a 50 kB name' },
    ]) {
      const named = failure({ ...record, ...fields });
      expect(named.message).toContain('"… (50000 characters)');
      expect(named.message.length).toBeLessThan(600);
    }
  });

  it('names the value it refuses and what was expected', () => {
    expect(failure({ ...record, role: 'defendant' }).message).toBe(
      'Invalid lawsuit record "L-2024-007": role: expected the department\'s role: one of plaintiff, thirdParty, got "defendant"',
    );
    expect(
      failure({ ...record, events: [{ type: 'decide', at: '2024-03-19', decision: 'won' }] })
        .message,
    ).toContain(
      'events[0].decision: expected a decision: one of forConsumer, partlyForConsumer, againstConsumer, got "won"',
    );
    expect(failure({ ...record, events: [{ type: 'file', at: '2024-02-30' }] }).message).toContain(
      'events[0].at: expected a date YYYY-MM-DD or an ISO 8601 instant with an offset: Invalid date "2024-02-30": day 30 does not exist in 2024-02',
    );
    expect(failure({ ...record, events: [{ type: 'file', at: '2023-02-29' }] }).message).toContain(
      'Invalid date "2023-02-29": day 29 does not exist in 2023-02',
    );
    expect(failure({ ...record, events: [{ type: 'file', at: '2024-13' }] }).message).toContain(
      'Invalid instant "2024-13"',
    );
    expect(failure({ ...record, judge: 'X' }).message).toBe(
      'Invalid lawsuit record "L-2024-007": (record): unknown field "judge"',
    );
    expect(paths(failure({ ...record, appealIds: ['A-1', 'A-1'] }))).toEqual(['appealIds.1']);
    expect(failure({ ...record, appealIds: ['A-1', 'A-1'] }).message).toContain(
      'appealIds[1]: appeal "A-1" is listed twice',
    );
  });

  it('refuses what is not a record', () => {
    for (const input of [null, undefined, 'L-1', 42, Number.NaN, [], new Date(0)]) {
      expect(failure(input).code).toBe('INVALID_RECORD');
    }
    expect(() => parseLawsuitRecord({})).toThrow(TutynushyError);
  });

  it('tells a newer schema version apart from a broken record', () => {
    const error = failure({ ...record, schemaVersion: 2 });
    expect(error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    expect(error.message).toBe(
      'Cannot read lawsuit record "L-2024-007": it has schemaVersion 2, and this version of tutynushy reads schemaVersion 1 (a newer record needs a newer tutynushy)',
    );
    expect(error.details).toMatchObject({ schemaVersion: 2, supported: [1] });
    expect(failure({ ...record, schemaVersion: '1' }).code).toBe('INVALID_RECORD');
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
      expect(result.error.code).toBe('INVALID_RECORD');
      expect(result.error.message).toMatch(/^Invalid lawsuit event record: at: /);
    }
    expect(() =>
      parseLawsuitEvent({ type: 'recover', at: '2024-05-14', amount: '1', exceedsAwardReason: '' }),
    ).toThrow('exceedsAwardReason: expected a non-empty text');
  });
});
