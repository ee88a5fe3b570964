import type { Result } from '../core/result.js';
import { periodError } from './errors.js';
import type { Period } from './period.js';
import { isProblem, readPeriodCode } from './read-code.js';

/**
 * Reads a period code:
 *
 * | code | period |
 * | --- | --- |
 * | `2024` | the year |
 * | `2024-H1`, `2024-H2` | a half-year |
 * | `2024-Q1` … `2024-Q4` | a quarter |
 * | `2024-05` | a month |
 * | `2024-01/2024-05` | the first 5 months of 2024 (`months`) |
 * | `2024-03/2024-05`, `2023-12/2024-02` | whole months not from January (`monthRange`) |
 * | `2024-03-01/2024-04-15` | days, both ends included (`dayRange`) |
 *
 * Years run from 1000 to 9999, as a `LocalDate`'s. Every period has one
 * code and only that code is read: the letters Q and H are upper case
 * (`2024-q2` is refused, naming `2024-Q2`), a range of one month other than
 * January is its month (`2024-03/2024-03` is refused, naming `2024-03`),
 * and nothing is trimmed. A day range stays a day range even when its days
 * are whole months (`2024-01-01/2024-03-31` is not `2024-Q1`: reports name
 * the two differently); {@link isSamePeriod} tells that they cover the same
 * days. Ranges may cross a year's end.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` naming the value and, in
 * `details.problem`, what is wrong: `notString`, `empty`, `tooLong` (more
 * than 21 characters, refused unread), `format`, `lowerCase`,
 * `dateNotPeriod`, `mixedRange`, `yearOutOfRange`, `monthOutOfRange`,
 * `quarterOutOfRange`, `halfOutOfRange`, `dayDoesNotExist`,
 * `endBeforeStart`, `singleMonthRange`, with the facts the reason needs
 * (`month`, `max`, `part`, …).
 * @example
 * ```ts
 * parsePeriod('2024-01/2024-05'); // { code: '2024-01/2024-05', kind: 'months', start: '2024-01-01', end: '2024-05-31', year: 2024, monthCount: 5 }
 * parsePeriod('2024-03/2024-05').kind; // 'monthRange'
 * parsePeriod('2024-H2').start; // '2024-07-01'
 * parsePeriod('2024-13'); // throws INVALID_PERIOD: month 13 does not exist
 * parsePeriod('2024-q2'); // throws INVALID_PERIOD: the letter is written in upper case: "2024-Q2"
 * ```
 */
export function parsePeriod(code: unknown): Period {
  const read = readPeriodCode(code);
  if (isProblem(read)) throw periodError(code, read);
  return read;
}

/**
 * The non-throwing twin of {@link parsePeriod}.
 *
 * @example
 * ```ts
 * safeParsePeriod('2024-Q2').ok; // true
 * const result = safeParsePeriod('2024-02-30/2024-03-01');
 * result.ok; // false
 * result.ok ? null : result.error.details.problem; // 'dayDoesNotExist'
 * ```
 */
export function safeParsePeriod(code: unknown): Result<Period> {
  const read = readPeriodCode(code);
  return isProblem(read)
    ? { ok: false, error: periodError(code, read) }
    : { ok: true, value: read };
}
