import {
  addWorkingDays,
  isWorkingDay,
  type LocalDate,
  nextWorkingDay,
} from '../../../src/index.js';

// Calendar arithmetic for the generator. Dates are `YYYY-MM-DD` strings;
// working days come from the library's calendar (Law No. 267-II on holidays,
// Labour Code arts. 84–85 and the 2023–2024 transfer acts), so that every
// event the sample logs falls where a department could log it.

const DAY_MS = 86_400_000;

const toEpochDay = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromEpochDay = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Every day from `from` to `to`, both included. */
export function everyDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Every working day from `from` to `to`, both included. */
export function workingDays(from: LocalDate, to: LocalDate): LocalDate[] {
  return everyDay(from, to).filter((day) => isWorkingDay(day));
}

/** The `n`-th working day after `date`; `date` itself for 0. */
export function workingDayAfter(date: LocalDate, n: number): LocalDate {
  return n === 0 ? date : addWorkingDays(date, n);
}

/** Minutes after midnight of a time `HH:MM`. */
export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The end of the working day (АППК art. 64 p. 3: received after it, registered the next working day). */
const WORKDAY_END = minutesOf('18:30');

/**
 * An instant on the Asia/Almaty clock: UTC+6 until 1 March 2024, UTC+5
 * from then on (the time zone change of 1 March 2024).
 */
export function almatyInstant(date: LocalDate, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00${date < '2024-03-01' ? '+06:00' : '+05:00'}`;
}

/**
 * The day an appeal received at local `minutes` on `date` is registered
 * (АППК art. 64 p. 3): that day when it is a working day and the appeal came
 * before 18:30, else the next working day.
 */
export function registrationDay(date: LocalDate, minutes: number): LocalDate {
  return minutes < WORKDAY_END && isWorkingDay(date) ? date : nextWorkingDay(date);
}

/** The earlier of two dates. */
export const earlier = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);

/** The later of two dates. */
export const later = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
