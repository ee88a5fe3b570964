import { type AnyTutynushyError, TutynushyError } from './errors.js';

/**
 * The outcome of a `safe*` function: the value, or the error that the
 * throwing twin would have thrown. Modelled on zod's `safeParse`; the error
 * is a union by code, so checking `error.code` narrows `error.details`.
 */
export type Result<T, E = AnyTutynushyError> =
  | {
      /** It worked. */
      readonly ok: true;
      /** What the throwing twin would have returned. */
      readonly value: T;
    }
  | {
      /** It did not. */
      readonly ok: false;
      /** What the throwing twin would have thrown. */
      readonly error: E;
    };

/** A successful {@link Result}. @internal */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed {@link Result}. @internal */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * Turns a throwing function into its non-throwing twin. Only
 * {@link TutynushyError}s become failed results; anything else (a bug) is
 * rethrown, so that it is not mistaken for bad input.
 *
 * @internal
 */
export function safe<A extends readonly unknown[], T>(
  fn: (...args: A) => T,
): (...args: A) => Result<T> {
  return (...args: A): Result<T> => {
    try {
      return ok(fn(...args));
    } catch (error) {
      if (error instanceof TutynushyError) return err(error);
      throw error;
    }
  };
}
