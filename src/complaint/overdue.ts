import { type WorkCalendar, workingDaysBetween } from '../calendar/index.js';
import { type LocalDate, parseLocalDate } from '../core/local-date.js';
import { readOptions } from '../core/options.js';
import type { Complaint } from './complaint.js';
import { checkReplayedComplaint } from './replay-input.js';

/** Options of {@link overdueBy} and {@link isOverdue}. */
export interface OverdueOptions {
  /** The calendar the appeal was replayed with; `kazakhstanCalendar` by default. */
  readonly calendar?: WorkCalendar | undefined;
}

// Open at `asOf`: not closed, or closed only later (a report looking back at
// a past month sees it open then).
function openAt(complaint: Complaint, asOf: LocalDate): boolean {
  return complaint.closedOn === undefined || complaint.closedOn > asOf;
}

/**
 * Whether an appeal open at `asOf` is past its review deadline in force
 * (`deadlines.due`: the extension when there is one). The day after the last
 * day counts, even a day off: the deadline was missed when its last day
 * ended, though {@link overdueBy} counts no working day lost until the next
 * working day. An appeal closed by `asOf` is never overdue (whether it closed
 * in time is its `timely`), and neither is one on any day up to its deadline,
 * including days before it was received.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` for a malformed `asOf`,
 * `INVALID_ARGUMENT` when `complaint` is not a replayed appeal.
 * @example
 * ```ts
 * const open = replayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0420', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'eOtinish',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'register', at: '2024-04-15' }],
 * }));
 * isOverdue(open, '2024-05-17'); // true — open, and due 2024-05-06
 * isOverdue(open, '2024-05-06'); // false — the last day is still in time
 * ```
 */
export function isOverdue(complaint: Complaint, asOf: LocalDate): boolean {
  checkReplayedComplaint(complaint, 'isOverdue');
  const day = parseLocalDate(asOf);
  return openAt(complaint, day) && day > complaint.deadlines.due;
}

/**
 * How many working days an appeal open at `asOf` is past its review deadline
 * in force: the working days after `deadlines.due` up to and including
 * `asOf`. 0 when it is closed by `asOf` or not yet due (and on the days off
 * right after the deadline, when it is overdue by no working day yet).
 *
 * @throws {@link TutynushyError} `INVALID_DATE` for a malformed `asOf`,
 * `INVALID_ARGUMENT` for a `complaint` that is not a replayed appeal or bad
 * options, `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * const open = replayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0420', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'eOtinish',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'register', at: '2024-04-15' }],
 * }));
 * overdueBy(open, '2024-05-17'); // 6 — due 2024-05-06; 7, 8 and 9 May are days off
 * overdueBy(open, '2024-05-09'); // 0 — past due, but no working day lost yet
 * ```
 */
export function overdueBy(complaint: Complaint, asOf: LocalDate, options?: OverdueOptions): number {
  checkReplayedComplaint(complaint, 'overdueBy');
  const { calendar } = readOptions<OverdueOptions>(options, 'overdueBy', ['calendar']);
  const day = parseLocalDate(asOf);
  const { due } = complaint.deadlines;
  if (!openAt(complaint, day) || day <= due) return 0;
  return calendar === undefined
    ? workingDaysBetween(due, day)
    : workingDaysBetween(due, day, { calendar });
}
