import { fc, test as propTest } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { safe } from '../../src/core/index.js';
import { MAX_TIYN, TENGE_ROUNDINGS, Tenge } from '../../src/money/index.js';
import { thrown } from '../support/errors.js';

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

  it.each([
    ['', 'empty'],
    ['  ', 'only whitespace'],
    [' 1', 'surrounding whitespace'],
    ['1.005', 'not exact to the tiyn'],
    ['0.001', 'not exact to the tiyn'],
    ['1e3', 'exponent notation'],
    ['abc', 'expected a decimal with a point'],
    ['1,5', 'a comma'],
    ['+5', 'expected a decimal with a point'],
    ['.5', 'expected a decimal with a point'],
    ['5.', 'expected a decimal with a point'],
    ['1 424 750', 'expected a decimal with a point'],
    ['NaN', 'expected a decimal with a point'],
    ['Infinity', 'expected a decimal with a point'],
    ['1000000000000000', 'out of range'],
    ['-1000000000000000.00', 'out of range'],
    ['0000000000000000000000000000000000000000000000001', '0.01'],
    ['x'.repeat(50_000), 'longer than any amount'],
    ['1'.repeat(65), 'longer than any amount'],
  ])('refuses the string %j (%s)', (input, reason) => {
    if (reason === '0.01') {
      // Leading zeros are harmless, and the length cap still leaves room for them.
      expect(Tenge.of(input).toString()).toBe('1.00');
      return;
    }
    const error = thrown(() => Tenge.of(input));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toContain(reason);
    expect(error.message.length).toBeLessThan(400);
    expect(error.details['reason']).toEqual(expect.stringContaining(reason));
  });

  it.each([
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, 'not a finite number'],
    [Number.NEGATIVE_INFINITY, 'not a finite number'],
    [0.001, 'not exact to the tiyn'],
    [1.005, 'not exact to the tiyn'],
    [0.1 + 0.2, 'not exact to the tiyn'],
    [1e-7, 'not exact to the tiyn'],
    [1e21, 'out of range'],
    [1e15, 'out of range'],
    [-1e15, 'out of range'],
    // Doubles this large are 1/64 tenge apart or more: the literal
    // 80000000000000.01 is already 80000000000000.015625 (printed ".02"), and
    // 500000000000000.01 is already the integer 500000000000000.
    [Number('80000000000000.01'), 'cannot hold every tiyn'],
    [Number('500000000000000.01'), 'cannot hold every tiyn'],
    [2 ** 46, 'cannot hold every tiyn'],
    [-999_999_999_999_999, 'cannot hold every tiyn'],
  ])('refuses the number %s (%s)', (input, reason) => {
    const error = thrown(() => Tenge.of(input));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toContain(reason);
    expect(error.details['value']).toBe(input);
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
    expect(() => Tenge.of('1.005')).toThrow('Invalid amount "1.005": not exact to the tiyn');
    expect(() => Tenge.of(1e21)).toThrow('Invalid amount 1e+21: out of range');
  });

  it('refuses bad Decimals, bigints and other types', () => {
    expect(thrown(() => Tenge.of(new Decimal('1.005'))).message).toContain('not exact');
    expect(thrown(() => Tenge.of(new Decimal(Number.NaN))).message).toContain('not a number');
    expect(thrown(() => Tenge.of(new Decimal('-Infinity'))).message).toContain('not a finite');
    expect(thrown(() => Tenge.of(new Decimal('1e15'))).message).toContain('out of range');
    expect(thrown(() => Tenge.of(1_000_000_000_000_000n)).message).toContain('out of range');
    for (const bad of [null, undefined, true, {}, [], new Date(0)]) {
      const error = thrown(() => Tenge.of(bad as unknown as string));
      expect(error.code).toBe('INVALID_AMOUNT');
      expect(error.message).toContain('expected a decimal string');
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
    for (const bad of [0.5, Number.NaN, 2 ** 53, MAX_TIYN + 1n, -MAX_TIYN - 1n, '5']) {
      expect(thrown(() => Tenge.fromTiyn(bad as bigint)).code).toBe('INVALID_AMOUNT');
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

  it('refuses non-Tenge operands and results out of range', () => {
    expect(thrown(() => Tenge.of(1).plus('1' as unknown as Tenge)).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => Tenge.of(1).compare(1 as unknown as Tenge)).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => Tenge.maxValue.plus(Tenge.of('0.01'))).message).toContain('out of range');
    expect(thrown(() => Tenge.minValue.minus(Tenge.of('0.01'))).message).toContain('out of range');
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
      const notIterable = thrown(() => Tenge.sum(bad as unknown as Tenge[]));
      expect(notIterable.code).toBe('INVALID_ARGUMENT');
      expect(notIterable.message).toContain('expected an iterable of Tenge');
    }
    const error = thrown(() => Tenge.sum([Tenge.of(1), '2' as unknown as Tenge]));
    expect(error.message).toContain('item #1 of the sum is not a Tenge');
    // Partial sums may leave the range; only the total must fit.
    expect(Tenge.sum([Tenge.maxValue, Tenge.of(1), Tenge.of(-1)]).equals(Tenge.maxValue)).toBe(
      true,
    );
    expect(thrown(() => Tenge.sum([Tenge.maxValue, Tenge.maxValue])).message).toContain(
      'out of range',
    );
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
    const error = thrown(() => Tenge.of('10.05').times('0.5', 'exact'));
    expect(error.code).toBe('INVALID_AMOUNT');
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
      expect(thrown(() => Tenge.of(1).times(bad as number)).code).toBe('INVALID_ARGUMENT');
    }
    expect(thrown(() => Tenge.of(1).times('1e1000')).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => Tenge.of(1).times(new Decimal(Number.NaN))).message).toBe(
      'Invalid factor Decimal(NaN): expected a finite number, a decimal string or a Decimal',
    );
    expect(thrown(() => Tenge.of(1).times(2, 'round' as 'halfUp')).message).toContain('halfEven');
    expect(thrown(() => Tenge.maxValue.times(2)).message).toContain('out of range');
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
    for (const bad of [[], [-1, 2], [0, 0], [Number.NaN], ['x'], 'abc', sparse, new Array(3)]) {
      const error = thrown(() => Tenge.of(10).allocate(bad as number[]));
      expect(error.code).toBe('INVALID_ARGUMENT');
    }
    expect(thrown(() => Tenge.of(10).allocate([0, 0])).message).toContain('all zero');
    expect(thrown(() => Tenge.of(10).allocate([1, -1])).message).toContain('ratio #1');
    expect(thrown(() => Tenge.of(10).allocate(sparse as number[])).message).toContain(
      'ratio #1 undefined',
    );
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
