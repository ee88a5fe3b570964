import type { ArgumentDetails } from '../../error-details.js';
import type { Expectation } from '../../expectation.js';
import { shownText } from '../shared.js';
import {
  commonExpectations,
  type ExpectationWords,
  expectationText,
} from './expectations/common.js';
import { value } from './shared.js';

/**
 * `INVALID_ARGUMENT`: the function, the argument or option, its value, and
 * what was expected, worded by `words` (the family's expectations) or the
 * common ones.
 */
export const invalidArgumentMessage = (
  d: ArgumentDetails,
  words?: Partial<ExpectationWords<Expectation>>,
): string => {
  const fn = d.fn === undefined ? '' : `${d.fn}: `;
  if (d.expected === 'knownKey')
    return `${fn}unknown option ${shownText(d.field)}: expected ${commonExpectations.knownKey(d)}`;
  const act = d.transferAct === undefined ? '' : ` (${shownText(d.transferAct.act)})`;
  return `${fn}invalid ${d.field} ${value(d.received)}${act}: expected ${expectationText(d.expected, d, words)}`;
};
