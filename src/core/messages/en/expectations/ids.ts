import type { Expectation } from '../../../expectation.js';
import type { ExpectationWords } from './common.js';

/** What the IIN and BIN functions expect. */
export const idsExpectations = {
  first11Digits: () => 'a string of the first 11 digits of an IIN or a BIN',
  twoDigitYear: () => 'an integer 0–99 (digits 1–2 of a BIN)',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link idsExpectations} words. */
export type IdsExpectation = keyof typeof idsExpectations;
