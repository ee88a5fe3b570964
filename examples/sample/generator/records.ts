import type { LocalDate, Sector } from '../../../src/index.js';
import { almatyInstant } from './dates.js';
import { CONSUMER_IINS, type KnownBusiness, PUBLISHED_BINS } from './ids.js';
import type { AppealPlan, Relief } from './plan.js';
import type { Random } from './random.js';
import { refundAmounts, tengeText } from './refunds.js';
import { SUBJECTS, type Subject } from './texts.js';

// Plans dressed as appeal records: numbered in the order they arrived, each
// with a subject in Kazakh or Russian and the relief that fits it, the
// consumer (rarely with an IIN, and then a synthetic one), the business
// complained about (a published BIN), the amount claimed and the refunds.

/** An appeal record as stored (money as decimal strings). */
export interface ComplaintRecordJson {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly receivedAt: string;
  readonly channel: string;
  readonly appealType: string;
  readonly region: '79';
  readonly sector: Sector;
  readonly subject: string;
  readonly consumer:
    | { readonly kind: 'individual'; readonly iin?: string }
    | { readonly kind: 'legalEntity'; readonly bin: string };
  readonly business?: { readonly id: string; readonly name?: string };
  readonly claimed?: string;
  readonly events: readonly object[];
}

const APPEAL_TYPES = [
  ['complaint', 78],
  ['application', 16],
  ['request', 5],
  ['message', 1],
] as const;

/** A typical refund in a sector, in tenge: refunds spread around it. */
export const TYPICAL_REFUND: Readonly<Record<Sector, number>> = {
  retailTrade: 35_000,
  eCommerce: 28_000,
  householdServices: 18_000,
  housingAndUtilities: 10_000,
  catering: 7_000,
  transport: 50_000,
  medicalServices: 55_000,
  communicationServices: 6_000,
  education: 90_000,
  tourism: 140_000,
  financialServices: 60_000,
  realEstate: 150_000,
  other: 35_000,
};

/** Of the satisfied appeals that could be put right otherwise, how many were not with money. */
const OTHER_THAN_MONEY = 0.45;

interface Dressing {
  readonly random: Random;
  readonly businesses: readonly KnownBusiness[];
  /** Tiyn the refunds of the period's satisfied appeals add up to. */
  readonly refundTotal: bigint;
  readonly periodEnd: LocalDate;
}

/** A plan with its subject and, when satisfied, how it was put right. */
interface Dressed {
  readonly plan: AppealPlan;
  readonly subject: Subject;
  readonly relief?: { readonly kind: Relief; readonly text?: string };
}

const remediesOf = (subject: Subject, kind: Relief): readonly string[] =>
  kind === 'inKind'
    ? (subject.inKind ?? [])
    : kind === 'nonMonetary'
      ? (subject.nonMonetary ?? [])
      : [];

function dress(random: Random, plan: AppealPlan): Dressed {
  const satisfy = plan.events.find((event) => event.type === 'satisfy');
  const planned = satisfy?.type === 'satisfy' ? satisfy.relief : undefined;
  const subjects = SUBJECTS[plan.sector];
  const fixed = plan.subject === undefined ? undefined : { text: plan.subject };
  // A relief the plan fixes needs a subject it can put right.
  const fitting =
    planned === undefined
      ? subjects
      : subjects.filter((s) => remediesOf(s, planned).length > 0 || planned === 'refund');
  const subject = fixed ?? random.pick(fitting.length > 0 ? fitting : subjects);
  if (satisfy === undefined) return { plan, subject };
  const otherwise = (['inKind', 'nonMonetary'] as const).filter(
    (kind) => remediesOf(subject, kind).length > 0,
  );
  const kind =
    planned ??
    (otherwise.length > 0 && random.chance(OTHER_THAN_MONEY) ? random.pick(otherwise) : 'refund');
  if (kind === 'refund') return { plan, subject, relief: { kind } };
  return { plan, subject, relief: { kind, text: random.pick(remediesOf(subject, kind)) } };
}

function businessFor(random: Random, sector: Sector, businesses: readonly KnownBusiness[]) {
  const ofSector = businesses.filter((b) => b.sector === sector);
  const chosen = random.pick(ofSector.length > 0 ? ofSector : businesses);
  return chosen.name === undefined ? { id: chosen.id } : { id: chosen.id, name: chosen.name };
}

function consumerOf(random: Random): ComplaintRecordJson['consumer'] {
  const who = random.weighted([
    ['anonymous', 97],
    ['withIin', 2],
    ['company', 1],
  ] as const);
  if (who === 'withIin') return { kind: 'individual', iin: random.pick(CONSUMER_IINS) };
  if (who === 'company') return { kind: 'legalEntity', bin: random.pick(PUBLISHED_BINS) };
  return { kind: 'individual' };
}

/** A claim `percent` % of `refund`, rounded up to 100 tenge. */
const partOf = (refund: bigint, percent: number): bigint =>
  ((refund * BigInt(percent)) / 100n / 10_000n + 1n) * 10_000n;

const byArrival = (a: AppealPlan, b: AppealPlan): number =>
  a.receivedOn === b.receivedOn ? a.minutes - b.minutes : a.receivedOn < b.receivedOn ? -1 : 1;

/** The refund of every appeal satisfied with money: those of the period add up to the total. */
function refundsOf(dressed: readonly Dressed[], dressing: Dressing): Map<Dressed, bigint> {
  const { random, periodEnd, refundTotal } = dressing;
  const withMoney = dressed.filter((d) => d.relief?.kind === 'refund');
  const closedOn = (d: Dressed) => d.plan.events.at(-1)?.at as LocalDate;
  const inPeriod = withMoney.filter((d) => closedOn(d) <= periodEnd);
  const amounts = new Map<Dressed, bigint>();
  const tiyn = refundAmounts(
    random,
    inPeriod.map((d) => TYPICAL_REFUND[d.plan.sector]),
    refundTotal,
  );
  for (const [i, d] of inPeriod.entries()) amounts.set(d, tiyn[i] as bigint);
  // Refunds made in June do not count for the period: drawn alone.
  for (const d of withMoney.filter((d) => closedOn(d) > periodEnd)) {
    const typical = TYPICAL_REFUND[d.plan.sector];
    amounts.set(d, BigInt(random.int(typical / 20, typical / 5)) * 1000n);
  }
  return amounts;
}

/** The appeal records, in the order they were received, and the id of each court case's appeal. */
export function appealRecords(
  plans: readonly AppealPlan[],
  dressing: Dressing,
): { records: ComplaintRecordJson[]; appealOfLawsuit: Map<string, string> } {
  const { random, businesses } = dressing;
  const dressed = [...plans].sort(byArrival).map((plan) => dress(random, plan));
  const refunds = refundsOf(dressed, dressing);
  const counters = new Map<string, number>();
  const appealOfLawsuit = new Map<string, string>();
  const records = dressed.map((d): ComplaintRecordJson => {
    const { plan, subject, relief } = d;
    const year = plan.receivedOn.slice(0, 4);
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const id = `SH-${year}-${String(number).padStart(5, '0')}`;
    const refund = refunds.get(d);
    const events = plan.events.map((event) => {
      if (event.type === 'referToCourt') appealOfLawsuit.set(event.lawsuitId, id);
      if (event.type !== 'satisfy') return event;
      const { type, at } = event;
      if (refund !== undefined) return { type, at, refund: tengeText(refund) };
      return relief?.kind === 'inKind'
        ? { type, at, inKind: relief.text }
        : { type, at, nonMonetary: relief?.text };
    });
    // Most consumers ask for exactly what came back; some for more.
    const claimed =
      plan.claimed ??
      (refund === undefined
        ? undefined
        : tengeText(random.chance(0.75) ? refund : partOf(refund, random.int(110, 160))));
    const hasBusiness =
      plan.sector === 'housingAndUtilities' ? random.chance(0.8) : random.chance(0.93);
    return {
      schemaVersion: 1,
      id,
      receivedAt: almatyInstant(plan.receivedOn, plan.minutes),
      channel: plan.channel,
      appealType: random.weighted(APPEAL_TYPES),
      region: '79',
      sector: plan.sector,
      subject: subject.text,
      consumer: consumerOf(random),
      ...(hasBusiness ? { business: businessFor(random, plan.sector, businesses) } : {}),
      ...(claimed === undefined ? {} : { claimed }),
      events,
    };
  });
  return { records, appealOfLawsuit };
}
