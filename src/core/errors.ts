/**
 * The stable error codes of the library. A code never changes meaning once
 * published; new codes may be added in minor releases.
 *
 * @example
 * ```ts
 * ERROR_CODES.includes('INVALID_IIN'); // true
 * ```
 */
export const ERROR_CODES = [
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
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every error the library throws on purpose.
 *
 * `code` is stable and meant for programs; `message` names the offending
 * value and what was expected and is meant for people; `details` carries the
 * same facts as data (the value, the field path, what was allowed, …).
 *
 * @example
 * ```ts
 * import { Tenge, TutynushyError } from 'tutynushy';
 *
 * try {
 *   Tenge.of('0.001');
 * } catch (error) {
 *   if (error instanceof TutynushyError && error.code === 'INVALID_AMOUNT') {
 *     console.log(error.details.value); // '0.001'
 *   }
 * }
 * ```
 */
export class TutynushyError extends Error {
  override readonly name = 'TutynushyError';
  /** The stable code: branch on this, not on the message. */
  readonly code: ErrorCode;
  /** The facts behind the message, as data. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** A plain object with the code, message and details, for logs and JSON. */
  toJSON(): {
    name: 'TutynushyError';
    code: ErrorCode;
    message: string;
    details: Readonly<Record<string, unknown>>;
  } {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Tells whether `error` is a {@link TutynushyError}, optionally with the given code.
 *
 * @example
 * ```ts
 * import { isTutynushyError, safeParseTenge } from 'tutynushy';
 *
 * const result = safeParseTenge('абв');
 * if (!result.ok && isTutynushyError(result.error, 'INVALID_AMOUNT')) {
 *   // show result.error.message to the user
 * }
 * ```
 */
export function isTutynushyError(error: unknown, code?: ErrorCode): error is TutynushyError {
  return error instanceof TutynushyError && (code === undefined || error.code === code);
}
