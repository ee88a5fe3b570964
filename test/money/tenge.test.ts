import { fc, test as propTest } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { AmountDetails } from '../../src/core/index.js';
import { safe } from '../../src/core/result.js';
import { MAX_TIYN, TENGE_ROUNDINGS, Tenge } from '../../src/money/index.js';
import { thrownWith } from '../support/error-details.js';
import { thrown } from '../support/errors.js';

type Refusal = Omit<AmountDetails, 'received'>;

const tiyn = (max: bigint = MAX_TIYN) => fc.bigInt({ min: -max, max });
const amount = (max: bigint = MAX_TIYN) => tiyn(max).map((t) => Tenge.fromTiyn(t));

describe('Tenge.of', () => {
  it.each([
    ['1424750', '1424750.00'],
    ['1424750.5', '1424750.50'],
    ['-3.20', '-3.20'],
    ['-3.2', '-3.20'],
    ['0', '0.00'],
    ['-0.00', '0.00'],
    ['007.5', '7.50'],
    ['1.500', '1.50'],
    ['250000.0000', '250000.00'],
    ['999999999999999.99', '999999999999999.99'],
    ['-999999999999999.99', '-999999999999999.99'],
  ])('reads the string %j as %s', (input, expected) => {
    expect(Tenge.of(input).toString()).toBe(expected);
  });

  it.each([
    [1424750, '1424750.00'],
    [0.1, '0.10'],
    [0.5, '0.50'],
    [-3.2, '-3.20'],
    [12.34, '12.34'],
    [-0, '0.00'],
    [70_368_744_177_663.99, '70368744177663.99'],
    [-70_368_744_177_663.99, '-70368744177663.99'],
  ])('reads the number %s at its shortest decimal form as %s', (input, expected) => {
    expect(Tenge.of(input).toString()).toBe(expected);
  });

  it('reads bigints as whole tenge, Decimals exactly, and a Tenge as itself', () => {
    expect(Tenge.of(72_000_000n).toString()).toBe('72000000.00');
    expect(Tenge.of(-5n).toTiyn()).toBe(-500n);
    expect(Tenge.of(new Decimal('1424750.5')).toString()).toBe('1424750.50');
    expect(Tenge.of(new Decimal('1e3')).toString()).toBe('1000.00');
    expect(Tenge.of(new Decimal('-0.07')).toTiyn()).toBe(-7n);
    const refund = Tenge.of('1');
    expect(Tenge.of(refund)).toBe(refund);
  });

  it.each<[string, Refusal]>([
    ['', { problem: 'empty' }],
    ['  ', { problem: 'blank' }],
    [' 1', { problem: 'surroundingSpace' }],
    ['1.005', { problem: 'notExactToTiyn', decimals: 3 }],
    ['0.001', { problem: 'notExactToTiyn', decimals: 3 }],
    // Trailing zeros past the tiyn are not decimal places that count.
    ['1.0050', { problem: 'notExactToTiyn', decimals: 3 }],
    ['1e3', { problem: 'exponent' }],
    ['abc', { problem: 'notPlainDecimal' }],
    ['1,5', { problem: 'comma' }],
    ['+5', { problem: 'notPlainDecimal' }],
    ['.5', { problem: 'notPlainDecimal' }],
    ['5.', { problem: 'notPlainDecimal' }],
    ['1 424 750', { problem: 'notPlainDecimal' }],
    ['NaN', { problem: 'notPlainDecimal' }],
    ['Infinity', { problem: 'notPlainDecimal' }],
    ['1000000000000000', { problem: 'outOfRange' }],
    ['-1000000000000000.00', { problem: 'outOfRange' }],
    ['1'.repeat(65), { problem: 'tooLong', length: 65, max: 64 }],
  ])('refuses the string %j (%o)', (input, refusal) => {
    const error = thrownWith('INVALID_AMOUNT', () => Tenge.of(input));
    expect(error.details).toEqual({ received: input, ...refusal });
    // The message quotes the value (cut after 60 characters).
    expect(error.message).toContain(JSON.stringify(input.slice(0, 60)).slice(0, -1));
    expect(error.message.length).toBeLessThan(400);
  });

  it('refuses a 50 kB string by its length, keeping 200 characters of it', () => {
    const error = thrownWith('INVALID_AMOUNT', () => Tenge.of('x'.repeat(50_000)));
    expect(error.details).toEqual({
      received: `${'x'.repeat(200)}…`,
      problem: 'tooLong',
      length: 50_000,
      max: 64,
    });
    expect(error.message.length).toBeLessThan(400);
  });

  it('reads leading zeros, which the length cap still leaves room for', () => {
    expect(Tenge.of('0000000000000000000000000000000000000000000000001').toString()).toBe('1.00');
  });

  it.each<[number, Refusal]>([
    [Number.NaN, { problem: 'notANumber' }],
    [Number.POSITIVE_INFINITY, { problem: 'notFinite' }],
    [Number.NEGATIVE_INFINITY, { problem: 'notFinite' }],
    [0.001, { problem: 'notExactToTiyn', decimals: 3 }],
    [1.005, { problem: 'notExactToTiyn', decimals: 3 }],
    [0.1 + 0.2, { problem: 'notExactToTiyn', decimals: 17 }],
    // String(1e-7) is "1e-7": more than two decimals, not counted.
    [1e-7, { problem: 'notExactToTiyn' }],
    [1e21, { problem: 'outOfRange' }],
    [1e15, { problem: 'outOfRange' }],
    [-1e15, { problem: 'outOfRange' }],
    // Doubles this large are 1/64 tenge apart or more: the literal
    // 80000000000000.01 is already 80000000000000.015625 (printed ".02"), and
    // 500000000000000.01 is already the integer 500000000000000.
    [Number('80000000000000.01'), { problem: 'unsafeNumber' }],
    [Number('500000000000000.01'), { problem: 'unsafeNumber' }],
    [2 ** 46, { problem: 'unsafeNumber' }],
    [-999_999_999_999_999, { problem: 'unsafeNumber' }],
  ])('refuses the number %s (%o)', (input, refusal) => {
    const error = thrownWith('INVALID_AMOUNT', () => Tenge.of(input));
    expect(error.details).toEqual({ received: input, ...refusal });
  });

  propTest.prop([fc.bigInt({ min: -(2n ** 46n) * 100n + 1n, max: 2n ** 46n * 100n - 1n })])(
    'reads every number below 2^46 tenge back to the tiyn it was typed as',
    (tiyn) => {
      const typed = Tenge.fromTiyn(tiyn).toString();
      // Number(typed) is what a source literal with these digits becomes.
      expect(Tenge.of(Number(typed)).toTiyn()).toBe(tiyn);
    },
  );

  it('keeps big amounts exact as strings and bigints, where numbers cannot', () => {
    expect(Tenge.of('80000000000000.01').toString()).toBe('80000000000000.01');
    expect(Tenge.of(999_999_999_999_999n).toString()).toBe('999999999999999.00');
  });

  it('names the value in the message', () => {
    expect(() => Tenge.of('1.005')).toThrow(
      'Invalid amount "1.005": not exact to the tiyn: 3 decimal places (a tiyn is 0.01)',
    );
    expect(() => Tenge.of(1e21)).toThrow('Invalid amount 1e+21: out of range');
  });

  it('refuses bad Decimals, bigints and other types', () => {
    const of = (value: unknown) =>
      thrownWith('INVALID_AMOUNT', () => Tenge.of(value as string)).details;
    expect(of(new Decimal('1.005'))).toEqual({
      received: { type: 'decimal', value: '1.005' },
      problem: 'notExactToTiyn',
      decimals: 3,
    });
    expect(of(new Decimal(Number.NaN))).toEqual({
      received: { type: 'decimal', value: 'NaN' },
      problem: 'notANumber',
    });
    expect(of(new Decimal('-Infinity'))).toEqual({
      received: { type: 'decimal', value: '-Infinity' },
      problem: 'notFinite',
    });
    expect(of(new Decimal('1e15'))).toEqual({
      received: { type: 'decimal', value: '1000000000000000' },
      problem: 'outOfRange',
    });
    expect(of(1_000_000_000_000_000n)).toEqual({
      received: 1_000_000_000_000_000n,
      problem: 'outOfRange',
    });
    expect(of(null)).toEqual({ received: null, problem: 'notAnAmount' });
    expect(of(undefined)).toEqual({ received: undefined, problem: 'notAnAmount' });
    expect(of(true)).toEqual({ received: true, problem: 'notAnAmount' });
    expect(of({})).toEqual({ received: { type: 'object' }, problem: 'notAnAmount' });
    expect(of([])).toEqual({ received: { type: 'array', length: 0 }, problem: 'notAnAmount' });
    expect(of(new Date(0))).toEqual({
      received: { type: 'date', iso: '1970-01-01T00:00:00.000Z' },
      problem: 'notAnAmount',
    });
  });

  it('refuses a forged Tenge (its prototype without an amount) instead of failing later', () => {
    const forged = Object.create(Tenge.prototype) as Tenge;
    expect(thrownWith('INVALID_AMOUNT', () => Tenge.of(forged)).details).toEqual({
      received: { type: 'object' },
      problem: 'forgedTenge',
    });
    // Even with a plausible amount on it: only Tenge's own functions make a Tenge.
    const dressed = Object.freeze(Object.assign(Object.create(Tenge.prototype), { tiyn: 5n }));
    expect(thrownWith('INVALID_AMOUNT', () => Tenge.of(dressed)).details.problem).toBe(
      'forgedTenge',
    );
    expect(Tenge.isTenge(forged)).toBe(false);
    expect(Tenge.of(1).equals(dressed)).toBe(false);
    expect(thrownWith('INVALID_AMOUNT', () => Tenge.of(1).plus(forged)).details.problem).toBe(
      'forgedTenge',
    );
    expect(thrownWith('INVALID_AMOUNT', () => Tenge.sum([Tenge.of(1), forged])).details).toEqual({
      received: { type: 'object' },
      problem: 'sumItem',
      position: 1,
    });
    // A forged mark of another copy, whose toTiyn throws or gives no bigint, is no amount either.
    const brand = Symbol.for('tutynushy.Tenge');
    for (const fake of [
      { [brand]: true, toTiyn: () => 5 },
      {
        [brand]: true,
        toTiyn: () => {
          throw new Error('boom');
        },
      },
      { [brand]: true, toTiyn: () => MAX_TIYN + 1n },
    ]) {
      expect(thrownWith('INVALID_AMOUNT', () => Tenge.of(fake as never)).details.problem).toBe(
        'forgedTenge',
      );
      expect(Tenge.isTenge(fake)).toBe(false);
    }
  });

  it('works as a safe twin through core.safe', () => {
    const safeTenge = safe(Tenge.of);
    expect(safeTenge('12.50').ok).toBe(true);
    expect(safeTenge('0.001').ok).toBe(false);
  });
});

describe('Tenge.fromTiyn, constants and predicates', () => {
  it('builds from whole tiyn', () => {
    expect(Tenge.fromTiyn(142475050n).toString()).toBe('1424750.50');
    expect(Tenge.fromTiyn(5).toString()).toBe('0.05');
    expect(Tenge.fromTiyn(-1).toString()).toBe('-0.01');
    expect(Tenge.fromTiyn(MAX_TIYN).equals(Tenge.maxValue)).toBe(true);
  });

  it('refuses fractions of a tiyn, unsafe numbers and the out of range', () => {
    for (const bad of [0.5, Number.NaN, 2 ** 53, '5']) {
      expect(
        thrownWith('INVALID_AMOUNT', () => Tenge.fromTiyn(bad as unknown as bigint)).details,
      ).toEqual({
        received: bad,
        problem: 'notWholeTiyn',
      });
    }
    for (const bad of [MAX_TIYN + 1n, -MAX_TIYN - 1n]) {
      expect(thrownWith('INVALID_AMOUNT', () => Tenge.fromTiyn(bad)).details).toEqual({
        received: bad,
        problem: 'outOfRange',
      });
    }
  });

  it('has zero, the bounds and the predicates', () => {
    expect(Tenge.zero.toString()).toBe('0.00');
    expect(Tenge.maxValue.toString()).toBe('999999999999999.99');
    expect(Tenge.minValue.toString()).toBe('-999999999999999.99');
    expect(Tenge.isTenge(Tenge.zero)).toBe(true);
    expect(Tenge.isTenge('0.00')).toBe(false);
    expect(Tenge.isTenge({ tiyn: 0n })).toBe(false);
    expect(Tenge.of('-0.00').isZero()).toBe(true);
    expect(Tenge.of('-3.20').isNegative()).toBe(true);
    expect(Tenge.zero.isPositive()).toBe(false);
    expect(Tenge.zero.isNegative()).toBe(false);
    expect(Tenge.of('0.01').isPositive()).toBe(true);
  });

  it('is immutable', () => {
    const amount = Tenge.of('5');
    expect(Object.isFrozen(amount)).toBe(true);
    expect(() => {
      (amount as unknown as { tiyn: bigint }).tiyn = 1n;
    }).toThrow(TypeError);
    expect(amount.toString()).toBe('5.00');
  });

  it('tells different amounts apart in deep equality', () => {
    expect(Tenge.of('1')).not.toEqual(Tenge.of('2'));
    expect(Tenge.of('1.5')).toEqual(Tenge.of('1.50'));
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, negates and compares', () => {
    expect(Tenge.of('0.10').plus(Tenge.of('0.20')).toString()).toBe('0.30');
    expect(Tenge.of('1').minus(Tenge.of('4.20')).toString()).toBe('-3.20');
    expect(Tenge.of('3.20').negate().toString()).toBe('-3.20');
    expect(Tenge.zero.negate().toString()).toBe('0.00');
    expect(Tenge.of('-3.20').abs().toString()).toBe('3.20');
    expect(Tenge.of('3.20').abs().toString()).toBe('3.20');
    expect(Tenge.of('1.5').equals(Tenge.of('1.50'))).toBe(true);
    expect(Tenge.of('1.5').equals('1.50' as unknown as Tenge)).toBe(false);
    expect([Tenge.of(5), Tenge.of(-1)].sort((a, b) => a.compare(b)).map(String)).toEqual([
      '-1.00',
      '5.00',
    ]);
    expect(Tenge.of(1).compare(Tenge.of(1))).toBe(0);
  });

  it('refuses non-Tenge operands and results out of range, naming the result', () => {
    expect(
      thrownWith('INVALID_AMOUNT', () => Tenge.of(1).plus('1' as unknown as Tenge)).details,
    ).toEqual({ received: '1', problem: 'notATenge' });
    expect(
      thrownWith('INVALID_AMOUNT', () => Tenge.of(1).compare(1 as unknown as Tenge)).details,
    ).toEqual({ received: 1, problem: 'notATenge' });
    expect(
      thrownWith('INVALID_AMOUNT', () => Tenge.maxValue.plus(Tenge.of('0.01'))).details,
    ).toEqual({ received: '1000000000000000.00', problem: 'outOfRange' });
    expect(
      thrownWith('INVALID_AMOUNT', () => Tenge.minValue.minus(Tenge.of('0.01'))).details,
    ).toEqual({ received: '-1000000000000000.00', problem: 'outOfRange' });
  });

  it('sums any iterable exactly, naming a bad item', () => {
    expect(Tenge.sum([Tenge.of('0.10'), Tenge.of('0.20')]).toString()).toBe('0.30');
    expect(Tenge.sum([]).isZero()).toBe(true);
    function* amounts() {
      yield Tenge.of('1424750');
      yield Tenge.of('-0.50');
    }
    expect(Tenge.sum(amounts()).toString()).toBe('1424749.50');
    for (const bad of [null, undefined, 5, { length: 1 }]) {
      const notIterable = thrownWith('INVALID_ARGUMENT', () =>
        Tenge.sum(bad as unknown as Tenge[]),
      );
      expect(notIterable.details).toMatchObject({
        fn: 'Tenge.sum',
        field: 'amounts',
        expected: 'iterable',
      });
    }
    const error = thrownWith('INVALID_AMOUNT', () =>
      Tenge.sum([Tenge.of(1), '2' as unknown as Tenge]),
    );
    expect(error.details).toEqual({ received: '2', problem: 'sumItem', position: 1 });
    expect(error.message).toBe('Invalid amount "2": item #1 of the sum is not a Tenge');
    // Partial sums may leave the range; only the total must fit.
    expect(Tenge.sum([Tenge.maxValue, Tenge.of(1), Tenge.of(-1)]).equals(Tenge.maxValue)).toBe(
      true,
    );
    expect(
      thrownWith('INVALID_AMOUNT', () => Tenge.sum([Tenge.maxValue, Tenge.maxValue])).details,
    ).toEqual({ received: '1999999999999999.98', problem: 'outOfRange' });
  });

  propTest.prop([amount(MAX_TIYN / 3n), amount(MAX_TIYN / 3n), amount(MAX_TIYN / 3n)])(
    'addition is associative',
    (a, b, c) => {
      expect(
        a
          .plus(b)
          .plus(c)
          .equals(a.plus(b.plus(c))),
      ).toBe(true);
    },
  );

  propTest.prop([amount(MAX_TIYN / 2n), amount(MAX_TIYN / 2n)])(
    'addition is commutative and minus undoes plus',
    (a, b) => {
      expect(a.plus(b).equals(b.plus(a))).toBe(true);
      expect(a.plus(b).minus(b).equals(a)).toBe(true);
    },
  );

  propTest.prop([amount()])('zero is the identity and negate is an involution', (a) => {
    expect(a.plus(Tenge.zero).equals(a)).toBe(true);
    expect(Tenge.zero.plus(a).equals(a)).toBe(true);
    expect(a.negate().negate().equals(a)).toBe(true);
    expect(a.plus(a.negate()).isZero()).toBe(true);
  });

  propTest.prop([fc.array(tiyn(MAX_TIYN / 1000n), { maxLength: 200 })])(
    'Tenge.sum equals the bigint sum of the tiyn',
    (counts) => {
      const expected = counts.reduce((total, t) => total + t, 0n);
      expect(Tenge.sum(counts.map((t) => Tenge.fromTiyn(t))).toTiyn()).toBe(expected);
    },
  );

  propTest.prop([amount()])('round-trips through JSON and toString', (a) => {
    const json = JSON.stringify({ refund: a });
    const back = Tenge.of(JSON.parse(json).refund as string);
    expect(back.equals(a)).toBe(true);
    expect(Tenge.of(a.toString()).equals(a)).toBe(true);
    expect(Tenge.of(a.toDecimal()).equals(a)).toBe(true);
  });

  it('serialises as a decimal string with two decimals', () => {
    expect(Tenge.of(1424750).toString()).toBe('1424750.00');
    expect(JSON.stringify({ refund: Tenge.of('1424750') })).toBe('{"refund":"1424750.00"}');
    expect(JSON.stringify([Tenge.of('-3.2')])).toBe('["-3.20"]');
    expect(Tenge.of('1424750').plus(Tenge.of('0.5')).toString()).toBe('1424750.50');
    expect(Tenge.of('1424750.50').toTiyn()).toBe(142475050n);
    expect(Tenge.of('3.20').toDecimal().toString()).toBe('3.2');
    expect(Tenge.of('-0.05').toString()).toBe('-0.05');
    expect(`${Tenge.of(2)}`).toBe('2.00');
  });
});

describe('times', () => {
  it('rounds half up by default (commercial rounding)', () => {
    expect(Tenge.of('10.05').times('0.5').toString()).toBe('5.03');
    expect(Tenge.of('-10.05').times('0.5').toString()).toBe('-5.03');
    expect(Tenge.of('100').times(0.12).toString()).toBe('12.00');
    expect(Tenge.of('0.10').times(3).toString()).toBe('0.30');
    expect(Tenge.of('1424750').times(new Decimal('0.333333333333333333333333')).toString()).toBe(
      '474916.67',
    );
    expect(Tenge.of('5').times(2n).toString()).toBe('10.00');
    expect(Tenge.of('5').times('1e-2').toString()).toBe('0.05');
  });

  it.each([
    ['halfUp', '5.03', '-5.03', '5.02'],
    ['halfEven', '5.02', '-5.02', '5.02'],
    ['halfDown', '5.02', '-5.02', '5.01'],
    ['down', '5.02', '-5.02', '5.01'],
    ['up', '5.03', '-5.03', '5.02'],
    ['floor', '5.02', '-5.03', '5.01'],
    ['ceil', '5.03', '-5.02', '5.02'],
  ] as const)(
    '%s: 10.05 × 0.5 = %s, −10.05 × 0.5 = %s, 10.03 × 0.5 = %s',
    (mode, pos, neg, low) => {
      expect(Tenge.of('10.05').times('0.5', mode).toString()).toBe(pos);
      expect(Tenge.of('-10.05').times('0.5', mode).toString()).toBe(neg);
      expect(Tenge.of('10.03').times('0.5', mode).toString()).toBe(low);
    },
  );

  it('halfEven sends halves to the even tiyn', () => {
    expect(Tenge.of('0.07').times('0.5', 'halfEven').toString()).toBe('0.04');
    expect(Tenge.of('0.05').times('0.5', 'halfEven').toString()).toBe('0.02');
  });

  it('exact refuses to round', () => {
    expect(Tenge.of('10.04').times('0.5', 'exact').toString()).toBe('5.02');
    const error = thrownWith('INVALID_AMOUNT', () => Tenge.of('10.05').times('0.5', 'exact'));
    // The exact product, and what was multiplied by what.
    expect(error.details).toEqual({
      received: '5.025',
      problem: 'productNotExact',
      part: '10.05',
      other: '0.5',
    });
    expect(error.message).toContain('10.05 × 0.5');
  });

  it('keeps products with many digits exact before rounding once', () => {
    // 999 999 999 999 999.99 × 0.999999999999999999 needs 35 digits.
    expect(Tenge.maxValue.times('0.999999999999999999').toString()).toBe('999999999999999.99');
    expect(Tenge.maxValue.times('0.999999999999999999', 'down').toString()).toBe(
      '999999999999999.98',
    );
  });

  it('refuses bad factors, unknown modes and results out of range', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', '0x10', '1,5', null]) {
      expect(
        thrownWith('INVALID_ARGUMENT', () => Tenge.of(1).times(bad as number)).details,
      ).toEqual({ fn: 'Tenge.times', field: 'factor', received: bad, expected: 'factor' });
    }
    expect(thrownWith('INVALID_ARGUMENT', () => Tenge.of(1).times('1e1000')).details).toEqual({
      fn: 'Tenge.times',
      field: 'factor',
      received: '1e1000',
      expected: 'factorMagnitude',
    });
    const nan = thrownWith('INVALID_ARGUMENT', () => Tenge.of(1).times(new Decimal(Number.NaN)));
    expect(nan.details.received).toEqual({ type: 'decimal', value: 'NaN' });
    expect(nan.message).toBe(
      'Tenge.times: invalid factor Decimal(NaN): expected a finite number, a decimal string or a Decimal',
    );
    expect(
      thrownWith('INVALID_ARGUMENT', () => Tenge.of(1).times(2, 'round' as 'halfUp')).details,
    ).toEqual({
      fn: 'Tenge.times',
      field: 'rounding',
      received: 'round',
      expected: 'oneOf',
      allowed: [...TENGE_ROUNDINGS],
    });
    expect(thrownWith('INVALID_AMOUNT', () => Tenge.maxValue.times(2)).details).toEqual({
      received: '1999999999999999.98',
      problem: 'outOfRange',
      part: '999999999999999.99',
      other: '2',
    });
    expect(TENGE_ROUNDINGS).toContain('halfUp');
  });
});

/**
 * n / d rounded to an integer by the definition of each mode, in bigints: an
 * independent reference for Tenge.times (d > 0).
 */
function roundRational(n: bigint, d: bigint, mode: (typeof TENGE_ROUNDINGS)[number]): bigint {
  const floor = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const rest = n - floor * d; // 0 ≤ rest < d
  if (rest === 0n) return floor;
  const ceil = floor + 1n;
  const towardsZero = n < 0n ? ceil : floor;
  const awayFromZero = n < 0n ? floor : ceil;
  const twice = 2n * rest;
  switch (mode) {
    case 'floor':
      return floor;
    case 'ceil':
      return ceil;
    case 'down':
      return towardsZero;
    case 'up':
      return awayFromZero;
    case 'halfUp':
      return twice === d ? awayFromZero : twice < d ? floor : ceil;
    case 'halfDown':
      return twice === d ? towardsZero : twice < d ? floor : ceil;
    case 'halfEven':
      return twice === d ? (floor % 2n === 0n ? floor : ceil) : twice < d ? floor : ceil;
    case 'exact':
      throw new Error('not a whole tiyn');
  }
}

describe('times against the definition of each rounding mode', () => {
  propTest.prop([
    // |tiyn × p| < 10^17: every product is in range.
    tiyn(10n ** 11n - 1n),
    fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
    fc.integer({ min: 0, max: 8 }),
    fc.constantFrom(...TENGE_ROUNDINGS),
  ])('amount × p·10^-k rounds like the exact rational does', (t, p, k, mode) => {
    const d = 10n ** BigInt(k);
    const factor = `${p}e-${k}`;
    const product = () => Tenge.fromTiyn(t).times(factor, mode).toTiyn();
    if (mode === 'exact' && (t * p) % d !== 0n) {
      expect(thrown(product).code).toBe('INVALID_AMOUNT');
    } else {
      expect(product()).toBe(roundRational(t * p, d, mode));
    }
  });

  it('rounds exact halves by each mode, both signs', () => {
    // 0.25 tiyn steps: 1.01 × 0.5 = 0.505, 1.03 × 0.5 = 0.515 (an odd and an even neighbour).
    const half = (amount: string, mode: (typeof TENGE_ROUNDINGS)[number]) =>
      Tenge.of(amount).times('0.5', mode).toString();
    expect(['1.01', '1.03', '-1.01', '-1.03'].map((a) => half(a, 'halfEven'))).toEqual([
      '0.50',
      '0.52',
      '-0.50',
      '-0.52',
    ]);
    expect(['1.01', '1.03', '-1.01', '-1.03'].map((a) => half(a, 'halfUp'))).toEqual([
      '0.51',
      '0.52',
      '-0.51',
      '-0.52',
    ]);
    expect(['1.01', '1.03', '-1.01', '-1.03'].map((a) => half(a, 'halfDown'))).toEqual([
      '0.50',
      '0.51',
      '-0.50',
      '-0.51',
    ]);
  });
});

describe('allocate', () => {
  it('splits without losing a tiyn, leftovers to the first parts', () => {
    expect(Tenge.of('100').allocate([1, 1, 1]).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(Tenge.of('0.05').allocate([70, 30]).map(String)).toEqual(['0.04', '0.01']);
    expect(Tenge.of('0.02').allocate([1, 1, 1]).map(String)).toEqual(['0.01', '0.01', '0.00']);
    expect(Tenge.of('-100').allocate([1, 1, 1]).map(String)).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ]);
    expect(
      Tenge.of('10')
        .allocate(['0.5', new Decimal('0.25'), 0.25, 0n])
        .map(String),
    ).toEqual(['5.00', '2.50', '2.50', '0.00']);
  });

  it('splits among 200 000 consumers (a class refund), one leftover tiyn each to the first', () => {
    const parts = Tenge.of('1000000.01').allocate(new Array(200_000).fill(1));
    expect(parts).toHaveLength(200_000);
    // 100 000 001 tiyn / 200 000 = 500 tiyn, 1 left over.
    expect(parts[0]?.toString()).toBe('5.01');
    expect(parts[1]?.toString()).toBe('5.00');
    expect(parts[199_999]?.toString()).toBe('5.00');
    expect(Tenge.sum(parts).toString()).toBe('1000000.01');
  });

  it('never gives a leftover tiyn to a zero ratio', () => {
    expect(Tenge.of('0.01').allocate([0, 1, 1]).map(String)).toEqual(['0.00', '0.01', '0.00']);
  });

  it('refuses empty, negative, non-finite and all-zero ratios', () => {
    // [1, , 1] and new Array(3) are sparse: Array#map would skip their holes.
    // biome-ignore lint/suspicious/noSparseArray: a sparse array is the bad input under test
    const sparse = [1, , 1];
    const refused = (ratios: unknown) =>
      thrownWith('INVALID_ARGUMENT', () => Tenge.of(10).allocate(ratios as number[])).details;
    expect(refused([])).toMatchObject({ field: 'ratios', expected: 'ratios' });
    expect(refused('abc')).toMatchObject({ field: 'ratios', received: 'abc', expected: 'ratios' });
    expect(refused([0, 0])).toEqual({
      fn: 'Tenge.allocate',
      field: 'ratios',
      received: { type: 'array', length: 2 },
      expected: 'ratios',
    });
    expect(refused([-1, 2])).toMatchObject({ field: 'ratios[0]', expected: 'nonNegativeRatio' });
    expect(refused([1, -1])).toEqual({
      fn: 'Tenge.allocate',
      field: 'ratios[1]',
      received: -1,
      expected: 'nonNegativeRatio',
    });
    expect(refused([Number.NaN])).toMatchObject({ field: 'ratios[0]', expected: 'factor' });
    expect(refused(['x'])).toMatchObject({ field: 'ratios[0]', received: 'x', expected: 'factor' });
    expect(refused(sparse)).toEqual({
      fn: 'Tenge.allocate',
      field: 'ratios[1]',
      received: undefined,
      expected: 'factor',
    });
    expect(refused(new Array(3))).toMatchObject({ field: 'ratios[0]', received: undefined });
  });

  it('refuses more than a million ratios before reading any', () => {
    // new Array(2 ** 32 - 1) would take gigabytes to visit.
    for (const length of [1_000_001, 2 ** 32 - 1]) {
      expect(
        thrownWith('INVALID_ARGUMENT', () => Tenge.of(10).allocate(new Array(length))).details,
      ).toEqual({
        fn: 'Tenge.allocate',
        field: 'ratios',
        received: { type: 'array', length },
        expected: 'atMost',
        max: 1_000_000,
      });
    }
  });

  propTest.prop([
    amount(),
    fc.array(fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1000, noNaN: true })), {
      minLength: 1,
      maxLength: 12,
    }),
  ])('parts sum exactly to the whole', (whole, ratios) => {
    fc.pre(ratios.some((r) => r > 0));
    const parts = whole.allocate(ratios);
    expect(parts).toHaveLength(ratios.length);
    expect(Tenge.sum(parts).equals(whole)).toBe(true);
    ratios.forEach((ratio, i) => {
      if (ratio === 0) expect(parts[i]?.isZero()).toBe(true);
    });
  });

  propTest.prop([amount(), fc.array(fc.nat(10_000), { minLength: 1, maxLength: 12 })])(
    'each part is its exact share rounded towards zero, or one tiyn more',
    (whole, weights) => {
      const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
      fc.pre(total > 0n);
      const parts = whole.allocate(weights);
      const magnitude = whole.isNegative() ? -whole.toTiyn() : whole.toTiyn();
      parts.forEach((part, i) => {
        const share = (magnitude * BigInt(weights[i] ?? 0)) / total;
        const got = whole.isNegative() ? -part.toTiyn() : part.toTiyn();
        expect(got === share || got === share + 1n).toBe(true);
      });
      expect(Tenge.sum(parts).equals(whole)).toBe(true);
    },
  );

  propTest.prop([amount(), fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 })])(
    'scaling every ratio by the same factor changes nothing',
    (whole, weights) => {
      fc.pre(weights.some((w) => w > 0));
      const scaled = weights.map((w) => `${w}e-3`);
      expect(whole.allocate(scaled).map(String)).toEqual(whole.allocate(weights).map(String));
    },
  );

  propTest.prop([amount(), fc.integer({ min: 1, max: 50 })])(
    'equal ratios give parts at most one tiyn apart, the larger first',
    (whole, count) => {
      const parts = whole.allocate(Array.from({ length: count }, () => 1));
      const tiyn = parts.map((part) => part.toTiyn());
      // Math.max does not take bigints: order them instead.
      const ordered = [...tiyn].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const spread = (ordered[ordered.length - 1] ?? 0n) - (ordered[0] ?? 0n);
      expect(spread <= 1n).toBe(true);
      expect(Tenge.sum(parts).equals(whole)).toBe(true);
      const sorted = whole.isNegative()
        ? [...tiyn].sort((a, b) => (a < b ? -1 : 1))
        : [...tiyn].sort((a, b) => (a > b ? -1 : 1));
      expect(tiyn).toEqual(sorted);
    },
  );
});

describe('amounts from another copy of the library (ESM and CommonJS loaded together)', () => {
  it('are money to this copy', async () => {
    // A second copy of the class, as a second build would bring: the same
    // source evaluated again under another module URL.
    // @ts-expect-error: the query suffix makes the runner load it again; tsc cannot resolve it
    const copy: unknown = await import('../../src/money/tenge.ts?copy');
    const other = copy as typeof import('../../src/money/tenge.js');
    const foreign = other.Tenge.of('250000.50');
    expect(foreign instanceof Tenge).toBe(false);
    expect(Tenge.isTenge(foreign)).toBe(true);
    expect(Tenge.of(foreign as never).toString()).toBe('250000.50');
    expect(Tenge.sum([Tenge.of('0.50'), foreign as never]).toString()).toBe('250001.00');
    expect(Tenge.of('250000.5').equals(foreign as never)).toBe(true);
    expect(
      Tenge.of('1')
        .plus(foreign as never)
        .toString(),
    ).toBe('250001.50');
    expect(Tenge.isTenge({ toTiyn: () => 5n })).toBe(false);
  });
});
