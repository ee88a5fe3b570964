import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  isBusinessRegistration,
  isSystemAccount,
  parseSystemRegistrationRecord,
  SYSTEM_ACCOUNT_HEADINGS,
  SYSTEM_ACCOUNT_KEYS,
  SYSTEM_ACCOUNTS,
  type SystemRegistrationRecord,
  SystemRegistrationRecordSchema,
  safeParseSystemRegistrationRecord,
  systemAccountHeading,
  systemAccountLabel,
} from '../../src/business/index.js';
import type { AnyTutynushyError, RecordIssue } from '../../src/core/index.js';
import { addDays } from '../../src/core/local-date.js';

const consumer = {
  schemaVersion: 1,
  id: 'R-2024-000981',
  account: 'consumer',
  date: '2024-05-03',
  region: '79',
} as const;

const business = {
  schemaVersion: 1,
  id: 'R-2024-000982',
  account: 'business',
  date: '2024-02-29',
  region: '79',
  businessId: '971240001315',
} as const;

function failure(input: unknown): AnyTutynushyError {
  const result = safeParseSystemRegistrationRecord(input);
  if (result.ok) throw new Error('expected the registration to be rejected');
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

describe('account kinds', () => {
  it('are labelled as the unified-system KPI names them', () => {
    expect(SYSTEM_ACCOUNT_KEYS).toEqual(['consumer', 'business']);
    expect(systemAccountLabel('consumer', 'kk')).toBe('Тұтынушылар');
    expect(systemAccountLabel('business', 'kk')).toBe('Кәсіпкерлік субъектілері');
    expect(systemAccountLabel('consumer', 'en')).toBe('Users');
    expect(systemAccountHeading('consumer', 'en')).toBe('Users registered');
    expect(systemAccountHeading('business', 'en')).toBe('Business entities registered');
    for (const table of [SYSTEM_ACCOUNTS, SYSTEM_ACCOUNT_HEADINGS]) {
      for (const labels of Object.values(table)) {
        for (const locale of ['kk', 'ru', 'en'] as const) expect(labels[locale]).not.toBe('');
      }
    }
    for (const value of ['toString', 'admin', '', null]) expect(isSystemAccount(value)).toBe(false);
  });
});

describe('parseSystemRegistrationRecord', () => {
  it('reads consumer and business accounts', () => {
    const one = parseSystemRegistrationRecord(consumer);
    expect(one).toEqual(consumer);
    expect(isBusinessRegistration(one)).toBe(false);
    expect(isBusinessRegistration(null as never)).toBe(false);
    const two = parseSystemRegistrationRecord(business);
    expect(isBusinessRegistration(two) && two.businessId).toBe('971240001315');
    const { region: _, ...withoutRegion } = consumer;
    expect(parseSystemRegistrationRecord(withoutRegion).region).toBeUndefined();
    expect(parseSystemRegistrationRecord({ ...business, businessId: '851231400011' }).account).toBe(
      'business',
    );
  });

  it('rejects 2024-02-30, naming the field', () => {
    const error = failure({ ...consumer, date: '2024-02-30' });
    expect(issuesOf(error)).toEqual([
      {
        code: 'invalidValue',
        path: ['date'],
        received: '2024-02-30',
        error: {
          code: 'INVALID_DATE',
          details: { received: '2024-02-30', problem: 'day', lastDay: 29 },
        },
      },
    ]);
    expect(error.message).toContain('date: Invalid date "2024-02-30": day 30 does not exist');
    for (const [date, issue] of [
      [
        '2025-02-29',
        {
          code: 'invalidValue',
          error: {
            code: 'INVALID_DATE',
            details: { received: '2025-02-29', problem: 'day', lastDay: 28 },
          },
        },
      ],
      [
        '2024-5-3',
        {
          code: 'invalidValue',
          error: { code: 'INVALID_DATE', details: { received: '2024-5-3', problem: 'format' } },
        },
      ],
      [
        '',
        {
          code: 'invalidValue',
          error: { code: 'INVALID_DATE', details: { received: '', problem: 'format' } },
        },
      ],
      [
        '03.05.2024',
        {
          code: 'invalidValue',
          error: { code: 'INVALID_DATE', details: { received: '03.05.2024', problem: 'format' } },
        },
      ],
      [20240503, { code: 'invalidType', expected: 'string' }],
      [null, { code: 'invalidType', expected: 'string' }],
    ] as const) {
      expect(issuesOf(failure({ ...consumer, date }))).toEqual([
        { ...issue, path: ['date'], received: date },
      ]);
    }
  });

  it('requires the business id of a business account and forbids it on a consumer account', () => {
    const { businessId: _, ...withoutId } = business;
    expect(issuesOf(failure(withoutId))).toEqual([
      { code: 'rule', rule: 'businessIdRequired', path: ['businessId'] },
    ]);
    expect(failure(withoutId).message).toBe(
      'Invalid registration record "R-2024-000982": businessId: a business account needs its businessId: the business\'s BIN or IIN',
    );
    const onConsumer = failure({ ...consumer, businessId: '971240001315' });
    expect(issuesOf(onConsumer)).toEqual([
      { code: 'forbidden', path: ['businessId'], received: '971240001315' },
    ]);
    expect(onConsumer.message).toContain(
      'businessId: not allowed here: leave it out (got "971240001315")',
    );
    expect(issuesOf(failure({ ...business, businessId: '971240001310' }))[0]).toMatchObject({
      code: 'invalidValue',
      path: ['businessId'],
      error: { code: 'INVALID_BIN', details: { problem: 'checkDigit', expectedCheckDigit: 5 } },
    });
  });

  it('rejects unknown accounts, regions and fields, and other schema versions', () => {
    expect(issuesOf(failure({ ...consumer, account: 'admin' }))).toEqual([
      { code: 'notOneOf', path: ['account'], allowed: ['consumer', 'business'], received: 'admin' },
    ]);
    expect(failure({ ...consumer, account: 'admin' }).message).toContain(
      'account: expected one of consumer, business, got "admin"',
    );
    expect(issuesOf(failure({ ...consumer, region: '00' }))[0]).toMatchObject({
      code: 'invalidValue',
      path: ['region'],
      error: { code: 'INVALID_REGION', details: { problem: 'unknownCode', code: '00' } },
    });
    expect(issuesOf(failure({ ...consumer, iin: '851231400011' }))).toEqual([
      { code: 'unknownField', path: [], keys: ['iin'], count: 1 },
    ]);
    expect(failure({ ...consumer, schemaVersion: 2 }).details).toEqual({
      kind: 'systemRegistration',
      recordId: 'R-2024-000981',
      received: 2,
      supported: [1],
    });
    for (const [input, issue] of [
      [null, { code: 'invalidType', path: [], expected: 'object', received: null }],
      [undefined, { code: 'required', path: [] }],
      ['R-1', { code: 'invalidType', path: [], expected: 'object', received: 'R-1' }],
      [7, { code: 'invalidType', path: [], expected: 'object', received: 7 }],
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
    const long = 'x'.repeat(50_000);
    const cut = `${'x'.repeat(200)}…`;
    expect(issuesOf(failure({ ...consumer, id: long }))).toEqual([
      { code: 'tooLong', path: ['id'], max: 200, length: 50_000, received: cut },
    ]);
    expect(failure({ ...consumer, id: long }).message).toContain(
      'id: expected at most 200 characters, got 50000',
    );
    for (const [fields, path] of [
      [{ account: long }, 'account'],
      [{ region: long }, 'region'],
    ] as const) {
      const error = failure({ ...consumer, ...fields });
      expect(paths(error)).toEqual([path]);
      expect(issuesOf(error)[0]?.received).toBe(cut);
      expect(error.message).toContain(`"${'x'.repeat(60)}"…`);
      expect(error.message.length).toBeLessThan(500);
    }
    const unknown = failure({ ...consumer, [long]: 1 });
    expect(issuesOf(unknown)).toEqual([{ code: 'unknownField', path: [], keys: [cut], count: 1 }]);
    expect(unknown.message.length).toBeLessThan(500);
    expect(failure({ ...business, businessId: long }).message.length).toBeLessThan(500);
    expect(SystemRegistrationRecordSchema.safeParse(business).success).toBe(true);
  });

  propTest.prop([
    fc.array(
      fc.record({
        account: fc.constantFrom('consumer', 'business'),
        day: fc.integer({ min: 0, max: 365 }),
      }),
      { maxLength: 60 },
    ),
  ])('lets a report count accounts of each kind in a period', (rows) => {
    const registrations: SystemRegistrationRecord[] = rows.map(({ account, day }, index) =>
      parseSystemRegistrationRecord(
        JSON.parse(
          JSON.stringify({
            schemaVersion: 1,
            id: `R-${index}`,
            account,
            date: addDays('2024-01-01', day),
            ...(account === 'business' ? { businessId: '940140000385' } : {}),
          }),
        ),
      ),
    );
    const inFiveMonths = registrations.filter(
      (r) => r.date >= '2024-01-01' && r.date <= '2024-05-31',
    );
    const users = inFiveMonths.filter((r) => !isBusinessRegistration(r)).length;
    const businesses = inFiveMonths.filter(isBusinessRegistration).length;
    expect(users + businesses).toBe(inFiveMonths.length);
    expect(businesses).toBe(
      rows.filter((r) => r.account === 'business' && addDays('2024-01-01', r.day) <= '2024-05-31')
        .length,
    );
  });
});
