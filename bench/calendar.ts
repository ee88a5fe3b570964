// Calendar benchmark: isWorkingDay and addWorkingDays over every date of
// 2022–2026, against a minimal hand-written loop measured in the same run
// (a Set of the non-working dates for isWorkingDay; a day-by-day walk over a
// precomputed table for addWorkingDays). The report engine asks
// isWorkingDay millions of times, so after a year's first use it must be a
// table lookup that allocates nothing.
import {
  addWorkingDays,
  calendarDays,
  isWorkingDay,
  kazakhstanCalendar,
} from '../src/calendar/index.js';
import { addDays, fromEpochDay, isoWeekday, toEpochDay } from '../src/core/local-date.js';

const dates: string[] = [];
for (let date = '2022-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) dates.push(date);
// Terms must end inside the data: start them up to mid-2026.
const starts = dates.filter((date) => date <= '2026-06-30');

// The baseline's data, built outside the timed loops.
const special = new Map(
  [2022, 2023, 2024, 2025, 2026].flatMap((year) =>
    calendarDays(year, kazakhstanCalendar).map((day) => [day.date, day.kind] as const),
  ),
);
const nonWorking = new Set(
  dates.filter((date) => {
    const kind = special.get(date);
    return kind === undefined ? isoWeekday(date) >= 6 : kind !== 'workingWeekend';
  }),
);
const firstDay = toEpochDay('2022-01-01');
const working = new Uint8Array(dates.length);
dates.forEach((date, i) => {
  working[i] = nonWorking.has(date) ? 0 : 1;
});

function time(label: string, operations: number, run: () => number): number {
  run(); // warm up: JIT, and the calendar's per-year tables
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) sink += run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = (operations * ROUNDS) / seconds;
  console.log(
    `  ${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(14)} ops/s  (check ${sink})`,
  );
  return perSecond;
}

const ROUNDS = 40;

console.log('calendar');

const baselineIs = time('baseline: Set.has over the dates', dates.length, () => {
  let count = 0;
  for (const date of dates) if (!nonWorking.has(date)) count++;
  return count;
});
const countWorking = (): number => {
  let count = 0;
  for (const date of dates) if (isWorkingDay(date)) count++;
  return count;
};
const libraryIs = time('isWorkingDay', dates.length, countWorking);
console.log(`  isWorkingDay / baseline: ${(libraryIs / baselineIs).toFixed(2)}`);

// Allocation: heap growth over many calls once the tables exist. Run with
// `node --expose-gc --import tsx bench/calendar.ts` for a figure without GC noise.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let calls = 0;
for (let round = 0; round < 400; round++) calls += countWorking() > 0 ? dates.length : 0;
const growth = process.memoryUsage().heapUsed - heapBefore;
console.log(
  `  isWorkingDay heap growth: ${(Math.max(growth, 0) / calls).toFixed(2)} bytes per call over ${calls.toLocaleString('en')} calls${gc === undefined ? ' (no --expose-gc: GC may have run)' : ''}`,
);

const TERM = 15;
const baselineAdd = time('baseline: walk a Uint8Array, 15 working days', starts.length, () => {
  let length = 0;
  for (const date of starts) {
    let index = toEpochDay(date) - firstDay;
    let left = TERM;
    while (left > 0) if (working[++index] === 1) left--;
    length += fromEpochDay(firstDay + index).length;
  }
  return length;
});
const libraryAdd = time('addWorkingDays(date, 15)', starts.length, () => {
  let length = 0;
  for (const date of starts) length += addWorkingDays(date, TERM).length;
  return length;
});
console.log(`  addWorkingDays / baseline: ${(libraryAdd / baselineAdd).toFixed(2)}`);
