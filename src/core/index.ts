/**
 * The ground every module stands on: the error type, its codes and typed
 * details, the message catalogues in Kazakh, Russian and English
 * (`formatError`), the `Result` of the `safe*` functions, locales and
 * labels, calendar dates and instants on the Kazakhstan clock, and the
 * Kazakh and Russian grammar that numbers in text need.
 *
 * @module core
 */

export { createTutynushyError } from './create-error.js';
export { ERROR_CODES, type ErrorCode } from './error-codes.js';
export type {
  AmountDetails,
  AmountProblem,
  ArgumentDetails,
  CalendarDataDetails,
  CalendarDataGap,
  DateDetails,
  DateProblem,
  ErrorDetails,
  EventOrderDetails,
  EventPlace,
  Expectation,
  ExtensionDetails,
  IncompatibleReportsDetails,
  InstantDetails,
  InstantProblem,
  LocaleDetails,
  PeriodDetails,
  PeriodProblem,
  PeriodRangePart,
  RecordDetails,
  RegionDetails,
  RegionProblem,
  SchemaVersionDetails,
  TakenDay,
  TaxpayerIdDetails,
  TaxpayerIdPart,
  TaxpayerIdProblem,
  TransferActShown,
  TransitionDetails,
  TransitionProblem,
} from './error-details.js';
export { type AnyTutynushyError, isTutynushyError, TutynushyError } from './errors.js';
export type { EventTime, LoggedEvent } from './event-types.js';
export { formatError, formatRecordIssue } from './format-error.js';
export { formatRecordPath } from './format-record-path.js';
export type { HistoryEntry } from './history.js';
export {
  type Instant,
  isInstant,
  KAZAKHSTAN_TIME_ZONE,
  kazakhstanDate,
} from './instant.js';
export { type KazakhCase, kazakhEnding, withKazakhEnding } from './kazakh-suffix.js';
export { assertLocale, label } from './labels.js';
export {
  isLocalDate,
  type LocalDate,
  parseLocalDate,
  safeParseLocalDate,
} from './local-date.js';
export { isLocale, type Labels, LOCALES, type Locale } from './locale.js';
export { type RussianForms, russianPlural } from './plural.js';
export type { Received, ReceivedSummary } from './received.js';
export {
  type NestedError,
  RECORD_ISSUE_CODES,
  type RecordIssue,
  type RecordIssueCode,
  type RecordKind,
  type RecordRule,
} from './record-issue.js';
export type { Result } from './result.js';
export { isSector, SECTOR_KEYS, SECTORS, type Sector } from './sector.js';
export type { StateMachine, Transition } from './state-machine.js';
