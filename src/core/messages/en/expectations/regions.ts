import type { Expectation } from '../../../expectation.js';
import type { ExpectationWords } from './common.js';

/** What the region functions expect. */
export const regionsExpectations = {
  region: () => 'a region from REGIONS or regionByCode',
  regions: () => 'an array or another iterable of regions',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link regionsExpectations} words. */
export type RegionsExpectation = keyof typeof regionsExpectations;
