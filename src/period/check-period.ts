import { received } from '../core/received.js';
import { periodError } from './errors.js';
import { isMadePeriod, type Period } from './period.js';
import { isProblem, readPeriodCode } from './read-code.js';

function disagree(code: unknown, field: string, expected: unknown, actual: unknown, fn: string) {
  return periodError(
    code,
    {
      problem: 'fieldsDisagree',
      field: received(field) as string,
      expected: received(expected),
      actual: received(actual),
    },
    fn,
  );
}

/**
 * The period a function was given, checked: an object whose code is a
 * period code and whose other fields are exactly those the code gives (a
 * period read back from JSON passes; a hand-made `{ start, end }`, or a
 * period whose `end` was edited, does not). Returns the period the code
 * gives. A period this module made is known without a check; one read back
 * from JSON is checked on every call, so a hot loop should parse it once.
 *
 * @internal
 */
export function checkPeriod(value: unknown, fn: string): Period {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw periodError(value, { problem: 'notPeriod' }, fn);
  }
  if (isMadePeriod(value)) return value;
  const code = (value as { readonly code?: unknown }).code;
  if (code === undefined) throw periodError(value, { problem: 'notPeriod' }, fn);
  const period = readPeriodCode(code);
  if (isProblem(period)) throw periodError(code, period, fn);
  const given = value as Readonly<Record<string, unknown>>;
  const expected = period as unknown as Readonly<Record<string, unknown>>;
  const fields = Object.keys(expected);
  for (const field of fields) {
    const got = Object.hasOwn(given, field) ? given[field] : undefined;
    if (got !== expected[field]) throw disagree(code, field, expected[field], got, fn);
  }
  const givenFields = Object.keys(given);
  if (givenFields.length !== fields.length) {
    const extra = givenFields.find((field) => !Object.hasOwn(expected, field)) ?? '';
    throw disagree(code, extra, undefined, given[extra], fn);
  }
  return period;
}
