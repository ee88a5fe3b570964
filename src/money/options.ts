import { invalidArgumentError } from '../core/error-factories.js';
import { received } from '../core/received.js';

/**
 * @internal One option that takes one of a few values: absent (`undefined`)
 * gives the default; anything else outside `allowed`, `null` included, is an
 * `INVALID_ARGUMENT` error naming the function, the option and the values it
 * takes.
 */
export function optionOf<A extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly A[],
  fallback: A,
): A {
  if (value === undefined) return fallback;
  if (allowed.includes(value as A)) return value as A;
  throw invalidArgumentError({
    fn,
    field: name,
    received: received(value),
    expected: 'oneOf',
    allowed,
  });
}

/** @internal A `true` / `false` option: absent gives the default, anything else is refused. */
export function booleanOption(
  fn: string,
  name: string,
  value: unknown,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw invalidArgumentError({
    fn,
    field: name,
    received: received(value),
    expected: 'boolean',
  });
}
