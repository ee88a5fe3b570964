import { TutynushyError } from './errors.js';

/**
 * The outcome of a `safe*` function: the value, or the error that the
 * throwing twin would have thrown. Modelled on zod's `safeParse`.
 */
export type Result<T, E = TutynushyError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * err(new TutynushyError('INVALID_DATE', 'bad date')).ok; // false
 * ```
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * Turns a throwing function into its non-throwing twin. Only
 * {@link TutynushyError}s become failed results; anything else (a bug) is
 * rethrown, so that it is not mistaken for bad input.
 *
 * @example
 * ```ts
 * import { Tenge, safe } from 'tutynushy';
 *
 * const safeTenge = safe(Tenge.of);
 * safeTenge('12.50').ok;  // true
 * safeTenge('0.001').ok;  // false
 * ```
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
