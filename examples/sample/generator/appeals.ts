import { type Channel, isWorkingDay, type LocalDate, type Sector } from '../../../src/index.js';
import { everyDay, minutesOf, registrationDay, workingDayAfter } from './dates.js';
import { carriedOverPlans, extendedFromNovemberPlans } from './designed.js';
import { courtAppealPlans } from './lawsuits.js';
import { type AppealPlan, outcomeBy } from './plan.js';
import type { Random } from './random.js';
import { type GeneratedOutcome, type ReviewPace, reviewEvents } from './review.js';
import { REDIRECT_BODIES } from './texts.js';

// Every appeal of the sample as a plan. The published figures fix the
// totals: 1902 reviewed (the appeals open at 1 January and those received
// in January–May), 1664 satisfied, 135 explained, 58 redirected, 21
// withdrawn, 9 referred to court and 15 carried over; 112 of those received
// came through E-Tutynushy. The hand-written appeals (the court cases, the
// carried over, two from November) take their share; the rest are drawn.

export const PERIOD_START = '2024-01-01';
export const PERIOD_END = '2024-05-31';
/** The first working day of 2024 (1 and 2 January are New Year holidays). */
const FIRST_WORKING_DAY = '2024-01-03';

/** The published outcome table of the period. */
export const OUTCOMES = {
  satisfied: 1664,
  explained: 135,
  redirected: 58,
  withdrawn: 21,
  referredToCourt: 9,
} as const;
export const CARRIED_OVER = 15;
export const REVIEWED = 1902;

/** Open at 1 January: received in November–December 2023, still under review. */
const OPEN_AT_START = 47;

/** How the appeals received in the period came, E-Tutynushy exactly as published. */
const RECEIVED_BY_CHANNEL: Readonly<Partial<Record<Channel, number>>> = {
  eTutynushy: 112,
  eOtinish: 1021,
  paper: 268,
  reception: 187,
  hotline: 151,
  email: 71,
  messenger: 45,
};

/** How the appeals open at 1 January came. */
const CARRIED_IN_CHANNELS: readonly (readonly [Channel, number])[] = [
  ['eOtinish', 60],
  ['paper', 15],
  ['reception', 12],
  ['hotline', 8],
  ['email', 5],
];

/** Sectors of appeals, retail and e-commerce first, as published statistics rank them. */
const SECTORS: readonly (readonly [Sector, number])[] = [
  ['retailTrade', 44],
  ['eCommerce', 21],
  ['householdServices', 8],
  ['housingAndUtilities', 6],
  ['transport', 4],
  ['catering', 3],
  ['medicalServices', 3],
  ['communicationServices', 3],
  ['education', 2.5],
  ['tourism', 2],
  ['financialServices', 1.5],
  ['realEstate', 1],
  ['other', 1],
];

/** Sectors of redirected appeals: those another body is competent for. */
const REDIRECTED_SECTORS = SECTORS.filter(([sector]) => REDIRECT_BODIES[sector] !== undefined);

/** Of the appeals received in the period: how many reviews were extended, how many late. */
const EXTENDED = 18;
const LATE = 26;
const REDIRECTED_LATE = 6;

/** Of those open at 1 January: their outcomes. */
const CARRIED_IN_OUTCOMES: Readonly<Record<GeneratedOutcome, number>> = {
  satisfied: 37,
  explained: 5,
  redirected: 0,
  withdrawn: 1,
};

const ELECTRONIC = new Set<Channel>(['eTutynushy', 'eOtinish', 'email', 'messenger']);

const repeat = <T>(value: T, count: number): T[] => Array.from({ length: count }, () => value);

/** When an appeal of `channel` arrives: offices take paper and visitors in working hours; portals never close. */
function receipt(
  random: Random,
  channel: Channel,
  days: readonly LocalDate[],
): [LocalDate, number] {
  const working = days.filter((day) => isWorkingDay(day));
  if (!ELECTRONIC.has(channel)) {
    const [from, to] = channel === 'reception' ? ['09:30', '17:30'] : ['09:00', '18:15'];
    return [random.pick(working), random.int(minutesOf(from), minutesOf(to))];
  }
  const when = random.weighted([
    ['office', 82],
    ['evening', 9],
    ['dayOff', 9],
  ] as const);
  if (when === 'office')
    return [random.pick(working), random.int(minutesOf('08:00'), minutesOf('18:29'))];
  if (when === 'evening') {
    return [random.pick(working), random.int(minutesOf('18:31'), minutesOf('23:55'))];
  }
  const off = days.filter((day) => !isWorkingDay(day));
  return [random.pick(off), random.int(minutesOf('08:00'), minutesOf('23:00'))];
}

function countBy<T extends string>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The appeals received in the period that are drawn: every channel and outcome not taken by a hand-written appeal. */
function drawnInPeriod(random: Random, handWritten: readonly AppealPlan[]): AppealPlan[] {
  const written = handWritten.filter((plan) => plan.receivedOn >= PERIOD_START);
  const usedChannels = countBy(written.map((plan) => plan.channel));
  const channels = random.shuffle(
    Object.entries(RECEIVED_BY_CHANNEL).flatMap(([channel, count]) =>
      repeat(channel as Channel, (count as number) - (usedChannels.get(channel as Channel) ?? 0)),
    ),
  );
  // What is left of each outcome once the hand-written appeals closed in
  // the period and those drawn open at its start have taken theirs.
  const usedOutcomes = countBy(handWritten.map((plan) => outcomeBy(plan, PERIOD_END) ?? 'open'));
  const outcomes = random.shuffle(
    (['satisfied', 'explained', 'redirected', 'withdrawn'] as const).flatMap((outcome) =>
      repeat(
        outcome,
        OUTCOMES[outcome] - (usedOutcomes.get(outcome) ?? 0) - CARRIED_IN_OUTCOMES[outcome],
      ),
    ),
  );
  if (outcomes.length !== channels.length) {
    throw new Error(`${channels.length} channels for ${outcomes.length} outcomes`);
  }
  const days = everyDay(PERIOD_START, PERIOD_END);
  const drawn = channels.map((channel, i) => {
    const outcome = outcomes[i] as GeneratedOutcome;
    for (;;) {
      const [receivedOn, minutes] = receipt(random, channel, days);
      const registeredOn = registrationDay(receivedOn, minutes);
      // Every drawn appeal closes in the period: it must be registered in it.
      if (registeredOn <= PERIOD_END)
        return { receivedOn, minutes, channel, outcome, registeredOn };
    }
  });
  // Extensions and late reviews need time before the period ends.
  const paces = new Map<number, ReviewPace>();
  const mark = (count: number, pace: ReviewPace, fits: (d: (typeof drawn)[number]) => boolean) => {
    const eligible = random.shuffle(
      drawn
        .map((_, i) => i)
        .filter((i) => !paces.has(i) && fits(drawn[i] as (typeof drawn)[number])),
    );
    for (const i of eligible.slice(0, count)) paces.set(i, pace);
  };
  mark(
    EXTENDED,
    'extended',
    (d) =>
      d.outcome !== 'redirected' &&
      d.outcome !== 'withdrawn' &&
      workingDayAfter(d.registeredOn, 32) <= PERIOD_END,
  );
  mark(
    LATE,
    'late',
    (d) => d.outcome !== 'redirected' && workingDayAfter(d.registeredOn, 22) <= PERIOD_END,
  );
  mark(
    REDIRECTED_LATE,
    'late',
    (d) => d.outcome === 'redirected' && workingDayAfter(d.registeredOn, 15) <= PERIOD_END,
  );
  return drawn.map((d, i) => {
    const sector = random.weighted(d.outcome === 'redirected' ? REDIRECTED_SECTORS : SECTORS);
    const events = reviewEvents(random, {
      registeredOn: d.registeredOn,
      channel: d.channel,
      sector,
      outcome: d.outcome,
      pace: paces.get(i) ?? 'onTime',
      latest: PERIOD_END,
    });
    return { receivedOn: d.receivedOn, minutes: d.minutes, channel: d.channel, sector, events };
  });
}

/** The appeals received in December 2023 and still open at 1 January, closed in the period. */
function drawnCarriedIn(random: Random, count: number): AppealPlan[] {
  const outcomes = random.shuffle(
    Object.entries(CARRIED_IN_OUTCOMES).flatMap(([outcome, n]) =>
      repeat(outcome as GeneratedOutcome, n),
    ),
  );
  if (outcomes.length !== count)
    throw new Error(`${outcomes.length} outcomes for ${count} appeals open at the start`);
  const days = everyDay('2023-12-08', '2023-12-29');
  return outcomes.map((outcome) => {
    const channel = random.weighted(CARRIED_IN_CHANNELS);
    const [receivedOn, minutes] = receipt(random, channel, days);
    const sector = random.weighted(SECTORS);
    const events = reviewEvents(random, {
      registeredOn: registrationDay(receivedOn, minutes),
      channel,
      sector,
      outcome,
      pace: 'onTime',
      earliest: FIRST_WORKING_DAY,
      latest: PERIOD_END,
    });
    return { receivedOn, minutes, channel, sector, events };
  });
}

/** Every appeal of the sample, as plans in no particular order. */
export function appealPlans(random: Random): AppealPlan[] {
  const handWritten = [
    ...courtAppealPlans(),
    ...carriedOverPlans(),
    ...extendedFromNovemberPlans(),
  ];
  const writtenBefore = handWritten.filter((plan) => plan.receivedOn < PERIOD_START).length;
  const carriedIn = drawnCarriedIn(random, OPEN_AT_START - writtenBefore);
  return [...handWritten, ...carriedIn, ...drawnInPeriod(random, handWritten)];
}
