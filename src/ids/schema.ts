import * as z from 'zod';
import type { Result } from '../core/result.js';
import { nestedError } from '../core/schema-helpers.js';
import { safeParseBin } from './bin.js';
import { safeParseIin } from './iin.js';
import { safeParseTaxpayerId } from './taxpayer-id.js';

// What the JSON Schemas in schemas/ say of each id: 12 digits whose fixed
// parts are in range (an IIN's YYMMDD and its century-and-sex digit 1–6; a
// BIN's month, entity type 4–6 and unit 0–3). The check digit (Σ dᵢ·wᵢ mod 11,
// digit 12) and whether an IIN's birth date exists are the library's checks.
const MM = '(0[1-9]|1[0-2])';
const IIN_DIGITS = `[0-9]{2}${MM}(0[1-9]|[12][0-9]|3[01])[1-6][0-9]{5}`;
const BIN_DIGITS = `[0-9]{2}${MM}[4-6][0-3][0-9]{6}`;
const UNCHECKED =
  'The check digit (the 12th) cannot be checked by a pattern: validate with the library or its algorithm.';

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
export const IinSchema = /* @__PURE__ */ idSchema(safeParseIin).meta({
  type: 'string',
  pattern: `^${IIN_DIGITS}$`,
  description: `An IIN (individual identification number): 12 digits, YYMMDD of birth, then the century-and-sex digit 1-6. ${UNCHECKED}`,
});

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
export const BinSchema = /* @__PURE__ */ idSchema(safeParseBin).meta({
  type: 'string',
  pattern: `^${BIN_DIGITS}$`,
  description: `A BIN (business identification number): 12 digits, YYMM of registration, the entity type 4-6, the unit 0-3. ${UNCHECKED}`,
});

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
export const TaxpayerIdSchema = /* @__PURE__ */ idSchema(safeParseTaxpayerId).meta({
  type: 'string',
  pattern: `^(${IIN_DIGITS}|${BIN_DIGITS})$`,
  description: `An IIN or a BIN (12 digits), told apart by the 5th digit: 0-3 an IIN, 4-6 a BIN. ${UNCHECKED}`,
});
