import type { ErrorCode } from './error-codes.js';
import type { ErrorDetails } from './error-details.js';
import { TutynushyError } from './errors.js';
import { en } from './messages/en.js';

/**
 * Makes a {@link TutynushyError} as the library does: its `message` is the
 * English catalogue's text for the code and details. For tests, and for an
 * error sent as JSON (`error.toJSON()`) and made again on the other side.
 * It carries the whole English catalogue; the library's own errors carry
 * only the words of their code.
 *
 * @param options - `cause`: the error that led to this one.
 * @example
 * ```ts
 * const error = createTutynushyError('INVALID_DATE', {
 *   received: '2024-02-30',
 *   problem: 'day',
 *   lastDay: 29,
 * });
 * error.message; // 'Invalid date "2024-02-30": day 30 does not exist in 2024-02 (expected 01–29)'
 * error instanceof TutynushyError; // true
 * ```
 */
export function createTutynushyError<C extends ErrorCode>(
  code: C,
  details: ErrorDetails[C],
  options?: { readonly cause?: unknown },
): TutynushyError<C> {
  return new TutynushyError(code, details, en.codes[code](details), options);
}
