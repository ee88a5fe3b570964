// What a call threw, for tests that look at the error itself. Anything but a
// TutynushyError is rethrown: a bug must not pass for a rejected input.
import type { ErrorCode } from '../../src/core/error-codes.js';
import { type AnyTutynushyError, TutynushyError } from '../../src/core/errors.js';
import { formatError } from '../../src/core/format-error.js';

/**
 * Fails unless the error's message is the whole English catalogue's text for
 * its details: each throw site brings the wording of its own code, and this
 * checks, for every error a test catches, that it brought the right one.
 */
export function checkedMessage<E extends AnyTutynushyError>(error: E): E {
  const catalogue = formatError(error, 'en');
  if (error.message !== catalogue) {
    throw new Error(
      `${error.code}: the message is not the catalogue's\n  thrown:    ${error.message}\n  catalogue: ${catalogue}`,
    );
  }
  return error;
}

export function thrown(fn: () => unknown): AnyTutynushyError;
export function thrown<C extends ErrorCode>(fn: () => unknown, code: C): TutynushyError<C>;
export function thrown(fn: () => unknown, code?: ErrorCode): AnyTutynushyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) {
      if (code !== undefined && error.code !== code) {
        throw new Error(`expected ${code}, but ${error.code} was thrown: ${error.message}`);
      }
      return checkedMessage(error);
    }
    throw error;
  }
  throw new Error('expected a TutynushyError, but nothing was thrown');
}

export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) return checkedMessage(error).code;
    throw error;
  }
  return undefined;
}
