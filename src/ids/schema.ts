import * as z from 'zod';
import type { TutynushyError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { safeParseBin } from './bin.js';
import { safeParseIin } from './iin.js';
import { safeParseTaxpayerId } from './taxpayer-id.js';

// One schema per id kind: a 12-digit string in, the same string out; the issue
// message is the library's own, so a form shows the same words as parseIin.
function idSchema(check: (value: unknown) => Result<unknown>) {
  const messageOf = (value: unknown): string =>
    (check(value) as { readonly error: TutynushyError }).error.message;
  return z.string({ error: (issue) => messageOf(issue.input) }).check(
    z.superRefine((value, ctx) => {
      const result = check(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error.message, input: value });
    }),
  );
}

/**
 * A valid IIN as a string of 12 digits; the output is the input unchanged.
 * The issue message is the one {@link parseIin} would throw.
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
 * The issue message is the one {@link parseBin} would throw.
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
 * unchanged. The issue message is the one {@link parseTaxpayerId} would throw.
 *
 * @example
 * ```ts
 * TaxpayerIdSchema.parse('851231400011'); // '851231400011'
 * TaxpayerIdSchema.parse('971240001315'); // '971240001315'
 * ```
 */
export const TaxpayerIdSchema = /* @__PURE__ */ idSchema(safeParseTaxpayerId);
