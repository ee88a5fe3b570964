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

// A mark shared by every copy of the class (Symbol.for is one registry per
// realm): an app that loads both the ESM and the CommonJS build, directly and
// through a dependency, gets two classes, and an error thrown by one copy
// must still be a TutynushyError to the other (zod 4 does the same with its
// traits).
const BRAND: unique symbol = Symbol.for('tutynushy.error') as never;

/**
 * Every error the library throws on purpose.
 *
 * `code` is stable and meant for programs; `message` names the offending
 * value and what was expected and is meant for people; `details` carries the
 * same facts as data (the value, the field path, what was allowed, …).
 *
 * `instanceof TutynushyError` (and {@link isTutynushyError}) holds for an
 * error from any copy of the library: the ESM and the CommonJS build loaded
 * side by side, or two installed copies, share one brand.
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
  /** Marks every TutynushyError, whichever copy of the library made it. */
  declare readonly [BRAND]: true;

  static {
    Object.defineProperty(TutynushyError.prototype, BRAND, { value: true });
  }

  /**
   * `value instanceof TutynushyError`: true for an error made by any copy of
   * the library (it carries the shared brand). A subclass keeps the ordinary
   * prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): value is TutynushyError {
    // biome-ignore lint/complexity/noThisInStatic: the receiver tells a subclass (the ordinary check) from this class (the brand)
    if (this !== TutynushyError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { readonly [BRAND]?: unknown })[BRAND] === true
    );
  }

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
