import type { Expectation } from '../../../expectation.js';
import type { ExpectationWords } from './common.js';

/** What the money functions expect: amounts, factors, ratios, integers to write in words. */
export const moneyExpectations = {
  tenge: () => 'a Tenge (use Tenge.of to read other values)',
  positiveTenge: () => 'a Tenge above zero',
  nonNegativeTenge: () => 'a Tenge of zero or more',
  factor: () => 'a finite number, a decimal string or a Decimal',
  factorMagnitude: () => 'a magnitude between 1e-400 and 1e400',
  ratios: () => 'a non-empty array of ratios of zero or more, not all zero',
  nonNegativeRatio: () => 'a ratio of zero or more (a number, a decimal string or a Decimal)',
  safeInteger: () =>
    'an integer: a safe integer (at most 2^53 − 1 either side of zero) or a bigint',
  wordsRange: () => 'an integer at most 999 999 999 999 999 999 either side of zero',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link moneyExpectations} words. */
export type MoneyExpectation = keyof typeof moneyExpectations;
