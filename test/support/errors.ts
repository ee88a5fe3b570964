// What a call threw, for tests that look at the error itself. Anything but a
// TutynushyError is rethrown: a bug must not pass for a rejected input.
import type { ErrorCode } from '../../src/core/error-codes.js';
import { type AnyTutynushyError, TutynushyError } from '../../src/core/errors.js';

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
      return error;
    }
    throw error;
  }
  throw new Error('expected a TutynushyError, but nothing was thrown');
}

export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) return error.code;
    throw error;
  }
  return undefined;
}
