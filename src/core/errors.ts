import type { ErrorCode } from './error-codes.js';
import type { ErrorDetails } from './error-details.js';
import { deepFreeze } from './freeze.js';

// A mark shared by every copy of the class: an app that loads both the ESM
// and the CommonJS build (directly and through a dependency) has two
// TutynushyError classes, and an error thrown by one must still be a
// TutynushyError to the other (zod v4 marks its classes the same way).
const BRAND = Symbol.for('tutynushy.error');

/**
 * Every error the library throws on purpose.
 *
 * `code` is stable and meant for programs; `details` carries the facts as
 * data, in a shape fixed per code ({@link ErrorDetails}), so that a check of
 * the code narrows them; `message` is the English text made from them, and
 * {@link formatError} gives it in Kazakh or Russian. `instanceof` works
 * across the ESM and CommonJS copies of the package.
 *
 * The class holds no messages: each error brings its own English wording
 * from where it is thrown, so that a bundle carries the words of only the
 * errors it can throw. To make one with the library's message, use
 * {@link createTutynushyError}.
 *
 * @example
 * ```ts
 * import { Tenge, TutynushyError, formatError } from 'tutynushy';
 *
 * try {
 *   Tenge.of('0.001');
 * } catch (error) {
 *   if (error instanceof TutynushyError && error.code === 'INVALID_AMOUNT') {
 *     error.details.problem;      // 'notExactToTiyn'
 *     formatError(error, 'kk');   // 'Жарамсыз сома "0.001": тиынға дейін дәл емес: …'
 *   }
 * }
 * ```
 */
export class TutynushyError<C extends ErrorCode = ErrorCode> extends Error {
  /** `TutynushyError`, whichever copy of the library (ESM or CJS) made it. */
  override readonly name = 'TutynushyError';
  /** The stable code: branch on this, not on the message. */
  readonly code: C;
  /** The facts behind the message, as data (deeply frozen). */
  readonly details: ErrorDetails[C];

  /**
   * @param code - the error's code.
   * @param details - its facts, in the shape of the code.
   * @param message - the English text of the facts ({@link createTutynushyError}
   * words it as the library does).
   * @param options - `cause`: the error that led to this one.
   */
  constructor(
    code: C,
    details: ErrorDetails[C],
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = deepFreeze(details);
  }

  /**
   * `value instanceof TutynushyError`: true for an error made by any copy of
   * the library (it carries the shared mark). A subclass keeps the ordinary
   * prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): value is AnyTutynushyError {
    // biome-ignore lint/complexity/noThisInStatic: the receiver tells a subclass (the ordinary check) from this class (the mark)
    if (this !== TutynushyError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { readonly [BRAND]?: unknown })[BRAND] === true
    );
  }

  /**
   * A plain object with the code, message and details, for logs and JSON.
   * JSON has no bigint: a bigint in the details (a `received` value such as
   * `numberToWords(10n ** 30n, 'kk')` keeps) is written as its decimal
   * string, so that `JSON.stringify(error)` never throws.
   */
  toJSON(): {
    name: 'TutynushyError';
    code: C;
    message: string;
    details: ErrorDetails[C];
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      details: withoutBigints(this.details) as ErrorDetails[C],
    };
  }
}

// Details are small trees of plain data the library built: no cycles.
function withoutBigints(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutBigints);
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = withoutBigints(inner);
  return copy;
}

Object.defineProperty(TutynushyError.prototype, BRAND, { value: true });

/**
 * A {@link TutynushyError} of any code, as a union: checking `code` narrows
 * `details` (`if (error.code === 'INVALID_BIN') error.details.expectedCheckDigit`).
 * What `instanceof TutynushyError`, {@link isTutynushyError} and the
 * `safe*` functions give.
 */
export type AnyTutynushyError = { [C in ErrorCode]: TutynushyError<C> }[ErrorCode];

/**
 * Tells whether `error` is a {@link TutynushyError} (of any copy of the
 * library), optionally with the given code.
 *
 * @example
 * ```ts
 * import { isTutynushyError, safeParseTenge } from 'tutynushy';
 *
 * const result = safeParseTenge('абв');
 * if (!result.ok && isTutynushyError(result.error, 'INVALID_AMOUNT')) {
 *   result.error.details.problem; // 'unknownWord'
 * }
 * ```
 */
export function isTutynushyError(error: unknown): error is AnyTutynushyError;
export function isTutynushyError<C extends ErrorCode>(
  error: unknown,
  code: C,
): error is TutynushyError<C>;
export function isTutynushyError(error: unknown, code?: ErrorCode): boolean {
  return error instanceof TutynushyError && (code === undefined || error.code === code);
}
