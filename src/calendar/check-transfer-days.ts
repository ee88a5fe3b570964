import type { Labels, LocalDate } from '../core/index.js';
import { transferDayTaken } from './errors.js';
import { inForce } from './holidays.js';
import { KURBAN_AIT_NAME } from './religious-days.js';
import type { WorkCalendar } from './work-calendar.js';
import { kurbanAitDateOf } from './year-status.js';

// What already makes a date a day off before any transfer: a holiday or a
// religious day off in force on it, if any.
function dayOffOn(calendar: WorkCalendar, date: LocalDate): Labels | undefined {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  for (const rules of [calendar.holidays, calendar.religiousDaysOff]) {
    for (const rule of rules) {
      if (rule.month === month && rule.day === day && inForce(rule, year)) return rule.name;
    }
  }
  return kurbanAitDateOf(calendar, year) === date ? KURBAN_AIT_NAME : undefined;
}

/**
 * Refuses a calendar with a transfer act (Labour Code art. 85 p. 3) whose day
 * off is already a holiday or a religious day off, or whose working day is
 * one: the act would lose the day it promises, so the data is refused when
 * the calendar is made rather than half applied.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` (`problem`: `dayTaken`) naming the act.
 * @internal
 */
export function checkTransferDays(calendar: WorkCalendar): void {
  for (const act of calendar.transferActs) {
    for (const date of [act.dayOff, act.workingDay]) {
      const takenBy = dayOffOn(calendar, date);
      if (takenBy !== undefined) throw transferDayTaken(act, date, takenBy);
    }
  }
}
