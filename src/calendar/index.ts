/**
 * The Kazakhstan working-day calendar (five-day week) and the legal clocks
 * of appeal work. Holidays, religious days off, the Kurban Ait table and the
 * transfer acts are data with their sources (Law No. 267-II «О праздниках в
 * Республике Казахстан», Labour Code arts. 84–85); a user extends them with
 * {@link createWorkCalendar} without waiting for a release. Years without
 * confirmed data raise `CALENDAR_DATA_MISSING` rather than guess, unless the
 * calendar accepts estimates. The clocks (registration, review, extension,
 * redirect, refusal, the seller's answer) count from the day after the event
 * and end on a working day, on the Asia/Almaty clock.
 *
 * @module calendar
 */

export {
  CALENDAR_DAY_KIND_KEYS,
  CALENDAR_DAY_KINDS,
  type CalendarDay,
  type CalendarDayKind,
  calendarDayKindLabel,
  isCalendarDayKind,
} from './calendar-day.js';
export {
  type ClockOptions,
  type ExtensionOptions,
  extensionLimit,
  extensionNoticeDeadline,
  type RegistrationOptions,
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
  sellerAnswerDeadline,
} from './clocks.js';
export { CLOCKS, type Clock, type ClockKey, type ClockUnit } from './clocks-table.js';
export { type HolidayRule, holidayInForce, KAZAKHSTAN_HOLIDAYS } from './holidays.js';
export { calendarDays, nonWorkingDays, workingWeekendDays } from './non-working-days.js';
export {
  KURBAN_AIT_DATES,
  KURBAN_AIT_NAME,
  type KurbanAitDate,
  ORTHODOX_CHRISTMAS_NAME,
  RELIGIOUS_DAY_OFF_SOURCE,
} from './religious-days.js';
export {
  formatLegalSource,
  isLegalActKey,
  LEGAL_ACTS,
  type LegalActKey,
  type LegalSource,
} from './sources.js';
export {
  KAZAKHSTAN_CONFIRMED_YEARS,
  KAZAKHSTAN_TRANSFER_ACTS,
  type TransferAct,
} from './transfer-acts.js';
export {
  createWorkCalendar,
  type KurbanAitInput,
  kazakhstanCalendar,
  type WorkCalendar,
  type WorkCalendarOverrides,
} from './work-calendar.js';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.js';
export {
  type CalendarDataGap,
  type CalendarYearStatus,
  calendarYearStatus,
} from './year-table.js';
