import type { PeriodProblem } from '../core/error-details.js';
import { invalidPeriodError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { received } from '../core/received.js';

// Every INVALID_PERIOD error of the module is made here, from facts given as
// data; the words are in core's message catalogues (kk, ru, en).

export type { PeriodProblem, PeriodRangePart as RangePart } from '../core/error-details.js';

/** The codes a period is written as, shown when a code has none of their shapes. */
export const PERIOD_CODE_FORMS: readonly string[] = Object.freeze([
  '2024',
  '2024-H1',
  '2024-Q2',
  '2024-05',
  '2024-01/2024-05',
  '2024-01-01/2024-05-31',
]);

/** The longest code, `2024-01-01/2024-05-31`: anything longer is refused unread. */
export const MAX_CODE_LENGTH = 21;

// Values a problem carries that came from the caller are bounded as errors
// keep values — an array among them too: a `monthPeriod(2024, hugeArray)`
// must not have its error freeze and walk the caller's array. Only the list
// of code forms a `format` problem expects is the library's own.
function bounded(problem: PeriodProblem): PeriodProblem {
  const copy: Record<string, unknown> = { ...problem };
  for (const key of ['year', 'month', 'quarter', 'half', 'monthCount', 'expected', 'actual']) {
    const libraryList = key === 'expected' && Array.isArray(copy[key]);
    if (key in copy && !libraryList) copy[key] = received(copy[key]);
  }
  return copy as unknown as PeriodProblem;
}

/**
 * The `INVALID_PERIOD` error for `value`: `details` holds the value (cut
 * when long), the `problem` and its facts, and the function called when the
 * value was one of its arguments rather than a code.
 *
 * @internal
 */
export function periodError(
  value: unknown,
  problem: PeriodProblem,
  fn?: string,
): TutynushyError<'INVALID_PERIOD'> {
  return invalidPeriodError({
    ...bounded(problem),
    received: received(value),
    ...(fn === undefined ? {} : { fn }),
  });
}
