import { describe, expect, it } from 'vitest';
import { received } from '../../src/core/received.js';
import {
  dayRangePeriod,
  halfYearPeriod,
  monthPeriod,
  monthsOfYear,
  parsePeriod,
  quarterPeriod,
  safeParsePeriod,
  yearPeriod,
} from '../../src/period/index.js';
import { thrown } from '../support/errors.js';

describe('parsePeriod reads every kind of code', () => {
  it.each([
    ['2024', { code: '2024', kind: 'year', start: '2024-01-01', end: '2024-12-31', year: 2024 }],
    [
      '2024-H1',
      {
        code: '2024-H1',
        kind: 'halfYear',
        start: '2024-01-01',
        end: '2024-06-30',
        year: 2024,
        half: 1,
      },
    ],
    [
      '2024-H2',
      {
        code: '2024-H2',
        kind: 'halfYear',
        start: '2024-07-01',
        end: '2024-12-31',
        year: 2024,
        half: 2,
      },
    ],
    [
      '2024-Q1',
      {
        code: '2024-Q1',
        kind: 'quarter',
        start: '2024-01-01',
        end: '2024-03-31',
        year: 2024,
        quarter: 1,
      },
    ],
    [
      '2024-Q2',
      {
        code: '2024-Q2',
        kind: 'quarter',
        start: '2024-04-01',
        end: '2024-06-30',
        year: 2024,
        quarter: 2,
      },
    ],
    [
      '2024-Q3',
      {
        code: '2024-Q3',
        kind: 'quarter',
        start: '2024-07-01',
        end: '2024-09-30',
        year: 2024,
        quarter: 3,
      },
    ],
    [
      '2024-Q4',
      {
        code: '2024-Q4',
        kind: 'quarter',
        start: '2024-10-01',
        end: '2024-12-31',
        year: 2024,
        quarter: 4,
      },
    ],
    [
      '2024-05',
      {
        code: '2024-05',
        kind: 'month',
        start: '2024-05-01',
        end: '2024-05-31',
        year: 2024,
        month: 5,
      },
    ],
    [
      '2024-02',
      {
        code: '2024-02',
        kind: 'month',
        start: '2024-02-01',
        end: '2024-02-29',
        year: 2024,
        month: 2,
      },
    ],
    [
      '2025-02',
      {
        code: '2025-02',
        kind: 'month',
        start: '2025-02-01',
        end: '2025-02-28',
        year: 2025,
        month: 2,
      },
    ],
    // «2024 жылдың 5 айында» = 1 January – 31 May 2024
    [
      '2024-01/2024-05',
      {
        code: '2024-01/2024-05',
        kind: 'months',
        start: '2024-01-01',
        end: '2024-05-31',
        year: 2024,
        monthCount: 5,
      },
    ],
    [
      '2024-01/2024-01',
      {
        code: '2024-01/2024-01',
        kind: 'months',
        start: '2024-01-01',
        end: '2024-01-31',
        year: 2024,
        monthCount: 1,
      },
    ],
    [
      '2024-01/2024-12',
      {
        code: '2024-01/2024-12',
        kind: 'months',
        start: '2024-01-01',
        end: '2024-12-31',
        year: 2024,
        monthCount: 12,
      },
    ],
    [
      '2024-03/2024-05',
      { code: '2024-03/2024-05', kind: 'monthRange', start: '2024-03-01', end: '2024-05-31' },
    ],
    [
      '2023-12/2024-02',
      { code: '2023-12/2024-02', kind: 'monthRange', start: '2023-12-01', end: '2024-02-29' },
    ],
    [
      '2023-01/2024-03',
      { code: '2023-01/2024-03', kind: 'monthRange', start: '2023-01-01', end: '2024-03-31' },
    ],
    [
      '2024-01-01/2024-05-31',
      { code: '2024-01-01/2024-05-31', kind: 'dayRange', start: '2024-01-01', end: '2024-05-31' },
    ],
    [
      '2024-05-03/2024-05-03',
      { code: '2024-05-03/2024-05-03', kind: 'dayRange', start: '2024-05-03', end: '2024-05-03' },
    ],
    [
      '2023-12-25/2024-01-10',
      { code: '2023-12-25/2024-01-10', kind: 'dayRange', start: '2023-12-25', end: '2024-01-10' },
    ],
    ['1000', { code: '1000', kind: 'year', start: '1000-01-01', end: '1000-12-31', year: 1000 }],
    [
      '9999-Q4',
      {
        code: '9999-Q4',
        kind: 'quarter',
        start: '9999-10-01',
        end: '9999-12-31',
        year: 9999,
        quarter: 4,
      },
    ],
  ])('%s', (code, expected) => {
    const period = parsePeriod(code);
    expect(period).toStrictEqual(expected);
    expect(Object.isFrozen(period)).toBe(true);
    // The fields come in one order, so that JSON of equal periods is equal text.
    expect(Object.keys(period)).toEqual(Object.keys(expected));
    expect(safeParsePeriod(code)).toEqual({ ok: true, value: expected });
  });

  it('keeps a day range a day range even when its days are whole months', () => {
    expect(parsePeriod('2024-01-01/2024-03-31').kind).toBe('dayRange');
    expect(parsePeriod('2024-01-01/2024-12-31').kind).toBe('dayRange');
    expect(parsePeriod('2024-05-01/2024-05-31').code).toBe('2024-05-01/2024-05-31');
  });
});

describe('parsePeriod refuses what is not a period code, saying why', () => {
  it.each([
    [
      '2024-13',
      'month 13 does not exist',
      { problem: 'monthOutOfRange', month: 13, min: 1, max: 12 },
    ],
    [
      '2024-00',
      'month 0 does not exist',
      { problem: 'monthOutOfRange', month: 0, min: 1, max: 12 },
    ],
    [
      '2024-Q5',
      'quarter 5 does not exist',
      { problem: 'quarterOutOfRange', quarter: 5, min: 1, max: 4 },
    ],
    [
      '2024-Q0',
      'quarter 0 does not exist',
      { problem: 'quarterOutOfRange', quarter: 0, min: 1, max: 4 },
    ],
    [
      '2024-H3',
      'half-year 3 does not exist',
      { problem: 'halfOutOfRange', half: 3, min: 1, max: 2 },
    ],
    [
      '2024-05/2024-01',
      'the end 2024-01 is before the start 2024-05',
      { problem: 'endBeforeStart', start: '2024-05', end: '2024-01' },
    ],
    [
      '2024-05-02/2024-05-01',
      'the end 2024-05-01 is before the start 2024-05-02',
      { problem: 'endBeforeStart', start: '2024-05-02', end: '2024-05-01' },
    ],
    [
      '24-05',
      'expected "2024", "2024-H1", "2024-Q2", "2024-05", "2024-01/2024-05" or "2024-01-01/2024-05-31"',
      {
        problem: 'format',
        expected: [
          '2024',
          '2024-H1',
          '2024-Q2',
          '2024-05',
          '2024-01/2024-05',
          '2024-01-01/2024-05-31',
        ],
      },
    ],
    [
      '2024-02-30/2024-03-01',
      'start: day 30 does not exist in 2024-02 (expected 01–29)',
      { problem: 'dayDoesNotExist', date: '2024-02-30', lastDay: 29, part: 'start' },
    ],
    [
      '2025-02-01/2025-02-29',
      'end: day 29 does not exist in 2025-02 (expected 01–28)',
      { problem: 'dayDoesNotExist', date: '2025-02-29', lastDay: 28, part: 'end' },
    ],
    [
      '2024-01/2024-13',
      'end: month 13 does not exist',
      { problem: 'monthOutOfRange', month: 13, part: 'end' },
    ],
    [
      '2024-13-01/2024-12-31',
      'start: month 13 does not exist',
      { problem: 'monthOutOfRange', month: 13, part: 'start' },
    ],
    ['', 'expected a period code such as "2024"', { problem: 'empty' }],
    [
      '0999',
      'year 999 is not supported (expected a whole year from 1000 to 9999)',
      {
        problem: 'yearOutOfRange',
        year: 999,
        min: 1000,
        max: 9999,
      },
    ],
    [
      '0999-12/1000-02',
      'start: year 999 is not supported',
      { problem: 'yearOutOfRange', year: 999, part: 'start' },
    ],
    // One spelling per period: the letter is upper case …
    [
      '2024-q2',
      'the letter is written in upper case: "2024-Q2"',
      { problem: 'lowerCase', expected: '2024-Q2' },
    ],
    [
      '2024-h1',
      'the letter is written in upper case: "2024-H1"',
      { problem: 'lowerCase', expected: '2024-H1' },
    ],
    // … unless something else is wrong too, which is named instead
    ['2024-q5', 'quarter 5 does not exist', { problem: 'quarterOutOfRange', quarter: 5 }],
    // … a month is its month, not a range of one …
    [
      '2024-03/2024-03',
      'a range of one month is the month "2024-03"',
      {
        problem: 'singleMonthRange',
        expected: '2024-03',
      },
    ],
    // … a day is a range of one day
    [
      '2024-05-01',
      'a single day is the range "2024-05-01/2024-05-01"',
      {
        problem: 'dateNotPeriod',
        expected: '2024-05-01/2024-05-01',
      },
    ],
    [
      '2024-02-30',
      'day 30 does not exist in 2024-02',
      { problem: 'dayDoesNotExist', date: '2024-02-30' },
    ],
    [
      '2024-01/2024-05-31',
      'both ends of a range are months or both are days',
      {
        problem: 'mixedRange',
        expected: ['2024-03/2024-05', '2024-03-01/2024-04-15'],
      },
    ],
    [
      '2024-01/',
      'end: expected "2024-03/2024-05" or "2024-03-01/2024-04-15"',
      { problem: 'format', part: 'end' },
    ],
    ['/2024-05', 'start: expected', { problem: 'format', part: 'start' }],
    ['2024/2025', 'expected "2024-03/2024-05" or "2024-03-01/2024-04-15"', { problem: 'format' }],
    ['2024-01/2024-02/2024', 'expected "2024"', { problem: 'format' }],
    // Nothing is trimmed or guessed.
    [' 2024', 'expected "2024"', { problem: 'format' }],
    ['2024 ', 'expected "2024"', { problem: 'format' }],
    ['2024-5', 'expected "2024"', { problem: 'format' }],
    ['2024–05', 'expected "2024"', { problem: 'format' }],
    ['2024-Q10', 'expected "2024"', { problem: 'format' }],
    ['2024-I', 'expected "2024"', { problem: 'format' }],
    ['２０２４', 'expected "2024"', { problem: 'format' }],
    [
      '2024-01 / 2024-05',
      'expected "2024-03/2024-05" or "2024-03-01/2024-04-15"',
      { problem: 'format' },
    ],
  ])('%j', (code, words, facts) => {
    const result = safeParsePeriod(code);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_PERIOD');
    expect(result.error.message.startsWith(`Invalid period ${JSON.stringify(code)}: `)).toBe(true);
    expect(result.error.message).toContain(words);
    expect(result.error.details).toMatchObject({ received: code, ...facts });
    expect(thrown(() => parsePeriod(code)).details).toEqual(result.error.details);
  });

  it.each([
    [5, '5'],
    [2024, '2024'],
    [null, 'null'],
    [undefined, 'undefined'],
    [Number.NaN, 'NaN'],
    [{ code: '2024' }, 'an object'],
    [['2024'], 'an array of 1'],
    [new Date('2024-05-01'), 'Date(2024-05-01T00:00:00.000Z)'],
  ])('refuses the non-string %s', (value, shown) => {
    const error = thrown(() => parsePeriod(value));
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.message).toBe(
      `Invalid period ${shown}: expected a period code, a string such as "2024-Q2"`,
    );
    expect(error.details).toMatchObject({ problem: 'notString', received: received(value) });
  });

  it('refuses a 50 kB string by its length, keeping a cut of it', () => {
    const huge = `2024-${'0'.repeat(50_000)}`;
    const error = thrown(() => parsePeriod(huge));
    expect(error.details).toEqual({
      received: `${huge.slice(0, 200)}…`,
      problem: 'tooLong',
      length: 50_005,
      max: 21,
    });
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('a period code has at most 21 characters, got 50005');
    // 21 characters is the longest code; 22 is refused unread.
    expect(parsePeriod('2024-01-01/2024-05-31').code).toHaveLength(21);
    expect(safeParsePeriod('2024-01-01/2024-05-311').ok).toBe(false);
    expect(
      thrown(() => parsePeriod('2024-01-01/2024-05-311'), 'INVALID_PERIOD').details.problem,
    ).toBe('tooLong');
  });
});

describe('the constructors', () => {
  it('build the period their code names', () => {
    expect(yearPeriod(2024)).toStrictEqual(parsePeriod('2024'));
    expect(halfYearPeriod(2024, 1)).toStrictEqual(parsePeriod('2024-H1'));
    expect(halfYearPeriod(2024, 2)).toStrictEqual(parsePeriod('2024-H2'));
    expect(quarterPeriod(2024, 1)).toStrictEqual(parsePeriod('2024-Q1'));
    expect(quarterPeriod(2024, 4)).toStrictEqual(parsePeriod('2024-Q4'));
    expect(monthPeriod(2024, 5)).toStrictEqual(parsePeriod('2024-05'));
    expect(monthPeriod(2024, 12)).toStrictEqual(parsePeriod('2024-12'));
    // «5 months of 2024», «9 months of 2024»
    expect(monthsOfYear(2024, 5)).toStrictEqual(parsePeriod('2024-01/2024-05'));
    expect(monthsOfYear(2024, 9).end).toBe('2024-09-30');
    expect(monthsOfYear(2024, 1).code).toBe('2024-01/2024-01');
    expect(dayRangePeriod('2024-03-01', '2024-04-15')).toStrictEqual(
      parsePeriod('2024-03-01/2024-04-15'),
    );
    expect(dayRangePeriod('2024-03-01', '2024-03-01').code).toBe('2024-03-01/2024-03-01');
    for (const period of [
      yearPeriod(2024),
      monthsOfYear(2024, 5),
      dayRangePeriod('2024-03-01', '2024-03-02'),
    ]) {
      expect(Object.isFrozen(period)).toBe(true);
    }
  });

  it.each([
    [
      () => yearPeriod(24),
      'yearPeriod',
      24,
      { problem: 'yearOutOfRange', year: 24, min: 1000, max: 9999 },
    ],
    [() => yearPeriod(10_000), 'yearPeriod', 10_000, { problem: 'yearOutOfRange', year: 10_000 }],
    [() => yearPeriod(2024.5), 'yearPeriod', 2024.5, { problem: 'yearOutOfRange', year: 2024.5 }],
    [() => yearPeriod(Number.NaN), 'yearPeriod', Number.NaN, { problem: 'yearOutOfRange' }],
    [
      () => yearPeriod('2024' as unknown as number),
      'yearPeriod',
      '2024',
      { problem: 'yearOutOfRange', year: '2024' },
    ],
    [
      () => halfYearPeriod(2024, 3 as 1),
      'halfYearPeriod',
      3,
      { problem: 'halfOutOfRange', half: 3, min: 1, max: 2 },
    ],
    [
      () => quarterPeriod(2024, 5 as 1),
      'quarterPeriod',
      5,
      { problem: 'quarterOutOfRange', quarter: 5, min: 1, max: 4 },
    ],
    [
      () => quarterPeriod(2024, 1.5 as 1),
      'quarterPeriod',
      1.5,
      { problem: 'quarterOutOfRange', quarter: 1.5 },
    ],
    [() => quarterPeriod(999, 1), 'quarterPeriod', 999, { problem: 'yearOutOfRange', year: 999 }],
    [
      () => monthPeriod(2024, 13),
      'monthPeriod',
      13,
      { problem: 'monthOutOfRange', month: 13, min: 1, max: 12 },
    ],
    [() => monthPeriod(2024, 0), 'monthPeriod', 0, { problem: 'monthOutOfRange', month: 0 }],
    [
      () => monthsOfYear(2024, 0),
      'monthsOfYear',
      0,
      { problem: 'monthCountOutOfRange', monthCount: 0, min: 1, max: 12 },
    ],
    [
      () => monthsOfYear(2024, 13),
      'monthsOfYear',
      13,
      { problem: 'monthCountOutOfRange', monthCount: 13 },
    ],
    [
      () => dayRangePeriod('2024-02-30', '2024-03-01'),
      'dayRangePeriod',
      '2024-02-30',
      { problem: 'dayDoesNotExist', date: '2024-02-30', lastDay: 29, part: 'start' },
    ],
    [
      () => dayRangePeriod('2024-03-01', '2024-3-5'),
      'dayRangePeriod',
      '2024-3-5',
      { problem: 'format', expected: ['YYYY-MM-DD'], part: 'end' },
    ],
    [
      () => dayRangePeriod(20240301 as unknown as string, '2024-03-05'),
      'dayRangePeriod',
      20240301,
      { problem: 'notString', part: 'start' },
    ],
    [
      () => dayRangePeriod('2024-05-01', '2024-04-30'),
      'dayRangePeriod',
      { start: '2024-05-01', end: '2024-04-30' },
      { problem: 'endBeforeStart', start: '2024-05-01', end: '2024-04-30' },
    ],
  ])('refuse bad parts: %#', (call, fn, receivedValue, facts) => {
    const error = thrown(call);
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.message.startsWith(`Invalid period given to ${fn}: `)).toBe(true);
    expect(error.details).toMatchObject({ received: received(receivedValue), fn, ...facts });
  });

  it('name the bad part in the message', () => {
    expect(thrown(() => quarterPeriod(2024, 5 as 1)).message).toBe(
      'Invalid period given to quarterPeriod: quarter 5 does not exist (expected 1 to 4)',
    );
    expect(thrown(() => monthsOfYear(2024, 13)).message).toBe(
      'Invalid period given to monthsOfYear: 13 months of a year: expected 1 to 12 months from January',
    );
    expect(thrown(() => dayRangePeriod('2024-03-01', '2024-3-5')).message).toBe(
      'Invalid period given to dayRangePeriod: end: expected "YYYY-MM-DD"',
    );
  });
});
