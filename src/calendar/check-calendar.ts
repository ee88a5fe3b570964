import { notACalendar } from './errors.js';
import { kazakhstanCalendar } from './kazakhstan-calendar.js';
import type { WorkCalendar } from './work-calendar.js';

// The calendars whose every entry is known to be valid: kazakhstanCalendar
// and every one createWorkCalendar made. Kept on globalThis under a
// registered symbol, so that a calendar made by the CommonJS copy of the
// library is known to the ES module copy in the same process.
const REGISTRY = Symbol.for('tutynushy.checkedCalendars');

function registry(): WeakSet<object> {
  const global = globalThis as { [REGISTRY]?: WeakSet<object> };
  global[REGISTRY] ??= new WeakSet();
  return global[REGISTRY];
}

/** Records a calendar whose every entry has been checked. @internal */
export function markChecked<T extends WorkCalendar>(calendar: T): T {
  registry().add(calendar);
  return calendar;
}

/**
 * Checks that a value passed as a calendar is one: {@link kazakhstanCalendar}
 * or a calendar {@link createWorkCalendar} made (and so checked entry by
 * entry). An object put together by hand is refused with a message that
 * says to pass it through `createWorkCalendar({ base })`, which checks it;
 * the tables are never read unchecked, so no `TypeError` comes from deep
 * inside. A set lookup, run when a year of the calendar is first used.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` (`problem`: `notACalendar`).
 * @internal
 */
export function checkCalendar(
  calendar: unknown,
  fn: string,
  field = 'calendar',
): asserts calendar is WorkCalendar {
  // WeakSet#has answers false for anything that is not an object.
  if (calendar !== kazakhstanCalendar && !registry().has(calendar as object)) {
    throw notACalendar(fn, field, calendar);
  }
}

/** Whether a value is a calendar already checked. @internal */
export function isCheckedCalendar(calendar: unknown): calendar is WorkCalendar {
  return calendar === kazakhstanCalendar || registry().has(calendar as object);
}
