// Calendar benchmark: isWorkingDay, addWorkingDays and workingDaysBetween
// over every date of 2022–2030, each against a minimal hand-written loop
// measured in the same run: a Set of the non-working dates for isWorkingDay;
// the day-by-day walk over a precomputed Uint8Array of working days (how
// addWorkingDays worked before its prefix count) for addWorkingDays and
// workingDaysBetween. The report engine asks these millions of times (six
// clocks per appeal), so after a year's first use isWorkingDay must be a
// table lookup that allocates nothing, and a term must cost the same whatever
// its length.
import {
  addWorkingDays,
  calendarDays,
  isWorkingDay,
  workingDaysBetween,
} from '../src/calendar/index.js';
import { addDays, fromEpochDay, isoWeekday, toEpochDay } from '../src/core/local-date.js';

const FIRST = '2022-01-01';
const LAST = '2030-12-31';
const dates: string[] = [];
for (let date = FIRST; date <= LAST; date = addDays(date, 1)) dates.push(date);
const starts = dates;
// The walk's table runs to the end of the range, so that a term of a year still ends inside it.
const table: string[] = [];
for (let date = FIRST; date <= '2038-12-31'; date = addDays(date, 1)) table.push(date);
const YEARS = Array.from({ length: 17 }, (_, i) => 2022 + i);

// The baselines' data, built outside the timed loops from the published form
// of the calendar (its special days, by kind).
const special = new Map(
  YEARS.flatMap((year) => calendarDays(year).map((day) => [day.date, day.kind] as const)),
);
const nonWorking = new Set(
  table.filter((date) => {
    const kind = special.get(date);
    return kind === undefined ? isoWeekday(date) >= 6 : kind !== 'workingWeekend';
  }),
);
const firstDay = toEpochDay(FIRST);
const working = new Uint8Array(table.length);
table.forEach((date, i) => {
  working[i] = nonWorking.has(date) ? 0 : 1;
});

const ROUNDS = 20;

// The best of three timed batches, after a warm-up (JIT, and the calendar's
// per-year tables), so that one pause of the machine does not decide a ratio.
function time(label: string, operations: number, run: () => number): number {
  for (let i = 0; i < 5; i++) run();
  let best = 0;
  let sink = 0;
  for (let batch = 0; batch < 3; batch++) {
    const start = process.hrtime.bigint();
    for (let round = 0; round < ROUNDS; round++) sink += run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, (operations * ROUNDS) / seconds);
  }
  console.log(
    `  ${label.padEnd(52)} ${Math.round(best).toLocaleString('en').padStart(14)} ops/s  (check ${sink / 3})`,
  );
  return best;
}

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
for (let round = 0; round < 200; round++) calls += countWorking() > 0 ? dates.length : 0;
const growth = process.memoryUsage().heapUsed - heapBefore;
console.log(
  `  isWorkingDay heap growth: ${(Math.max(growth, 0) / calls).toFixed(2)} bytes per call over ${calls.toLocaleString('en')} calls${gc === undefined ? ' (no --expose-gc: GC may have run)' : ''}`,
);

// addWorkingDays: the library's prefix count against the walk, for short and long terms.
for (const term of [3, 15, 60, 250]) {
  const walk = time(`baseline: walk a Uint8Array, ${term} working days`, starts.length, () => {
    let length = 0;
    for (const date of starts) {
      let index = toEpochDay(date) - firstDay;
      let left = term;
      while (left > 0) if (working[++index] === 1) left--;
      length += fromEpochDay(firstDay + index).charCodeAt(9);
    }
    return length;
  });
  const library = time(`addWorkingDays(date, ${term})`, starts.length, () => {
    let length = 0;
    for (const date of starts) length += addWorkingDays(date, term).charCodeAt(9);
    return length;
  });
  console.log(`  addWorkingDays(date, ${term}) / walk: ${(library / walk).toFixed(2)}`);
}

// workingDaysBetween: from each start to the same date 90 days later.
const ends = starts.map((date) => addDays(date, 90));
const walkBetween = time('baseline: count a Uint8Array over 90 days', starts.length, () => {
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = toEpochDay(starts[i] as string) - firstDay;
    const to = toEpochDay(ends[i] as string) - firstDay;
    for (let day = from + 1; day <= to; day++) total += working[day] as number;
  }
  return total;
});
const libraryBetween = time('workingDaysBetween(date, date + 90)', starts.length, () => {
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    total += workingDaysBetween(starts[i] as string, ends[i] as string);
  }
  return total;
});
console.log(`  workingDaysBetween / walk: ${(libraryBetween / walkBetween).toFixed(2)}`);
