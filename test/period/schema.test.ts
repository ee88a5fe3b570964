import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatRecordIssue } from '../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../src/core/local-date.js';
import { issueOfZod } from '../../src/core/record-error.js';
import {
  dayRangePeriod,
  monthsOfYear,
  parsePeriod,
  quarterPeriod,
  safeParsePeriod,
} from '../../src/period/index.js';
import { PeriodCodeSchema, PeriodSchema } from '../../src/schemas/index.js';
import { thrown } from '../support/errors.js';

const CODES = [
  '2024',
  '2024-H1',
  '2024-Q4',
  '2024-05',
  '2024-01/2024-05',
  '2023-12/2024-02',
  '2024-01-01/2024-05-31',
];

describe('PeriodCodeSchema', () => {
  it('passes a code through as it is', () => {
    for (const code of CODES) expect(PeriodCodeSchema.parse(code)).toBe(code);
  });

  it.each([
    ['2024-13', 'Invalid period "2024-13": month 13 does not exist (expected 1 to 12)'],
    ['2024-q2', 'Invalid period "2024-q2": the letter is written in upper case: "2024-Q2"'],
    [
      '0999',
      'Invalid period "0999": year 999 is not supported (expected a whole year from 1000 to 9999)',
    ],
    [
      '2024-02-30/2024-03-01',
      'Invalid period "2024-02-30/2024-03-01": start: day 30 does not exist in 2024-02 (expected 01–29)',
    ],
    [
      '2024-05/2024-01',
      'Invalid period "2024-05/2024-01": the end 2024-01 is before the start 2024-05',
    ],
    // Not a string at all: zod's own check comes first, as for every string field.
    [5, 'expected a string, got 5'],
  ])('refuses %j with one issue holding the library’s error', (value, message) => {
    const result = PeriodCodeSchema.safeParse(value, { reportInput: true });
    expect(result.success).toBe(false);
    const issues = (result.error?.issues ?? []).map(issueOfZod);
    const error = thrown(() => parsePeriod(value as string), 'INVALID_PERIOD');
    expect(issues).toEqual([
      typeof value === 'string'
        ? {
            code: 'invalidValue',
            path: [],
            received: value,
            error: { code: 'INVALID_PERIOD', details: error.details },
          }
        : { code: 'invalidType', path: [], expected: 'string', received: value },
    ]);
    expect(issues.map((issue) => formatRecordIssue(issue, 'en'))).toEqual([message]);
  });

  it('has a JSON Schema whose pattern admits every code parsePeriod reads', () => {
    const schema = z.toJSONSchema(PeriodCodeSchema) as { type: string; pattern: string };
    expect(schema.type).toBe('string');
    const pattern = new RegExp(schema.pattern);
    for (const code of CODES) expect(pattern.test(code), code).toBe(true);
    for (const code of ['24-05', '2024-13', '2024-q2', '2024-Q5', '2024-01/2024-05-31', ' 2024']) {
      expect(pattern.test(code), code).toBe(false);
    }
  });

  test.prop([
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, n]) => monthsOfYear(y, n).code),
      fc
        .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(1 as const, 4 as const))
        .map(([y, q]) => quarterPeriod(y, q).code),
      fc
        .tuple(
          fc.integer({ min: toEpochDay('1000-01-01'), max: toEpochDay('9998-12-31') - 400 }),
          fc.nat(400),
        )
        .map(([day, n]) => dayRangePeriod(fromEpochDay(day), fromEpochDay(day + n)).code),
      fc.string({ maxLength: 22 }),
      fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?(\/\d{4}-\d{2}(-\d{2})?)?$/),
    ),
  ])('agrees with safeParsePeriod on any string', (code) => {
    expect(PeriodCodeSchema.safeParse(code).success).toBe(safeParsePeriod(code).ok);
    const pattern = new RegExp((z.toJSONSchema(PeriodCodeSchema) as { pattern: string }).pattern);
    if (safeParsePeriod(code).ok) expect(pattern.test(code)).toBe(true);
  });
});

describe('PeriodSchema', () => {
  it('reads a period back from its JSON, frozen', () => {
    for (const code of CODES) {
      const period = parsePeriod(code);
      const read = PeriodSchema.parse(JSON.parse(JSON.stringify(period)));
      expect(read).toStrictEqual(period);
      expect(Object.isFrozen(read)).toBe(true);
    }
  });

  it('refuses a period whose fields disagree with its code, or have one too many', () => {
    const quarter = JSON.parse(JSON.stringify(parsePeriod('2024-Q2')));
    const message = (value: unknown) =>
      PeriodSchema.safeParse(value, { reportInput: true })
        .error?.issues.map(issueOfZod)
        .map((issue) => formatRecordIssue(issue, 'en'));
    const issues = (value: unknown) =>
      PeriodSchema.safeParse(value, { reportInput: true }).error?.issues.map(issueOfZod);
    expect(issues({ ...quarter, end: '2024-06-29' })).toMatchObject([
      {
        code: 'invalidValue',
        path: [],
        error: {
          code: 'INVALID_PERIOD',
          details: {
            problem: 'fieldsDisagree',
            field: 'end',
            expected: '2024-06-30',
            actual: '2024-06-29',
            fn: 'PeriodSchema',
          },
        },
      },
    ]);
    expect(issues({ ...quarter, month: 4 })).toEqual([
      { code: 'unknownField', path: [], keys: ['month'], count: 1 },
    ]);
    expect(message({ ...quarter, end: '2024-06-29' })).toEqual([
      'Invalid period given to PeriodSchema: its end "2024-06-29" disagrees with its code (expected "2024-06-30")',
    ]);
    const { quarter: _, ...rest } = quarter;
    expect(message({ ...rest, kind: 'month', month: 4 })).toEqual([
      'Invalid period given to PeriodSchema: its kind "month" disagrees with its code (expected "quarter")',
    ]);
    expect(message({ ...quarter, month: 4 })).toEqual(['unknown field "month"']);
    expect(PeriodSchema.safeParse({ ...quarter, quarter: 5 }).success).toBe(false);
    expect(PeriodSchema.safeParse({ ...quarter, code: '2024-Q5' }).success).toBe(false);
    expect(PeriodSchema.safeParse('2024-Q2').success).toBe(false);
  });

  it('has a JSON Schema of one strict shape per kind', () => {
    const schema = z.toJSONSchema(PeriodSchema, { io: 'input' }) as unknown as {
      oneOf: { properties: { kind: { const: string } }; additionalProperties: boolean }[];
    };
    expect(schema.oneOf.map((shape) => shape.properties.kind.const)).toEqual([
      'year',
      'halfYear',
      'quarter',
      'month',
      'months',
      'monthRange',
      'dayRange',
    ]);
    expect(schema.oneOf.every((shape) => shape.additionalProperties === false)).toBe(true);
  });
});
