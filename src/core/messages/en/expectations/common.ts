import type { Expectation } from '../../../expectation.js';
import type { ExpectationParams } from '../../catalogue.js';
import { list } from '../shared.js';

// What a check expected of a value, in English, one wording per token. The
// tokens every module's checks use are here; each family words its own
// (money.ts, calendar.ts, …), and a throw site hands its family's table to
// the error, so that a calendar bundle carries no word about money.

/** The wordings of some expectation tokens. */
export type ExpectationWords<E extends Expectation> = {
  readonly [K in E]: (params: ExpectationParams) => string;
};

/** What every module's checks expect: a type, a range, one of some values. */
export const commonExpectations = {
  object: () => 'an object',
  options: ({ allowed }) =>
    allowed === undefined
      ? 'an options object, or nothing'
      : `an options object such as { ${list(allowed)} }, or nothing`,
  string: () => 'a string',
  nonEmptyString: () => 'a non-empty string',
  boolean: () => 'true or false',
  array: () => 'an array',
  iterable: () => 'an array or another iterable',
  integer: () => 'an integer',
  integerInRange: ({ min, max }) => `an integer from ${min} to ${max}`,
  nonNegativeInteger: () => 'a whole number 0 or more',
  oneOf: ({ allowed }) => `one of ${list(allowed)}`,
  knownKey: ({ allowed }) => `one of ${list(allowed)}`,
  atMost: ({ max }) => `at most ${max} items`,
  date: () => 'a date YYYY-MM-DD',
  dateInRange: ({ min, max }) => `a date from ${min} to ${max}`,
  locale: () => 'kk, ru or en',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link commonExpectations} words. */
export type CommonExpectation = keyof typeof commonExpectations;

/** What was expected, worded by the family's `words` or the common ones. */
export function expectationText(
  token: Expectation,
  params: ExpectationParams,
  words?: Partial<ExpectationWords<Expectation>>,
): string {
  const word =
    words?.[token] ?? (commonExpectations as Partial<ExpectationWords<Expectation>>)[token];
  return word === undefined ? token : word(params);
}
