/**
 * The Kazakhstan working-day calendar (five-day week) and the legal clocks
 * of appeal work. Holidays, religious days off, Kurban Ait and the transfer
 * acts are data with their sources (Law No. 267-II «О праздниках в
 * Республике Казахстан», Labour Code arts. 84–85); a user adds newly
 * published data with {@link createWorkCalendar} without waiting for a
 * release. Every year of {@link CALENDAR_YEAR_RANGE} is answered: confirmed
 * years from published data, the others provisionally (Kurban Ait from the
 * Umm al-Qura calendar, no transfer act until one is published), which
 * {@link isConfirmedYear} and {@link provisionalYearsBetween} tell; a strict
 * calendar (`createWorkCalendar({ estimates: false })`) refuses provisional
 * years with `CALENDAR_DATA_MISSING`. The clocks (registration, review,
 * extension, redirect, refusal, the seller's answer) count from the day after
 * the event and end on a working day, on the Asia/Almaty clock. Every
 * function takes the calendar in its options: `isWorkingDay(date, { calendar })`.
 *
 * @module calendar
 */

export { addWorkingDays } from './add-working-days.js';
export {
  CALENDAR_DAY_KIND_KEYS,
  CALENDAR_DAY_KINDS,
  type CalendarDay,
  type CalendarDayKind,
  calendarDayKindLabel,
  isCalendarDayKind,
} from './calendar-day.js';
export { calendarYearStatus, isConfirmedYear } from './calendar-year-status.js';
export type { KurbanAitInput } from './check-calendar-data.js';
export {
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
export { createWorkCalendar, type WorkCalendarOverrides } from './create-work-calendar.js';
export { type HolidayRule, holidayInForce, KAZAKHSTAN_HOLIDAYS } from './holidays.js';
export { isWorkingDay } from './is-working-day.js';
export { kazakhstanCalendar } from './kazakhstan-calendar.js';
export { KURBAN_AIT_DATES, type KurbanAitDate } from './kurban-ait.js';
export { nextWorkingDay } from './next-working-day.js';
export { calendarDays, nonWorkingDays, workingWeekendDays } from './non-working-days.js';
export type { CalendarOptions } from './options.js';
export { provisionalYearsBetween } from './provisional-years.js';
export {
  KURBAN_AIT_NAME,
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
export type { WorkCalendar } from './work-calendar.js';
export { workingDaysBetween } from './working-days-between.js';
export { CALENDAR_YEAR_RANGE, type CalendarYearRange } from './year-range.js';
export type { CalendarYearStatus } from './year-status.js';
