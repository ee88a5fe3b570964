import type { EventTime } from './event-types.js';
import { kazakhstanDate } from './instant.js';
import { isLocalDate, type LocalDate } from './local-date.js';

/**
 * The Kazakhstan calendar date of an event time: a date as it is, an
 * instant on the Asia/Almaty clock.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` when it is neither a date nor an instant.
 * @internal
 */
export function eventDate(at: EventTime): LocalDate {
  return at.length === 10 && isLocalDate(at) ? at : kazakhstanDate(at);
}
