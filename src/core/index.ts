/**
 * The ground every module stands on: the error type and its codes, the
 * `Result` of the `safe*` functions, locales and labels, calendar dates and
 * instants on the Kazakhstan clock, grammar helpers and the event-log
 * state-machine machinery shared by appeals and lawsuits. Never loads zod:
 * the schemas of dates and instants (`LocalDateSchema`, `InstantSchema`,
 * `EventTimeSchema`) are in `tutynushy/schemas`.
 *
 * @module core
 */

export { describeValue } from './describe.js';
export { ERROR_CODES, type ErrorCode, isTutynushyError, TutynushyError } from './errors.js';
export {
  advanceEventFloor,
  type EventFloor,
  emptyEventFloor,
  eventFloorAfter,
  floorDate,
  receiptEventFloor,
} from './event-floor.js';
export {
  assertEventInOrder,
  compareEventTimes,
  type EventPosition,
  type EventTime,
  eventDate,
  eventsAllowedIn,
  type LoggedEvent,
  type StateMachine,
  stepEventLog,
  type Transition,
  transitionTarget,
} from './event-log.js';
export {
  type Instant,
  instantToEpochMs,
  isInstant,
  KAZAKHSTAN_TIME_ZONE,
  type KazakhstanClock,
  kazakhstanClock,
  kazakhstanDate,
  safeInstantToEpochMs,
} from './instant.js';
export {
  type KazakhCase,
  kazakhEnding,
  lastSpokenKazakhWord,
  withKazakhEnding,
} from './kazakh-suffix.js';
export {
  assertLocale,
  isLocale,
  type Labels,
  LOCALES,
  type Locale,
  label,
  labelOf,
} from './labels.js';
export {
  addDays,
  addMonths,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  type IsoWeekday,
  isLeapYear,
  isLocalDate,
  isoWeekday,
  type LocalDate,
  localDate,
  parseLocalDate,
  safeParseLocalDate,
  toEpochDay,
} from './local-date.js';
export { type RussianForms, russianPlural } from './plural.js';
export { formatRecordPath, type RecordIssue, recordError } from './record-issues.js';
export {
  checkRecord,
  type RecordSchema,
  recordIdOf,
  unsupportedSchemaVersion,
} from './record-parse.js';
export {
  checkReplayRecord,
  invalidReplayInput,
  type ReplayRecordKind,
} from './replay-input.js';
export { err, ok, type Result, safe } from './result.js';
export { isSector, SECTOR_KEYS, SECTORS, type Sector } from './sector.js';
