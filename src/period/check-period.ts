import { keepValue } from '../core/describe.js';
import { periodError } from './errors.js';
import type { Period } from './period.js';
import { isProblem, readPeriodCode } from './read-code.js';

/**
 * The period a function was given, checked: an object whose code is a
 * period code and whose other fields are exactly those the code gives (a
 * period read back from JSON passes; a hand-made `{ start, end }`, or a
 * period whose `end` was edited, does not). Returns the period the code
 * gives.
 *
 * @internal
 */
export function checkPeriod(value: unknown, fn: string): Period {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw periodError(value, { problem: 'notPeriod' }, fn);
  }
  const code = (value as { readonly code?: unknown }).code;
  if (code === undefined) throw periodError(value, { problem: 'notPeriod' }, fn);
  const period = readPeriodCode(code);
  if (isProblem(period)) throw periodError(code, period, fn);
  const given = value as Readonly<Record<string, unknown>>;
  const expected = period as unknown as Readonly<Record<string, unknown>>;
  for (const field of new Set([...Object.keys(expected), ...Object.keys(given)])) {
    const want = Object.hasOwn(expected, field) ? expected[field] : undefined;
    const got = Object.hasOwn(given, field) ? given[field] : undefined;
    if (got !== want) {
      throw periodError(
        code,
        {
          problem: 'fieldsDisagree',
          field: keepValue(field) as string,
          expected: want,
          actual: keepValue(got),
        },
        fn,
      );
    }
  }
  return period;
}
