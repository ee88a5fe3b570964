import { type Channel, type LocalDate, reviewDeadline, type Sector } from '../../../src/index.js';
import { earlier, later, workingDayAfter, workingDays } from './dates.js';
import type { PlannedEvent } from './plan.js';
import type { Random } from './random.js';
import { EXTENSION_REASONS, REDIRECT_BODIES } from './texts.js';

// The event log of one appeal's review, on working days: registered on its
// registration day (АППК art. 64), reviewed within 15 working days (art. 76)
// unless the head extends the review, redirected within 3 working days
// (art. 65), the claim often forwarded to the seller first (Law No. 274-IV
// art. 42-4) — at once on the E-Tutynushy route, or in the course of the
// review.

/** The outcomes the generated appeals close with. */
export type GeneratedOutcome = 'satisfied' | 'explained' | 'redirected' | 'withdrawn';

/** How a review goes against its deadline. */
export type ReviewPace = 'onTime' | 'late' | 'extended';

export interface ReviewRequest {
  readonly registeredOn: LocalDate;
  readonly channel: Channel;
  readonly sector: Sector;
  readonly outcome: GeneratedOutcome;
  readonly pace: ReviewPace;
  /** The earliest day it may close (the first working day of the period for a carried-in appeal). */
  readonly earliest?: LocalDate;
  /** The latest day it may close (the period's last day). */
  readonly latest: LocalDate;
}

// A day in `days`, nearer the middle than the ends, as review times are.
function middling(random: Random, days: readonly LocalDate[]): LocalDate {
  const index = Math.floor(((random.next() + random.next()) / 2) * days.length);
  return days[Math.min(index, days.length - 1)] as LocalDate;
}

function closingEvent(request: ReviewRequest, at: LocalDate): PlannedEvent {
  switch (request.outcome) {
    case 'satisfied':
      return { type: 'satisfy', at };
    case 'explained':
      return { type: 'explain', at };
    case 'withdrawn':
      return { type: 'withdraw', at };
    case 'redirected': {
      const to = REDIRECT_BODIES[request.sector];
      return to === undefined ? { type: 'redirect', at } : { type: 'redirect', at, to };
    }
  }
}

const LEAST_DAYS: Readonly<Record<GeneratedOutcome, number>> = {
  satisfied: 2,
  explained: 3,
  redirected: 1,
  withdrawn: 1,
};

/** The day the review closes, by its pace, within `earliest`–`latest`. */
function closingDay(random: Random, request: ReviewRequest, due: LocalDate): LocalDate {
  const { registeredOn, pace, latest } = request;
  const earliest = request.earliest ?? registeredOn;
  const within = (from: LocalDate, to: LocalDate): LocalDate[] =>
    workingDays(later(from, earliest), earlier(to, latest));
  if (pace === 'late') {
    // A redirect is late after 3 working days, found out in the review; any
    // other review after its 15.
    const days =
      request.outcome === 'redirected'
        ? within(workingDayAfter(registeredOn, 4), due)
        : within(workingDayAfter(due, 1), workingDayAfter(due, 6));
    if (days.length > 0) return random.pick(days);
  }
  const least = workingDayAfter(registeredOn, LEAST_DAYS[request.outcome]);
  const days = within(least, due);
  if (days.length > 0) return middling(random, days);
  // Received in the period's last days, or carried in past its deadline:
  // closed on one of the first days it can be.
  const any = within(registeredOn, later(due, workingDayAfter(earliest, 5)));
  if (any.length === 0) throw new Error(`no day to close an appeal registered on ${registeredOn}`);
  return random.pick(any.slice(0, 3));
}

/** Picks `count` days of `days` in time order (a day may repeat). */
function daysInOrder(random: Random, days: readonly LocalDate[], count: number): LocalDate[] {
  return Array.from({ length: count }, () => random.pick(days)).sort();
}

/** The event log of a review, from registration to its close. */
export function reviewEvents(random: Random, request: ReviewRequest): PlannedEvent[] {
  const { registeredOn: reg, channel, outcome, pace } = request;
  const due = reviewDeadline(reg);
  const register: PlannedEvent = { type: 'register', at: reg };

  if (pace === 'extended') {
    const decidedOn = workingDayAfter(reg, random.int(9, 14));
    const until = workingDayAfter(reg, random.int(24, 32));
    // Closed after the first deadline, by the extended one.
    const close = random.pick(workingDays(workingDayAfter(due, 1), earlier(until, request.latest)));
    return [
      register,
      { type: 'startReview', at: workingDayAfter(reg, random.int(0, 1)) },
      { type: 'extend', at: decidedOn, until, reason: random.pick(EXTENSION_REASONS) },
      closingEvent(request, close),
    ];
  }

  if (outcome === 'redirected' && pace === 'onTime') {
    // Outside the department's competence: sent on within 3 working days.
    const latest = earlier(workingDayAfter(reg, 3), request.latest);
    const at = random.pick(workingDays(workingDayAfter(reg, reg < latest ? 1 : 0), latest));
    return [register, closingEvent(request, at)];
  }

  const close = closingDay(random, request, due);
  const days = workingDays(reg, close);
  const systemRoute = channel === 'eTutynushy' && random.chance(0.75);
  const forwarded =
    systemRoute ||
    random.chance(outcome === 'satisfied' ? 0.45 : outcome === 'explained' ? 0.3 : 0.15);
  if (!forwarded || days.length < 3) {
    const start = days[Math.min(random.int(0, 1), days.length - 1)] as LocalDate;
    return [register, { type: 'startReview', at: start }, closingEvent(request, close)];
  }
  const answer =
    outcome === 'satisfied'
      ? random.chance(0.75)
        ? 'accepted'
        : 'partlyAccepted'
      : outcome === 'withdrawn'
        ? 'accepted'
        : 'rejected';
  if (systemRoute) {
    // The E-Tutynushy route: the claim goes to the seller on registration.
    const forward: PlannedEvent = { type: 'forwardToBusiness', at: reg };
    if (outcome === 'satisfied' && random.chance(0.4)) {
      // The seller simply gave the consumer what was asked.
      return [register, forward, closingEvent(request, close)];
    }
    const [answeredOn] = daysInOrder(random, days.slice(1), 1) as [LocalDate];
    if (outcome !== 'satisfied' && random.chance(0.3)) {
      // The seller stayed silent: the department reviews without its answer.
      return [
        register,
        forward,
        { type: 'startReview', at: answeredOn },
        closingEvent(request, close),
      ];
    }
    return [
      register,
      forward,
      { type: 'businessAnswer', at: answeredOn, answer },
      closingEvent(request, close),
    ];
  }
  const [startedOn, forwardedOn, answeredOn] = daysInOrder(random, days, 3) as [
    LocalDate,
    LocalDate,
    LocalDate,
  ];
  // The review starts on registration or the next working day.
  const nextDay = days[1] as LocalDate;
  return [
    register,
    { type: 'startReview', at: earlier(startedOn, nextDay) },
    { type: 'forwardToBusiness', at: forwardedOn },
    { type: 'businessAnswer', at: answeredOn, answer },
    closingEvent(request, close),
  ];
}
