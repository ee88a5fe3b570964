import { describeValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';

/**
 * @internal The options bag of a money function: `undefined` means none; a
 * non-object (`null`, a locale string passed where `{ locale }` belongs) is an
 * `INVALID_ARGUMENT` error rather than a TypeError or a silent default.
 */
export function readOptions<T extends object>(value: T | undefined, expected: string): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid options ${describeValue(value)}: expected an object such as ${expected}`,
      { option: 'options', value, expected },
    );
  }
  return value;
}

/**
 * @internal One option that takes one of a few values: absent (`undefined`)
 * gives the default; anything else outside `allowed`, `null` included, is an
 * `INVALID_ARGUMENT` error naming the option and the values it takes.
 */
export function optionOf<A>(name: string, value: unknown, allowed: readonly A[], fallback: A): A {
  if (value === undefined) return fallback;
  if (allowed.includes(value as A)) return value as A;
  throw new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid ${name} ${describeValue(value)}: expected ${allowed.map((a) => (typeof a === 'string' ? `"${a}"` : String(a))).join(', ')}`,
    { option: name, value, expected: allowed },
  );
}
