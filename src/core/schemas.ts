import * as z from 'zod';
import { safeInstantToEpochMs } from './instant.js';
import { DATE_PATTERN, INSTANT_PATTERN } from './json-patterns.js';
import { safeParseLocalDate } from './local-date.js';
import { nestedError } from './nested-error.js';

// What the JSON Schemas in schemas/ say of a date and an instant: their
// shapes. Whether the day exists in its month is the library's check (and a
// validator's that asserts `format: date`).
const DATE_META = {
  pattern: DATE_PATTERN,
  format: 'date',
  description: 'A calendar date, YYYY-MM-DD, year 1000 or later; the day must exist in its month.',
};
const INSTANT_META = {
  pattern: INSTANT_PATTERN,
  description:
    'An instant with an explicit offset: YYYY-MM-DDTHH:MM, optional :SS and fraction, then Z or an offset +HH:MM or -HH:MM.',
};

/**
 * A `YYYY-MM-DD` date that exists on the calendar: `2024-02-30` fails with
 * an `invalidValue` issue holding the `INVALID_DATE` error that says why.
 *
 * @example
 * ```ts
 * LocalDateSchema.parse('2024-05-31'); // '2024-05-31'
 * LocalDateSchema.safeParse('2024-02-30').success; // false
 * ```
 */
export const LocalDateSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.superRefine((value, ctx) => {
      const result = safeParseLocalDate(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    }),
  )
  .meta(DATE_META);

/**
 * An ISO 8601 instant with an explicit offset (`2024-05-03T18:45:00+05:00`).
 *
 * @example
 * ```ts
 * InstantSchema.parse('2024-05-03T18:45:00+05:00'); // '2024-05-03T18:45:00+05:00'
 * InstantSchema.safeParse('2024-05-03T18:45:00').success; // false — no offset
 * ```
 */
export const InstantSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.superRefine((value, ctx) => {
      const result = safeInstantToEpochMs(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    }),
  )
  .meta(INSTANT_META);

/**
 * When an event happened: a `YYYY-MM-DD` date or an instant with an offset.
 *
 * @example
 * ```ts
 * EventTimeSchema.parse('2024-05-03'); // '2024-05-03'
 * EventTimeSchema.safeParse('2024-05-03T18:45').success; // false — no offset
 * ```
 */
export const EventTimeSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.superRefine((value, ctx) => {
      // The date's or the instant's own error names the value and what is wrong.
      const result = value.length === 10 ? safeParseLocalDate(value) : safeInstantToEpochMs(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    }),
  )
  .meta({
    anyOf: [DATE_META, INSTANT_META],
    description: 'When an event happened: a date (YYYY-MM-DD) or an instant with an offset.',
  });
