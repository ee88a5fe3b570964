import type { Expectation } from '../../../expectation.js';
import type { ExpectationWords } from './common.js';

/** What the record modules expect: replayed appeals and lawsuits, relief, names. */
export const recordsExpectations = {
  replayedComplaint: () => 'an appeal as replayComplaint returns it',
  replayedLawsuit: () => 'a lawsuit as replayLawsuit returns it',
  relief: () => "an appeal's relief or a satisfy event",
  description: () => 'true or a description',
  businessName: () => 'names.kk, names.ru or both',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link recordsExpectations} words. */
export type RecordsExpectation = keyof typeof recordsExpectations;
