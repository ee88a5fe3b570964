import { Decimal } from 'decimal.js';
import { invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import type { CommonExpectation } from '../core/messages/en/expectations/common.js';
import {
  type MoneyExpectation,
  moneyExpectations,
} from '../core/messages/en/expectations/money.js';
import { received } from '../core/received.js';
import {
  checkRange,
  checkResult,
  invalidAmount,
  MAX_TIYN,
  tengeText,
  tiynFromDigits,
} from './amount.js';
import { decimalRounding, TENGE_ROUNDINGS, type TengeRounding } from './rounding.js';

/**
 * What {@link Tenge.of} reads: a decimal string, a number, a bigint of whole tenge, a `Decimal`, or a `Tenge`.
 *
 * @example
 * ```ts
 * const inputs: TengeInput[] = ['1424750.50', 0.5, 72_000_000n];
 * inputs.map((input) => Tenge.of(input).toString()); // ['1424750.50', '0.50', '72000000.00']
 * ```
 */
export type TengeInput = string | number | bigint | Decimal | Tenge;

/**
 * A multiplier for {@link Tenge.times}, or a share for {@link Tenge.allocate}.
 *
 * @example
 * ```ts
 * const vat: TengeFactor = '0.12';
 * Tenge.of('1000').times(vat).toString(); // '120.00'
 * ```
 */
export type TengeFactor = number | string | bigint | Decimal;

const MAX_TEXT = 64;
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const FACTOR_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function readText(value: string): bigint {
  if (value.length > MAX_TEXT) {
    throw invalidAmount(value, { problem: 'tooLong', length: value.length, max: MAX_TEXT });
  }
  const match = PLAIN_DECIMAL.exec(value);
  if (match !== null)
    return tiynFromDigits(match[1] === '-', match[2] ?? '', match[3] ?? '', value);
  let problem: 'empty' | 'blank' | 'surroundingSpace' | 'exponent' | 'comma' | 'notPlainDecimal' =
    'notPlainDecimal';
  if (value === '') problem = 'empty';
  else if (value.trim() === '') problem = 'blank';
  else if (value.trim() !== value) problem = 'surroundingSpace';
  else if (/^-?\d+(?:\.\d+)?[eE]/.test(value)) problem = 'exponent';
  else if (value.includes(',')) problem = 'comma';
  throw invalidAmount(value, { problem });
}

// From 2^46 tenge up, neighbouring doubles are 1/64 tenge apart or more, so
// distinct amounts in tiyn share a double: 80000000000000.01 is stored as
// 80000000000000.015625 and prints as ".02"; 500000000000000.01 is stored as
// the integer 500000000000000. Below it every tiyn has a double of its own
// whose shortest form gives it back, so a number there is exact to the tiyn.
const EXACT_NUMBER_LIMIT = 2 ** 46;

function readNumber(value: number): bigint {
  if (Number.isNaN(value)) throw invalidAmount(value, { problem: 'notANumber' });
  if (!Number.isFinite(value)) throw invalidAmount(value, { problem: 'notFinite' });
  if (Math.abs(value) >= 1e15) return checkRange(MAX_TIYN + 1n, value);
  if (Math.abs(value) >= EXACT_NUMBER_LIMIT)
    throw invalidAmount(value, { problem: 'unsafeNumber' });
  if (Number.isInteger(value)) return BigInt(value) * 100n;
  // The shortest decimal that reads back as this float (what String() gives)
  // is what the writer meant: 0.1 is "0.1", exact to the tiyn; 0.1 + 0.2 is
  // "0.30000000000000004", which is not, and is refused rather than rounded.
  const text = String(value);
  const match = PLAIN_DECIMAL.exec(text);
  // Only an exponent form ("1e-7") fails to match: it has more than two decimals.
  if (match === null) throw invalidAmount(value, { problem: 'notExactToTiyn' });
  return tiynFromDigits(match[1] === '-', match[2] ?? '', match[3] ?? '', value);
}

function readDecimal(value: Decimal): bigint {
  if (value.isNaN()) throw invalidAmount(value, { problem: 'notANumber' });
  if (!value.isFinite()) throw invalidAmount(value, { problem: 'notFinite' });
  if (value.decimalPlaces() > 2) {
    throw invalidAmount(value, { problem: 'notExactToTiyn', decimals: value.decimalPlaces() });
  }
  if (value.abs().greaterThan('999999999999999.99')) return checkRange(MAX_TIYN + 1n, value);
  // toFixed(2) writes the digits in full without rounding (there are at most two).
  const match = PLAIN_DECIMAL.exec(value.toFixed(2));
  return tiynFromDigits(match?.[1] === '-', match?.[2] ?? '0', match?.[3] ?? '', value);
}

let exactDecimal: typeof Decimal | undefined;

// decimal.js rounds every result to 20 significant digits by default; a
// product of tiyn (up to 17 digits) and a factor can need more, so products
// are taken with a private constructor whose precision never rounds them.
function exact(): typeof Decimal {
  exactDecimal ??= Decimal.clone({ precision: 1e9 });
  return exactDecimal;
}

function invalidArgument(
  fn: string,
  field: string,
  value: unknown,
  expected: CommonExpectation | MoneyExpectation,
  max?: number,
): TutynushyError {
  return invalidArgumentError(
    {
      fn,
      field,
      received: received(value),
      expected,
      ...(max === undefined ? {} : { max }),
    },
    moneyExpectations,
  );
}

function readFactor(value: unknown, fn: string, field: string): Decimal {
  const Exact = exact();
  let factor: Decimal | undefined;
  if (typeof value === 'number' || typeof value === 'bigint') {
    factor = typeof value === 'bigint' ? new Exact(value.toString()) : new Exact(value);
  } else if (typeof value === 'string') {
    if (value.length <= 100 && FACTOR_TEXT.test(value)) factor = new Exact(value);
  } else if (Decimal.isDecimal(value)) {
    factor = new Exact(value);
  }
  if (factor === undefined || !factor.isFinite()) {
    throw invalidArgument(fn, field, value, 'factor');
  }
  // Exponents this large are typing errors, and would build huge integers.
  if (factor.isZero() ? false : Math.abs(factor.e) > 400 || factor.decimalPlaces() > 400) {
    throw invalidArgument(fn, field, value, 'factorMagnitude');
  }
  return factor;
}

/** The most ratios {@link Tenge.allocate} splits by: a class refund among a million consumers. */
const MAX_RATIOS = 1_000_000;

// A text kept in details beside the value: cut as errors cut values.
const shortText = (text: string): string => received(text) as string;

// A mark shared by every copy of the class: an app that loads both the ESM
// and the CommonJS build (directly and through a dependency) gets two Tenge
// classes, and an amount from one must still be money to the other.
const BRAND: unique symbol = Symbol.for('tutynushy.Tenge') as never;

// Whether a value is a Tenge this copy made: a private field only the
// constructor can give, so that `Object.create(Tenge.prototype)` is not one.
let isOwn: (value: unknown) => value is Tenge;

/**
 * The tiyn of a value that claims to be a Tenge without being one of ours:
 * one made by another copy of the library gives its tiyn; `null` for a
 * forgery (the mark, or our prototype, without an amount behind it);
 * `undefined` for a value that makes no such claim.
 */
function claimedTiyn(value: unknown): bigint | null | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const marked = value as { readonly [BRAND]?: unknown; readonly toTiyn?: unknown };
    if (marked[BRAND] !== true) return undefined;
    // Our prototype, but no constructor of ours made it.
    if (value instanceof Tenge) return null;
    const tiyn: unknown =
      typeof marked.toTiyn === 'function' ? (marked.toTiyn as () => unknown).call(value) : null;
    return typeof tiyn === 'bigint' && tiyn <= MAX_TIYN && tiyn >= -MAX_TIYN ? tiyn : null;
  } catch {
    return null; // a getter or a toTiyn that throws holds no amount
  }
}

/**
 * An amount of money in Kazakhstan tenge (KZT), exact to the tiyn
 * (1 tenge = 100 tiyn) and immutable. It holds whole tiyn as a `bigint`, so
 * sums over millions of records stay exact and fast; it never holds a binary
 * float and never rounds unless asked to, with a named {@link TengeRounding}.
 *
 * Range: ±999 999 999 999 999.99 tenge ({@link Tenge.maxValue}). That is far
 * above any figure a consumer-protection report or a sum of them reaches
 * (Kazakhstan's yearly GDP is about 10^14 tenge), every amount in range can be
 * written in words ({@link tengeInWords}), and its tiyn fit a signed 64-bit
 * integer for databases and other languages. A result beyond it is an
 * `INVALID_AMOUNT` error, never a wrapped or rounded value.
 *
 * In JSON a `Tenge` is a decimal string with two decimals (`"1424750.00"`),
 * which {@link Tenge.of} and `TengeSchema` read back.
 *
 * @example
 * ```ts
 * const refund = Tenge.of('1424750');
 * refund.plus(Tenge.of('0.5')).toString(); // '1424750.50'
 * JSON.stringify({ refund });              // '{"refund":"1424750.00"}'
 * ```
 */
export class Tenge {
  /** Marks every Tenge, whichever copy of the library made it. */
  declare readonly [BRAND]: true;

  /** Set by the constructor only: what tells an amount from an object with this prototype. */
  readonly #made = true;

  static {
    Object.defineProperty(Tenge.prototype, BRAND, { value: true });
    isOwn = (value: unknown): value is Tenge =>
      typeof value === 'object' && value !== null && #made in value;
  }

  /**
   * Whole tiyn. Private to the type system (use {@link Tenge.toTiyn}), but a
   * plain own property so that equality in tests and debug output show it.
   */
  private readonly tiyn: bigint;

  private constructor(tiyn: bigint) {
    this.tiyn = tiyn;
    Object.freeze(this);
  }

  /**
   * Zero tenge, the identity of {@link Tenge.plus}.
   *
   * @example
   * ```ts
   * Tenge.zero.toString(); // '0.00'
   * ```
   */
  static readonly zero: Tenge = new Tenge(0n);

  /**
   * The largest amount: 999 999 999 999 999.99 tenge.
   *
   * @example
   * ```ts
   * Tenge.maxValue.toString(); // '999999999999999.99'
   * ```
   */
  static readonly maxValue: Tenge = new Tenge(MAX_TIYN);

  /**
   * The smallest (most negative) amount: −999 999 999 999 999.99 tenge.
   *
   * @example
   * ```ts
   * Tenge.minValue.toString(); // '-999999999999999.99'
   * ```
   */
  static readonly minValue: Tenge = new Tenge(-MAX_TIYN);

  /**
   * Reads an amount in tenge, exactly.
   *
   * - A string is a plain decimal with a point: `"1424750"`, `"1424750.5"`,
   *   `"-3.20"`; trailing zeros past the tiyn are fine (`"1.500"`, as
   *   databases write `numeric(19,4)`). Refused: `""`, blanks and surrounding
   *   whitespace, exponents (`"1e3"`: money is written in full), commas, and
   *   anything past the tiyn (`"1.005"`). Text as people write it
   *   (`"1 424 750,50 ₸"`) is {@link parseTenge}'s job.
   * - A number is taken at its shortest decimal form (what `String(n)`
   *   prints): `0.1` is `"0.1"`, exact to the tiyn, so it is accepted; `0.001`
   *   and `0.1 + 0.2` (`"0.30000000000000004"`) are refused, as are NaN,
   *   ±Infinity and anything out of range such as `1e21`. From 2^46
   *   (70 368 744 177 664) tenge up a double cannot hold every tiyn, so
   *   numbers there are refused too: pass a string or a bigint.
   * - A bigint is whole tenge; a `Decimal` must be finite with at most two
   *   decimal places; a `Tenge` is returned as it is (one made by another
   *   copy of the library too). An object that only has Tenge's prototype
   *   (`Object.create(Tenge.prototype)`) holds no amount and is refused.
   *
   * @throws {@link TutynushyError} `INVALID_AMOUNT` with the value in
   * `details.received` and the reason as `details.problem` (`notExactToTiyn`,
   * `outOfRange`, `exponent`, `unsafeNumber`, …).
   * @example
   * ```ts
   * Tenge.of('1424750').toString(); // '1424750.00'
   * Tenge.of(0.1).toString();       // '0.10'
   * Tenge.of(72_000_000n).toString(); // '72000000.00'
   * Tenge.of('1.005');              // throws INVALID_AMOUNT: not exact to the tiyn
   * ```
   */
  static of(value: TengeInput): Tenge {
    if (isOwn(value)) return value;
    const claimed = claimedTiyn(value);
    if (claimed === null) throw invalidAmount(value, { problem: 'forgedTenge' });
    if (claimed !== undefined) return new Tenge(claimed);
    if (typeof value === 'string') return new Tenge(readText(value));
    if (typeof value === 'number') return new Tenge(readNumber(value));
    if (typeof value === 'bigint') {
      if (value > 999_999_999_999_999n || value < -999_999_999_999_999n) {
        return new Tenge(checkRange(MAX_TIYN + 1n, value));
      }
      return new Tenge(value * 100n);
    }
    if (Decimal.isDecimal(value)) return new Tenge(readDecimal(value));
    throw invalidAmount(value, { problem: 'notAnAmount' });
  }

  /**
   * An amount from a count of whole tiyn.
   *
   * @throws {@link TutynushyError} `INVALID_AMOUNT` for a number that is not a
   * safe integer, or a count out of range.
   * @example
   * ```ts
   * Tenge.fromTiyn(142475050n).toString(); // '1424750.50'
   * Tenge.fromTiyn(5).toString();          // '0.05'
   * ```
   */
  static fromTiyn(tiyn: bigint | number): Tenge {
    if (typeof tiyn === 'bigint') return new Tenge(checkRange(tiyn, tiyn));
    if (typeof tiyn === 'number' && Number.isSafeInteger(tiyn)) {
      return new Tenge(checkRange(BigInt(tiyn), tiyn));
    }
    throw invalidAmount(tiyn, { problem: 'notWholeTiyn' });
  }

  /**
   * Tells whether a value is a {@link Tenge}.
   *
   * @example
   * ```ts
   * Tenge.isTenge(Tenge.zero); // true
   * Tenge.isTenge('0.00');     // false
   * ```
   */
  static isTenge(value: unknown): value is Tenge {
    return isOwn(value) || typeof claimedTiyn(value) === 'bigint';
  }

  /**
   * The exact sum of amounts (zero for none), in one pass over any iterable.
   *
   * @throws {@link TutynushyError} `INVALID_ARGUMENT` when `amounts` is not
   * iterable; `INVALID_AMOUNT` when an item is not a `Tenge` (`sumItem`, its
   * index in `details.position`) or the total is out of range (`outOfRange`,
   * the total in `details.received`).
   * @example
   * ```ts
   * Tenge.sum([Tenge.of('0.10'), Tenge.of('0.20')]).toString(); // '0.30'
   * Tenge.sum([]).isZero(); // true
   * ```
   */
  static sum(amounts: Iterable<Tenge>): Tenge {
    if (typeof (amounts as Partial<Iterable<Tenge>> | null)?.[Symbol.iterator] !== 'function') {
      throw invalidArgument('Tenge.sum', 'amounts', amounts, 'iterable');
    }
    let total = 0n;
    let index = 0;
    for (const amount of amounts) {
      if (isOwn(amount)) total += amount.tiyn;
      else total += claimedTiyn(amount) ?? notTenge(amount, index);
      index++;
    }
    // Partial sums may leave the range and come back; only the total must fit.
    return new Tenge(checkResult(total));
  }

  /**
   * This amount plus another.
   *
   * @throws {@link TutynushyError} `INVALID_AMOUNT` when `other` is not a
   * `Tenge` or the result is out of range.
   * @example
   * ```ts
   * Tenge.of('0.10').plus(Tenge.of('0.20')).toString(); // '0.30'
   * ```
   */
  plus(other: Tenge): Tenge {
    return new Tenge(checkResult(this.tiyn + tiynOf(other)));
  }

  /**
   * This amount minus another.
   *
   * @throws {@link TutynushyError} `INVALID_AMOUNT` when `other` is not a
   * `Tenge` or the result is out of range.
   * @example
   * ```ts
   * Tenge.of('1').minus(Tenge.of('4.20')).toString(); // '-3.20'
   * ```
   */
  minus(other: Tenge): Tenge {
    return new Tenge(checkResult(this.tiyn - tiynOf(other)));
  }

  /**
   * The amount with the opposite sign.
   *
   * @example
   * ```ts
   * Tenge.of('3.20').negate().toString(); // '-3.20'
   * ```
   */
  negate(): Tenge {
    return this.tiyn === 0n ? this : new Tenge(-this.tiyn);
  }

  /**
   * The amount without its sign.
   *
   * @example
   * ```ts
   * Tenge.of('-3.20').abs().toString(); // '3.20'
   * ```
   */
  abs(): Tenge {
    return this.tiyn < 0n ? new Tenge(-this.tiyn) : this;
  }

  /**
   * This amount times a factor, rounded to the tiyn by the named mode. The
   * product is computed exactly (a `Decimal` factor keeps all its digits; a
   * number factor is taken at its shortest decimal form, so `0.12` is 12/100)
   * and rounded once.
   *
   * @param factor A number, decimal string (`"0.12"`, `"1e-2"`), bigint or `Decimal`.
   * @param rounding `halfUp` (commercial rounding) unless told otherwise; see {@link TengeRounding}.
   * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a factor that is not
   * a finite number or an unknown mode; `INVALID_AMOUNT` when the result is out
   * of range (`outOfRange`), or with `exact` when it is not a whole tiyn
   * (`productNotExact`); both give the exact product in `details.received`,
   * the amount in `details.part` and the factor in `details.other`.
   * @example
   * ```ts
   * Tenge.of('10.05').times('0.5').toString();             // '5.03' (5.025, half up)
   * Tenge.of('10.05').times('0.5', 'halfEven').toString(); // '5.02'
   * Tenge.of('10.05').times('0.5', 'down').toString();     // '5.02'
   * Tenge.of('100').times(0.12).toString();                // '12.00'
   * ```
   */
  times(factor: TengeFactor, rounding: TengeRounding = 'halfUp'): Tenge {
    if (!TENGE_ROUNDINGS.includes(rounding)) {
      throw invalidArgumentError({
        fn: 'Tenge.times',
        field: 'rounding',
        received: received(rounding),
        expected: 'oneOf',
        allowed: TENGE_ROUNDINGS,
      });
    }
    const Exact = exact();
    const product = new Exact(this.tiyn.toString()).times(
      readFactor(factor, 'Tenge.times', 'factor'),
    );
    const operands = { part: this.toString(), other: shortText(factorText(factor)) };
    let tiyn: Decimal;
    if (rounding === 'exact') {
      if (!product.isInteger()) {
        throw invalidAmount(product.dividedBy(100).toFixed(), {
          problem: 'productNotExact',
          ...operands,
        });
      }
      tiyn = product;
    } else {
      tiyn = product.toDecimalPlaces(0, decimalRounding(rounding));
    }
    if (tiyn.abs().greaterThan(MAX_TIYN.toString())) {
      throw invalidAmount(tiyn.dividedBy(100).toFixed(2), { problem: 'outOfRange', ...operands });
    }
    return new Tenge(BigInt(tiyn.toFixed(0)));
  }

  /**
   * Splits the amount in proportion to `ratios` without losing a tiyn: the
   * parts sum exactly to the amount. Each part is first rounded towards zero;
   * the tiyn left over go one each to the first parts whose ratio is not zero
   * (so a zero ratio always gets exactly zero). A negative amount splits like
   * its absolute value, with every part negative.
   *
   * @param ratios Non-negative numbers, decimal strings, bigints or
   * `Decimal`s, not all zero: at most 1 000 000 of them.
   * @throws {@link TutynushyError} `INVALID_ARGUMENT` for no ratios, more
   * than 1 000 000 (refused before any is read), a negative or non-finite
   * ratio (`details.field` names it: `ratios[1]`), or ratios that are all zero.
   * @example
   * ```ts
   * Tenge.of('100').allocate([1, 1, 1]).map(String); // ['33.34', '33.33', '33.33']
   * Tenge.of('0.05').allocate([70, 30]).map(String); // ['0.04', '0.01']
   * ```
   */
  allocate(ratios: readonly TengeFactor[]): Tenge[] {
    if (!Array.isArray(ratios) || ratios.length === 0) {
      throw invalidArgument('Tenge.allocate', 'ratios', ratios, 'ratios');
    }
    if (ratios.length > MAX_RATIOS) {
      throw invalidArgument('Tenge.allocate', 'ratios', ratios, 'atMost', MAX_RATIOS);
    }
    // Array.from visits the holes of a sparse array (as undefined), which map skips.
    const shares = Array.from(ratios, (ratio, index) => {
      const share = readFactor(ratio, 'Tenge.allocate', `ratios[${index}]`);
      if (share.isNegative() && !share.isZero()) {
        throw invalidArgument('Tenge.allocate', `ratios[${index}]`, ratio, 'nonNegativeRatio');
      }
      return share;
    });
    // Scale every ratio to an integer by the same power of ten: exact.
    // A loop, not Math.max(...): spreading 200 000 ratios overflows the stack.
    let places = 0;
    for (const share of shares) places = Math.max(places, share.decimalPlaces());
    const weights = shares.map((share) => BigInt(share.abs().times(`1e${places}`).toFixed(0)));
    let total = 0n;
    for (const weight of weights) total += weight;
    if (total === 0n) throw invalidArgument('Tenge.allocate', 'ratios', ratios, 'ratios');
    const negative = this.tiyn < 0n;
    const whole = negative ? -this.tiyn : this.tiyn;
    const parts = weights.map((weight) => (whole * weight) / total);
    let left = whole;
    for (const part of parts) left -= part;
    // Each part lost less than one tiyn, so `left` is less than the number of
    // non-zero ratios and one pass hands it all out.
    for (let i = 0; left > 0n && i < parts.length; i++) {
      if (weights[i] !== 0n) {
        parts[i] = (parts[i] ?? 0n) + 1n;
        left--;
      }
    }
    return parts.map((part) => new Tenge(negative ? -part : part));
  }

  /**
   * Orders two amounts: −1, 0 or 1, for `Array.prototype.sort`.
   *
   * @throws {@link TutynushyError} `INVALID_AMOUNT` when `other` is not a Tenge.
   * @example
   * ```ts
   * [Tenge.of(5), Tenge.of(-1)].sort((a, b) => a.compare(b)).map(String); // ['-1.00', '5.00']
   * ```
   */
  compare(other: Tenge): -1 | 0 | 1 {
    const that = tiynOf(other);
    return this.tiyn < that ? -1 : this.tiyn > that ? 1 : 0;
  }

  /**
   * Tells whether two amounts are the same to the tiyn.
   *
   * @example
   * ```ts
   * Tenge.of('1.5').equals(Tenge.of('1.50')); // true
   * ```
   */
  equals(other: Tenge): boolean {
    const that = isOwn(other) ? other.tiyn : claimedTiyn(other);
    return typeof that === 'bigint' && this.tiyn === that;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @example
   * ```ts
   * Tenge.of('-0.00').isZero(); // true
   * ```
   */
  isZero(): boolean {
    return this.tiyn === 0n;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @example
   * ```ts
   * Tenge.of('-3.20').isNegative(); // true
   * ```
   */
  isNegative(): boolean {
    return this.tiyn < 0n;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @example
   * ```ts
   * Tenge.zero.isPositive(); // false
   * ```
   */
  isPositive(): boolean {
    return this.tiyn > 0n;
  }

  /**
   * The amount in whole tiyn.
   *
   * @example
   * ```ts
   * Tenge.of('1424750.50').toTiyn(); // 142475050n
   * ```
   */
  toTiyn(): bigint {
    return this.tiyn;
  }

  /**
   * The amount in tenge as a `Decimal` (exact: at most 17 significant digits,
   * within decimal.js's default precision of 20).
   *
   * @example
   * ```ts
   * Tenge.of('3.20').toDecimal().toString(); // '3.2'
   * ```
   */
  toDecimal(): Decimal {
    return new Decimal(this.toString());
  }

  /**
   * The amount in tenge with a point and exactly two decimals, as records
   * store it: `"1424750.00"`, `"-3.20"`.
   *
   * @example
   * ```ts
   * Tenge.of(1424750).toString(); // '1424750.00'
   * ```
   */
  toString(): string {
    return tengeText(this.tiyn);
  }

  /**
   * The JSON form: the same decimal string as {@link Tenge.toString}, so a
   * record with money round-trips through `JSON.stringify` and `TengeSchema`.
   *
   * @example
   * ```ts
   * JSON.stringify([Tenge.of('-3.2')]); // '["-3.20"]'
   * ```
   */
  toJSON(): string {
    return this.toString();
  }
}

function tiynOf(value: Tenge): bigint {
  if (isOwn(value)) return value.toTiyn();
  const claimed = claimedTiyn(value);
  if (typeof claimed === 'bigint') return claimed;
  throw invalidAmount(value, { problem: claimed === null ? 'forgedTenge' : 'notATenge' });
}

function notTenge(amount: unknown, index: number): never {
  throw invalidAmount(amount, { problem: 'sumItem', position: index });
}

function factorText(factor: unknown): string {
  return Decimal.isDecimal(factor) ? factor.toString() : String(factor);
}
