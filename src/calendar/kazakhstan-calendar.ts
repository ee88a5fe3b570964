import { deepFreeze } from './deep-freeze.js';
import { KAZAKHSTAN_HOLIDAYS } from './holidays.js';
import { KURBAN_AIT_DATES } from './kurban-ait.js';
import { ORTHODOX_CHRISTMAS } from './religious-days.js';
import { KAZAKHSTAN_CONFIRMED_YEARS, KAZAKHSTAN_TRANSFER_ACTS } from './transfer-acts.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * The Kazakhstan five-day-week calendar: the holidays of Law No. 267-II,
 * the religious days off of the Labour Code art. 84 p. 5, Kurban Ait as
 * announced 2020–2026 and by the Umm al-Qura calendar after, and the
 * transfer acts 2022–2026. It answers every year of `CALENDAR_YEAR_RANGE`:
 * 2022–2026 are confirmed, the others provisional (see
 * {@link calendarYearStatus}); {@link createWorkCalendar} adds newly
 * published data, or makes a strict calendar with `{ estimates: false }`.
 *
 * @example
 * ```ts
 * isWorkingDay('2024-05-04', { calendar: kazakhstanCalendar }); // true — the working Saturday
 * kazakhstanCalendar.confirmedYears; // [2022, 2023, 2024, 2025, 2026]
 * kazakhstanCalendar.estimates;      // true
 * ```
 */
export const kazakhstanCalendar: WorkCalendar = /* @__PURE__ */ deepFreeze({
  holidays: KAZAKHSTAN_HOLIDAYS,
  religiousDaysOff: [ORTHODOX_CHRISTMAS],
  kurbanAit: KURBAN_AIT_DATES,
  transferActs: KAZAKHSTAN_TRANSFER_ACTS,
  confirmedYears: KAZAKHSTAN_CONFIRMED_YEARS,
  estimates: true,
});
