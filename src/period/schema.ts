import * as z from 'zod';
import { TutynushyError } from '../core/errors.js';
import { DATE_SHAPE, MONTH_SHAPE } from '../core/json-patterns.js';
import { nestedError } from '../core/schema-helpers.js';
import { LocalDateSchema } from '../core/schemas.js';
import { checkPeriod } from './check-period.js';
import { safeParsePeriod } from './parse.js';
import type { Period } from './period.js';

// The shapes of a code, for JSON Schema readers in other languages; the
// check after it (days that exist, start before end) is parsePeriod's own.
const CODE_PATTERN = `^([1-9][0-9]{3}(-H[12]|-Q[1-4])?|${MONTH_SHAPE}(/${MONTH_SHAPE})?|${DATE_SHAPE}/${DATE_SHAPE})$`;

/**
 * A period code, as a report serialises its period (`"2024-01/2024-05"`):
 * a string that {@link parsePeriod} reads, kept as it is (every period has
 * one code, so nothing needs rewriting). The issue message is the
 * library's own; its JSON Schema has the codes' pattern.
 *
 * @example
 * ```ts
 * PeriodCodeSchema.parse('2024-Q2'); // '2024-Q2'
 * PeriodCodeSchema.safeParse('2024-13').success; // false
 * PeriodCodeSchema.safeParse('2024-q2').success; // false
 * ```
 */
export const PeriodCodeSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.superRefine((value, ctx) => {
      const result = safeParsePeriod(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    }),
  )
  // For readers of the JSON Schema in other languages: the shapes of a code.
  .meta({
    pattern: CODE_PATTERN,
    description:
      'A period code: 2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 (months) or 2024-01-01/2024-05-31 (days).',
  });

const year = z.int().min(1000).max(9999);
const base = { code: PeriodCodeSchema, start: LocalDateSchema, end: LocalDateSchema };

/**
 * A whole {@link Period} object, as `JSON.stringify` writes it, one shape per
 * kind with no field besides its own: its `code` must be a period code and
 * every other field what that code gives (a quarter whose `end` was edited
 * is refused). Out comes the frozen period.
 *
 * @example
 * ```ts
 * const quarter = JSON.parse(JSON.stringify(parsePeriod('2024-Q2')));
 * PeriodSchema.parse(quarter).end; // '2024-06-30'
 * PeriodSchema.safeParse({ ...quarter, end: '2024-06-29' }).success; // false
 * PeriodSchema.safeParse({ ...quarter, month: 4 }).success; // false
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ z
  .discriminatedUnion('kind', [
    z.strictObject({ ...base, kind: z.literal('year'), year }),
    z.strictObject({ ...base, kind: z.literal('halfYear'), year, half: z.literal([1, 2]) }),
    z.strictObject({ ...base, kind: z.literal('quarter'), year, quarter: z.literal([1, 2, 3, 4]) }),
    z.strictObject({ ...base, kind: z.literal('month'), year, month: z.int().min(1).max(12) }),
    z.strictObject({
      ...base,
      kind: z.literal('months'),
      year,
      monthCount: z.int().min(1).max(12),
    }),
    z.strictObject({ ...base, kind: z.literal('monthRange') }),
    z.strictObject({ ...base, kind: z.literal('dayRange') }),
  ])
  .transform((value, ctx): Period => {
    try {
      return checkPeriod(value, 'PeriodSchema');
    } catch (error) {
      if (!(error instanceof TutynushyError)) throw error;
      ctx.addIssue({ code: 'custom', input: value, ...nestedError(error) });
      return z.NEVER;
    }
  });
