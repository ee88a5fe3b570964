// What a call threw, for tests that look at the error itself. Anything but a
// TutynushyError is rethrown: a bug must not pass for a rejected input.
import { TutynushyError } from '../../src/core/index.js';

export function thrown(fn: () => unknown): TutynushyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) return error;
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
