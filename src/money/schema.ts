import * as z from 'zod';
import { describeValue } from '../core/describe.js';
import { safe } from '../core/result.js';
import { Tenge } from './tenge.js';

const readTenge = /* @__PURE__ */ safe((value: string | Tenge) => Tenge.of(value));

const notMoney = {
  error: (issue: { readonly input: unknown }) =>
    `Invalid amount ${describeValue(issue.input)}: expected money as a decimal string such as "250000.00", or a Tenge`,
};

function toTenge(value: string | Tenge, ctx: z.core.$RefinementCtx<string | Tenge>): Tenge {
  const result = readTenge(value);
  if (result.ok) return result.value;
  ctx.issues.push({
    code: 'custom',
    message: result.error.message,
    input: value,
    params: { code: result.error.code, reason: result.error.details['reason'] },
  });
  return z.NEVER;
}

const isMoneyInput = (value: unknown): value is string | Tenge =>
  typeof value === 'string' || Tenge.isTenge(value);

/**
 * Money in a record: a decimal string with a point (`"250000"`,
 * `"250000.5"`, `"250000.00"`, as {@link Tenge.of} reads it) or a
 * {@link Tenge}; the output is a `Tenge`. Numbers are refused: money in JSON
 * is a string, because a JSON number is a binary float to most readers.
 *
 * @example
 * ```ts
 * TengeSchema.parse('250000.5').toString();    // '250000.50'
 * TengeSchema.safeParse('1.005').success;      // false — not exact to the tiyn
 * TengeSchema.safeParse(250000).success;       // false — money in JSON is a string
 * ```
 */
export const TengeSchema = /* @__PURE__ */ z
  .custom<string | Tenge>(isMoneyInput, notMoney)
  .transform(toTenge);

/**
 * Like {@link TengeSchema}, and the amount may not be negative: refunds,
 * awards and recovered sums.
 *
 * @example
 * ```ts
 * NonNegativeTengeSchema.parse('0').isZero();        // true
 * NonNegativeTengeSchema.safeParse('-3.20').success; // false
 * ```
 */
export const NonNegativeTengeSchema = /* @__PURE__ */ z
  .custom<string | Tenge>(isMoneyInput, notMoney)
  .transform((value, ctx) => {
    const amount = toTenge(value, ctx);
    if (amount !== z.NEVER && amount.isNegative()) {
      ctx.issues.push({
        code: 'custom',
        message: `Invalid amount ${JSON.stringify(amount.toString())}: expected zero or more, not a negative amount`,
        input: value,
        params: { code: 'INVALID_AMOUNT', reason: 'negative' },
      });
      return z.NEVER;
    }
    return amount;
  });
