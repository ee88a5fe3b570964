import * as z from 'zod';
import type { Result } from '../core/result.js';
import { nestedError } from '../core/schema-helpers.js';
import { safeParseBin } from './bin.js';
import { safeParseIin } from './iin.js';
import { safeParseTaxpayerId } from './taxpayer-id.js';

// One schema per id kind: a 12-digit string in, the same string out. Any
// value but a missing one goes to the library's parser, so that a number
// (which has lost its leading zeros) is refused for that reason; the issue
// holds the parser's error as data, never a message.
function idSchema(check: (value: unknown) => Result<unknown>) {
  return z.custom<string>().check(
    z.superRefine((value, ctx) => {
      // A missing id is a missing field (`required`), not a bad id.
      if (value === undefined) {
        ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value });
        return;
      }
      const result = check(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    }),
  );
}

/**
 * A valid IIN as a string of 12 digits; the output is the input unchanged.
 * A refused value is an issue with `params.code` `invalidValue` and
 * `params.error` the `INVALID_IIN` error (`code`, `details`) that
 * {@link parseIin} would throw.
 *
 * @example
 * ```ts
 * IinSchema.parse('900101300017'); // '900101300017'
 * IinSchema.safeParse('900230300019').success; // false — 30 February
 * ```
 */
export const IinSchema = /* @__PURE__ */ idSchema(safeParseIin);

/**
 * A valid BIN as a string of 12 digits; the output is the input unchanged.
 * A refused value is an issue holding the `INVALID_BIN` error that
 * {@link parseBin} would throw.
 *
 * @example
 * ```ts
 * BinSchema.parse('940140000385'); // '940140000385'
 * BinSchema.safeParse(940140000385).success; // false — pass a string
 * ```
 */
export const BinSchema = /* @__PURE__ */ idSchema(safeParseBin);

/**
 * A valid IIN or BIN as a string of 12 digits; the output is the input
 * unchanged. A refused value is an issue holding the error that
 * {@link parseTaxpayerId} would throw.
 *
 * @example
 * ```ts
 * TaxpayerIdSchema.parse('851231400011'); // '851231400011'
 * TaxpayerIdSchema.parse('971240001315'); // '971240001315'
 * ```
 */
export const TaxpayerIdSchema = /* @__PURE__ */ idSchema(safeParseTaxpayerId);
