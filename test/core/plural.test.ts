import { describe, expect, it } from 'vitest';
import { russianPlural } from '../../src/core/index.js';

const FORMS = { one: 'one', few: 'few', many: 'many' } as const;
const month = { one: 'месяц', few: 'месяца', many: 'месяцев' };

describe('russianPlural', () => {
  it('gives the forms Russian uses after a count of months', () => {
    expect(
      [1, 2, 3, 4, 5, 9, 11, 12, 21, 22, 25, 111, 112, 121].map(
        (n) => `${n} ${russianPlural(n, month)}`,
      ),
    ).toEqual([
      '1 месяц',
      '2 месяца',
      '3 месяца',
      '4 месяца',
      '5 месяцев',
      '9 месяцев',
      '11 месяцев',
      '12 месяцев',
      '21 месяц',
      '22 месяца',
      '25 месяцев',
      '111 месяцев',
      '112 месяцев',
      '121 месяц',
    ]);
  });

  // The rule is the library's own so that a runtime without Russian plural
  // data prints the same; where the runtime has the data (Node with full ICU,
  // and Chromium, which agrees with Node on 0–200), the two must agree.
  it('agrees with the CLDR data of Intl.PluralRules on integers, negatives and bigints', () => {
    const rules = new Intl.PluralRules('ru');
    expect(rules.resolvedOptions().locale).toBe('ru');
    const category = (n: number): string => {
      const c = rules.select(n);
      return c === 'one' || c === 'few' ? c : 'many';
    };
    for (let n = -1000; n <= 100_000; n += 1) {
      if (russianPlural(n, FORMS) !== category(n))
        expect(russianPlural(n, FORMS), String(n)).toBe(category(n));
    }
    expect(russianPlural(10n ** 30n + 1n, FORMS)).toBe('one');
    expect(russianPlural(10n ** 30n + 12n, FORMS)).toBe('many');
    expect(russianPlural(-22n, FORMS)).toBe('few');
  });

  it('takes the many form after a fraction, NaN or Infinity', () => {
    for (const n of [1.5, 2.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(russianPlural(n, FORMS), String(n)).toBe('many');
    }
  });
});
