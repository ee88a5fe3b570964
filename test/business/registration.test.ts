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
import { type TutynushyError } from '../../src/core/index.js';
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

function failure(input: unknown): TutynushyError {
  const result = safeParseSystemRegistrationRecord(input);
  if (result.ok) throw new Error('expected the registration to be rejected');
  return result.error;
}

function paths(error: TutynushyError): string[] {
  return (error.details['issues'] as { path: PropertyKey[] }[]).map((issue) =>
    issue.path.join('.'),
  );
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
    expect(error.code).toBe('INVALID_RECORD');
    expect(paths(error)).toEqual(['date']);
    expect(error.message).toContain('date: Invalid date "2024-02-30": day 30 does not exist');
    for (const date of ['2025-02-29', '2024-5-3', '', '03.05.2024', 20240503, null]) {
      expect(paths(failure({ ...consumer, date }))).toEqual(['date']);
    }
  });

  it('requires the business id of a business account and forbids it on a consumer account', () => {
    const { businessId: _, ...withoutId } = business;
    expect(paths(failure(withoutId))).toEqual(['businessId']);
    expect(failure(withoutId).message).toBe(
      'Invalid registration record "R-2024-000982": businessId: a business account needs its businessId: the business\'s BIN or IIN',
    );
    const onConsumer = failure({ ...consumer, businessId: '971240001315' });
    expect(paths(onConsumer)).toEqual(['businessId']);
    expect(onConsumer.message).toContain(
      'a consumer account has no businessId: leave it out (got "971240001315")',
    );
    expect(paths(failure({ ...business, businessId: '971240001310' }))).toEqual(['businessId']);
  });

  it('rejects unknown accounts, regions and fields, and other schema versions', () => {
    expect(paths(failure({ ...consumer, account: 'admin' }))).toEqual(['account']);
    expect(failure({ ...consumer, account: 'admin' }).message).toContain(
      'account: unknown account "admin": expected consumer or business',
    );
    expect(paths(failure({ ...consumer, region: '00' }))).toEqual(['region']);
    expect(paths(failure({ ...consumer, iin: '851231400011' }))).toEqual(['']);
    expect(failure({ ...consumer, schemaVersion: 2 }).code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    for (const input of [null, undefined, 'R-1', 7, []]) {
      expect(failure(input).code).toBe('INVALID_RECORD');
    }
    const long = 'x'.repeat(50_000);
    expect(failure({ ...consumer, id: long }).message).toContain(
      'id: expected at most 200 characters, got 50000',
    );
    for (const fields of [{ account: long }, { region: long }, { [long]: 1 }]) {
      const error = failure({ ...consumer, ...fields });
      expect(error.message).toContain('"… (50000 characters)');
      expect(error.message.length).toBeLessThan(500);
    }
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
