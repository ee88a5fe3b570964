import * as z from 'zod';
import { invalidAmountError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { received } from '../core/received.js';
import { safe } from '../core/result.js';
import { nestedError } from '../core/schema-helpers.js';
import { Tenge } from './tenge.js';

const readTenge = /* @__PURE__ */ safe((value: string | Tenge) => Tenge.of(value));

type Context = z.core.$RefinementCtx<string | Tenge>;

// What the JSON Schemas in schemas/ say of an amount: the decimal strings
// Tenge.of reads (digits, an optional point and decimals of which only the
// first two may be other than 0, up to 999 999 999 999 999.99), as a pattern.
// "-0" and "-0.00" are zero, so not negative.
const DIGITS = '0*[0-9]{1,15}([.][0-9]{1,2}0*)?';
const AMOUNT =
  'a decimal string in tenge, exact to the tiyn ("1424750", "1424750.5", "1424750.50", "1.500": any decimal after the second is 0); a JSON number is refused';

/** @internal The JSON Schema of an amount, negative or not. */
export const TENGE_META = {
  type: 'string',
  maxLength: 64,
  pattern: `^-?${DIGITS}$`,
  description: `Money: ${AMOUNT}.`,
};

/** @internal The JSON Schema of an amount that is not negative. */
export const NON_NEGATIVE_TENGE_META = {
  type: 'string',
  maxLength: 64,
  pattern: `^(${DIGITS}|-0+([.]0+)?)$`,
  description: `Money, 0 or more: ${AMOUNT}.`,
};

/** @internal The JSON Schema of an amount above zero. */
export const POSITIVE_TENGE_META = {
  type: 'string',
  maxLength: 64,
  pattern: `^${DIGITS}$`,
  not: { pattern: '^0+([.]0+)?$' },
  description: `Money, above 0: ${AMOUNT}.`,
};

// A refused amount becomes an issue holding the library's error (its code
// and details), never a message of zod's or ours: the record's error says
// in each language what is wrong.
function refuse(error: TutynushyError, input: unknown, ctx: Context): never {
  ctx.addIssue({ code: 'custom', input, ...nestedError(error) });
  return z.NEVER;
}

function readMoney(value: unknown, ctx: Context): Tenge {
  // A missing amount is a missing field (`required`), not a bad amount.
  if (value === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value });
    return z.NEVER;
  }
  // An object with Tenge's prototype goes to Tenge.of too, which says it is forged.
  if (typeof value !== 'string' && !Tenge.isTenge(value) && !(value instanceof Tenge)) {
    const error = invalidAmountError({
      received: received(value),
      problem: 'notDecimalString',
    });
    return refuse(error, value, ctx);
  }
  const result = readTenge(value);
  return result.ok ? result.value : refuse(result.error, value, ctx);
}

/**
 * Money in a record: a decimal string with a point (`"250000"`,
 * `"250000.5"`, `"250000.00"`, as {@link Tenge.of} reads it) or a
 * {@link Tenge}; the output is a `Tenge`. Numbers are refused: money in JSON
 * is a string, because a JSON number is a binary float to most readers.
 * A refused value is an issue with `params.code` `invalidValue` and
 * `params.error` the `INVALID_AMOUNT` error (`code`, `details`) that says why.
 *
 * @example
 * ```ts
 * TengeSchema.parse('250000.5').toString();    // '250000.50'
 * TengeSchema.safeParse('1.005').success;      // false — not exact to the tiyn
 * TengeSchema.safeParse(250000).success;       // false — money in JSON is a string
 * ```
 */
export const TengeSchema = /* @__PURE__ */ z
  .custom<string | Tenge>()
  .transform(readMoney)
  .meta(TENGE_META);

/**
 * Like {@link TengeSchema}, and the amount may not be negative: refunds,
 * awards and recovered sums (a negative one is `INVALID_AMOUNT` with
 * `problem: 'negative'`).
 *
 * @example
 * ```ts
 * NonNegativeTengeSchema.parse('0').isZero();        // true
 * NonNegativeTengeSchema.safeParse('-3.20').success; // false
 * ```
 */
export const NonNegativeTengeSchema = /* @__PURE__ */ z
  .custom<string | Tenge>()
  .transform((value, ctx) => {
    const amount = readMoney(value, ctx);
    if (amount !== z.NEVER && amount.isNegative()) {
      const error = invalidAmountError({
        received: received(value),
        problem: 'negative',
      });
      return refuse(error, value, ctx);
    }
    return amount;
  })
  .meta(NON_NEGATIVE_TENGE_META);
