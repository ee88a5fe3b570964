/**
 * The stable error codes of the library. A code never changes meaning once
 * published; new codes may be added in minor releases. Each code's
 * `details` has its own shape ({@link ErrorDetails}).
 *
 * @example
 * ```ts
 * ERROR_CODES.includes('INVALID_IIN'); // true
 * ```
 */
export const ERROR_CODES = Object.freeze([
  'INVALID_ARGUMENT',
  'INVALID_LOCALE',
  'INVALID_AMOUNT',
  'INVALID_IIN',
  'INVALID_BIN',
  'INVALID_TAXPAYER_ID',
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_PERIOD',
  'INVALID_REGION',
  'INVALID_RECORD',
  'UNSUPPORTED_SCHEMA_VERSION',
  'INVALID_TRANSITION',
  'EVENT_OUT_OF_ORDER',
  'INVALID_EXTENSION',
  'CALENDAR_DATA_MISSING',
  'INCOMPATIBLE_REPORTS',
] as const);

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];
