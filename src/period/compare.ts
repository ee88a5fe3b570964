import { checkPeriod } from './check-period.js';
import type { Period } from './period.js';

/**
 * Tells whether two periods cover the same days, however they are written:
 * `2024-Q1`, `2024-01/2024-03` and `2024-01-01/2024-03-31` do. Reports of
 * such periods count the same records; their `code`s (and so the phrases
 * that name them) differ, and `a.code === b.code` is the test for the same
 * period written the same way.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` when either is not a period.
 * @example
 * ```ts
 * isSamePeriod(parsePeriod('2024-Q1'), parsePeriod('2024-01/2024-03')); // true
 * isSamePeriod(parsePeriod('2024-Q1'), parsePeriod('2024-01/2024-04')); // false
 * ```
 */
export function isSamePeriod(a: Period, b: Period): boolean {
  const first = checkPeriod(a, 'isSamePeriod');
  const second = checkPeriod(b, 'isSamePeriod');
  return first.start === second.start && first.end === second.end;
}

/**
 * Orders periods by their first day, then by their last (the shorter
 * first), for `Array.prototype.sort`; zero exactly when
 * {@link isSamePeriod}.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` when either is not a period.
 * @example
 * ```ts
 * const periods = ['2024', '2024-Q2', '2024-01/2024-05', '2024-Q1'].map((code) => parsePeriod(code));
 * periods.sort(comparePeriods).map((p) => p.code); // ['2024-Q1', '2024-01/2024-05', '2024', '2024-Q2']
 * ```
 */
export function comparePeriods(a: Period, b: Period): number {
  const first = checkPeriod(a, 'comparePeriods');
  const second = checkPeriod(b, 'comparePeriods');
  if (first.start !== second.start) return first.start < second.start ? -1 : 1;
  if (first.end !== second.end) return first.end < second.end ? -1 : 1;
  return 0;
}
