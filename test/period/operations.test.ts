import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isSamePeriod,
  months,
  parsePeriod,
  periodContains,
  samePeriodLastYear,
} from '../../src/period/index.js';
import { thrown } from '../support/errors.js';

const code = (text: string) => samePeriodLastYear(parsePeriod(text)).code;

describe('samePeriodLastYear', () => {
  it('is the same kind of period one year earlier', () => {
    expect(code('2024')).toBe('2023');
    expect(code('2024-H2')).toBe('2023-H2');
    expect(code('2024-Q1')).toBe('2023-Q1');
    expect(code('2024-05')).toBe('2023-05');
    expect(code('2024-01/2024-05')).toBe('2023-01/2023-05');
    expect(code('2024-03/2024-05')).toBe('2023-03/2023-05');
    expect(code('2024-12/2025-02')).toBe('2023-12/2024-02');
    expect(code('2024-03-01/2024-04-15')).toBe('2023-03-01/2023-04-15');
    expect(samePeriodLastYear(parsePeriod('2024-01/2024-05'))).toStrictEqual(
      parsePeriod('2023-01/2023-05'),
    );
  });

  it('keeps whole months whole: February of a leap year and the year before', () => {
    expect(samePeriodLastYear(parsePeriod('2024-02')).end).toBe('2023-02-28');
    expect(samePeriodLastYear(parsePeriod('2025-02')).end).toBe('2024-02-29');
    expect(samePeriodLastYear(parsePeriod('2024-12/2025-02')).end).toBe('2024-02-29');
    expect(samePeriodLastYear(parsePeriod('2025-Q1')).end).toBe('2024-03-31');
  });

  it('moves a day range by its dates, 29 February becoming 28 February at either end', () => {
    expect(code('2024-02-01/2024-02-29')).toBe('2023-02-01/2023-02-28');
    expect(code('2024-02-29/2024-03-31')).toBe('2023-02-28/2023-03-31');
    expect(code('2024-02-29/2024-02-29')).toBe('2023-02-28/2023-02-28');
    expect(code('2023-03-01/2024-02-29')).toBe('2022-03-01/2023-02-28');
    // The same dates, not the month's last day: a day range is its days.
    expect(code('2025-02-01/2025-02-28')).toBe('2024-02-01/2024-02-28');
    expect(code('2025-02-28/2025-03-01')).toBe('2024-02-28/2024-03-01');
  });

  it('refuses to go before the year 1000', () => {
    const error = thrown(() => samePeriodLastYear(parsePeriod('1000-Q1')));
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.details).toEqual({
      received: '1000-Q1',
      problem: 'yearOutOfRange',
      year: 999,
      min: 1000,
      max: 9999,
      fn: 'samePeriodLastYear',
    });
    expect(code('1001-Q1')).toBe('1000-Q1');
    // A range that starts in 1000 has no year before it, wherever it ends.
    expect(thrown(() => code('1000-12/1001-02')).details).toMatchObject({
      problem: 'yearOutOfRange',
      year: 999,
    });
    expect(code('1001-12/1002-02')).toBe('1000-12/1001-02');
  });
});

describe('periodContains', () => {
  const fiveMonths = parsePeriod('2024-01/2024-05');

  it('includes both ends', () => {
    expect(periodContains(fiveMonths, '2024-01-01')).toBe(true);
    expect(periodContains(fiveMonths, '2024-05-31')).toBe(true);
    expect(periodContains(fiveMonths, '2023-12-31')).toBe(false);
    expect(periodContains(fiveMonths, '2024-06-01')).toBe(false);
    expect(periodContains(parsePeriod('2024-02'), '2024-02-29')).toBe(true);
    expect(periodContains(parsePeriod('2024-05-03/2024-05-03'), '2024-05-03')).toBe(true);
  });

  it('refuses a day that is not a date, and a period that is not one', () => {
    expect(thrown(() => periodContains(fiveMonths, '2024-02-30')).code).toBe('INVALID_DATE');
    expect(thrown(() => periodContains(fiveMonths, '2024-05-03T18:45:00+05:00')).code).toBe(
      'INVALID_DATE',
    );
    expect(thrown(() => periodContains(fiveMonths, 20240503 as never)).code).toBe('INVALID_DATE');
    expect(thrown(() => periodContains(null as never, '2024-05-03')).details).toMatchObject({
      problem: 'notPeriod',
      fn: 'periodContains',
    });
  });
});

describe('months', () => {
  it('lists the months a period is made of', () => {
    expect(months(parsePeriod('2024')).map((m) => m.code)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(months(parsePeriod('2024-H2')).map((m) => m.code)).toEqual([
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(months(parsePeriod('2024-01/2024-05')).map((m) => m.code)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
    ]);
    expect(months(parsePeriod('2024-05'))).toStrictEqual([parsePeriod('2024-05')]);
    expect(months(parsePeriod('2023-11/2024-02')).map((m) => m.code)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(months(parsePeriod('2024-01-01/2024-03-31')).map((m) => m.code)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(Object.isFrozen(months(parsePeriod('2024-Q1')))).toBe(true);
  });

  it('refuses a day range that starts or ends inside a month', () => {
    for (const text of [
      '2024-03-01/2024-04-15',
      '2024-03-02/2024-04-30',
      '2024-02-01/2024-02-28',
    ]) {
      const error = thrown(() => months(parsePeriod(text)));
      expect(error.code).toBe('INVALID_PERIOD');
      expect(error.details).toMatchObject({
        problem: 'notWholeMonths',
        fn: 'months',
        received: text,
      });
    }
  });
});

describe('isSamePeriod and comparePeriods', () => {
  it('tell periods that cover the same days, however written', () => {
    const q1 = parsePeriod('2024-Q1');
    expect(isSamePeriod(q1, parsePeriod('2024-01/2024-03'))).toBe(true);
    expect(isSamePeriod(q1, parsePeriod('2024-01-01/2024-03-31'))).toBe(true);
    expect(isSamePeriod(parsePeriod('2024-H1'), parsePeriod('2024-01/2024-06'))).toBe(true);
    expect(isSamePeriod(parsePeriod('2024'), parsePeriod('2024-01/2024-12'))).toBe(true);
    expect(isSamePeriod(q1, parsePeriod('2024-01/2024-04'))).toBe(false);
    expect(isSamePeriod(q1, parsePeriod('2023-Q1'))).toBe(false);
    expect(comparePeriods(q1, parsePeriod('2024-01-01/2024-03-31'))).toBe(0);
  });

  it('order by first day, then by last', () => {
    const sorted = [
      '2024-Q2',
      '2024',
      '2023-12/2024-02',
      '2024-01/2024-05',
      '2024-Q1',
      '2024-04-01/2024-04-01',
    ]
      .map((text) => parsePeriod(text))
      .sort(comparePeriods)
      .map((p) => p.code);
    expect(sorted).toEqual([
      '2023-12/2024-02',
      '2024-Q1',
      '2024-01/2024-05',
      '2024',
      '2024-04-01/2024-04-01',
      '2024-Q2',
    ]);
  });

  it('refuse what is not a period', () => {
    expect(
      thrown(() => isSamePeriod(parsePeriod('2024'), { code: '2024' } as never)).details,
    ).toMatchObject({
      problem: 'fieldsDisagree',
      field: 'kind',
      fn: 'isSamePeriod',
    });
    expect(
      thrown(() => comparePeriods(undefined as never, parsePeriod('2024'))).details,
    ).toMatchObject({
      problem: 'notPeriod',
      fn: 'comparePeriods',
    });
  });
});
