// The order of event times, worked out apart from the library's event floor,
// for tests to check the replays against: two instants by the instant, and
// anything with a date by its Kazakhstan date (a day says nothing about the
// hour, so a date and an instant of the same day are equal).
import { kazakhstanDate } from '../../src/core/index.js';

const dayOf = (time: string): string => (time.length === 10 ? time : kazakhstanDate(time));

/** Negative when `a` comes before `b`, zero when neither does, positive after. */
export function compareEventTimes(a: string, b: string): number {
  if (a.length !== 10 && b.length !== 10) return Math.sign(Date.parse(a) - Date.parse(b));
  const [x, y] = [dayOf(a), dayOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
