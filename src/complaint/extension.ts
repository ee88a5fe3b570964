import { isWorkingDay, nextWorkingDay, type WorkCalendar } from '../calendar/index.js';
import { invalidExtensionError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { isLocalDate, type LocalDate } from '../core/local-date.js';
import { invalidComplaintInput } from './replay-input.js';

function invalidExtension(
  recordId: string | undefined,
  index: number,
  problem: 'lapsed' | 'pastLimit' | 'notLater',
  facts: { until: LocalDate; decidedOn: LocalDate; due: LocalDate; limit: LocalDate },
): TutynushyError<'INVALID_EXTENSION'> {
  return invalidExtensionError({
    machine: 'complaint',
    recordId,
    index,
    problem,
    ...facts,
  });
}

/**
 * The review deadline in force after the head extends a review to `until`
 * (АППК art. 76), or the error saying why the extension cannot stand:
 *
 * - decided after the deadline in force had passed: a term that has run out
 *   cannot be extended — the appeal is already late, and an extension logged
 *   afterwards must not make it look timely;
 * - past the two-month limit;
 * - not later than the deadline in force (it would not extend anything).
 *
 * A second extension is one more reasoned decision under the same rules:
 * while the deadline in force still runs, and within the same two months.
 * An `until` on a day off is kept as decided, and the deadline in force is
 * the next working day (a term ending on a non-working day ends on the next
 * working day, Civil Code art. 173) — the two-month limit is itself a working
 * day, so that never goes past it.
 *
 * @throws {@link TutynushyError} `INVALID_EXTENSION`, or `INVALID_RECORD`
 * for an `until` that is not a date.
 */
export function extendedDue(
  decidedOn: LocalDate,
  until: unknown,
  due: LocalDate,
  limit: LocalDate,
  calendar: WorkCalendar | undefined,
  recordId: string | undefined,
  index: number,
): LocalDate {
  if (typeof until !== 'string' || !isLocalDate(until)) {
    throw invalidComplaintInput(
      recordId,
      ['events', index, 'until'],
      { code: 'invalidType', expected: 'date' },
      until,
    );
  }
  const facts = { until, decidedOn, due, limit };
  if (decidedOn > due) throw invalidExtension(recordId, index, 'lapsed', facts);
  if (until > limit) throw invalidExtension(recordId, index, 'pastLimit', facts);
  if (until <= due) throw invalidExtension(recordId, index, 'notLater', facts);
  const options = calendar === undefined ? undefined : { calendar };
  return isWorkingDay(until, options) ? until : nextWorkingDay(until, options);
}
