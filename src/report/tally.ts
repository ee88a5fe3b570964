import { CHANNEL_KEYS, type Channel } from '../complaint/channel.js';
import { COMPLAINT_OUTCOME_KEYS, type ComplaintOutcome } from '../complaint/outcome.js';
import { deepFreeze } from '../core/freeze.js';
import { SECTOR_KEYS, type Sector } from '../core/sector.js';
import { Tenge } from '../money/tenge.js';
import { OUTREACH_KIND_KEYS, type OutreachKind } from '../outreach/kind.js';
import { SOCIAL_PLATFORM_KEYS, type SocialPlatform } from '../outreach/platform.js';
import type { Period } from '../period/period.js';
import { REGION_CODES, type RegionCode } from '../regions/regions.js';
import { ratio } from './ratio.js';
import { keepRejected } from './rejected.js';
import type { RecordCounts, RejectedRecord, Report, ReportRecordKind } from './report.js';

// The running counts of a report, mutable and owned by one builder: a
// record adds to them and allocates nothing it does not keep. Money is summed
// as bigint tiyn, exact, and becomes Tenge only in the finished report.

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

/** @internal */
export interface Tally {
  readonly period: Period;
  readonly regions: readonly RegionCode[] | null;
  readonly inRegions: (region: RegionCode) => boolean;
  provisional: boolean;
  openAtStart: number;
  received: number;
  readonly outcomes: Record<ComplaintOutcome, number>;
  carriedOver: number;
  refundTiyn: bigint;
  timely: number;
  viaUnifiedSystem: number;
  readonly byChannel: Record<Channel, number>;
  readonly bySector: Record<Sector, number>;
  readonly byRegion: Partial<Record<RegionCode, number>>;
  participated: number;
  asThirdParty: number;
  asPlaintiff: number;
  decidedForConsumers: number;
  recoveredTiyn: bigint;
  collectedTiyn: bigint;
  activities: number;
  readonly byKind: Record<OutreachKind, number>;
  readonly socialByPlatform: Record<SocialPlatform, number>;
  consumerAccounts: number;
  businessAccounts: number;
  consumerAccountsToDate: number;
  businessAccountsToDate: number;
  readonly records: Record<ReportRecordKind, { read: number; accepted: number; rejected: number }>;
  rejected: RejectedRecord[];
}

/** A tally of nothing yet, for a period and a set of regions (`null`: the whole country). @internal */
export function emptyTally(period: Period, regions: readonly RegionCode[] | null): Tally {
  const covered = regions === null ? undefined : new Set(regions);
  const byRegion: Partial<Record<RegionCode, number>> = {};
  for (const code of regions ?? REGION_CODES) byRegion[code] = 0;
  const counts = () => ({ read: 0, accepted: 0, rejected: 0 });
  return {
    period,
    regions,
    inRegions: covered === undefined ? () => true : (region) => covered.has(region),
    provisional: false,
    openAtStart: 0,
    received: 0,
    outcomes: zeros(COMPLAINT_OUTCOME_KEYS),
    carriedOver: 0,
    refundTiyn: 0n,
    timely: 0,
    viaUnifiedSystem: 0,
    byChannel: zeros(CHANNEL_KEYS),
    bySector: zeros(SECTOR_KEYS),
    byRegion,
    participated: 0,
    asThirdParty: 0,
    asPlaintiff: 0,
    decidedForConsumers: 0,
    recoveredTiyn: 0n,
    collectedTiyn: 0n,
    activities: 0,
    byKind: zeros(OUTREACH_KIND_KEYS),
    socialByPlatform: zeros(SOCIAL_PLATFORM_KEYS),
    consumerAccounts: 0,
    businessAccounts: 0,
    consumerAccountsToDate: 0,
    businessAccountsToDate: 0,
    records: {
      complaint: counts(),
      lawsuit: counts(),
      activity: counts(),
      registration: counts(),
    },
    rejected: [],
  };
}

function sum(counts: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const key in counts) total += counts[key] as number;
  return total;
}

const frozenCounts = (counts: RecordCounts): RecordCounts => ({ ...counts });

/** The report a tally makes: plain, frozen data. @internal */
export function finishTally(tally: Tally): Report {
  const closed = sum(tally.outcomes);
  const reviewed = tally.openAtStart + tally.received;
  const satisfied = tally.outcomes.satisfied;
  const report: Report = {
    schemaVersion: 1,
    period: tally.period,
    regions: tally.regions,
    provisional: tally.provisional,
    appeals: {
      openAtStart: tally.openAtStart,
      received: tally.received,
      reviewed,
      outcomes: { ...tally.outcomes },
      closed,
      carriedOver: tally.carriedOver,
      returnedToConsumers: Tenge.fromTiyn(tally.refundTiyn),
      satisfactionRate: ratio(satisfied, closed),
      satisfiedOfReviewed: ratio(satisfied, reviewed),
      timelyRate: ratio(tally.timely, closed),
      viaUnifiedSystem: tally.viaUnifiedSystem,
      byChannel: { ...tally.byChannel },
      bySector: { ...tally.bySector },
      byRegion: { ...tally.byRegion },
    },
    lawsuits: {
      participated: tally.participated,
      asThirdParty: tally.asThirdParty,
      asPlaintiff: tally.asPlaintiff,
      decidedForConsumers: tally.decidedForConsumers,
      recovered: Tenge.fromTiyn(tally.recoveredTiyn),
      collected: Tenge.fromTiyn(tally.collectedTiyn),
    },
    outreach: {
      total: tally.activities,
      byKind: { ...tally.byKind },
      socialByPlatform: { ...tally.socialByPlatform },
    },
    unifiedSystem: {
      consumerAccounts: tally.consumerAccounts,
      businessAccounts: tally.businessAccounts,
      cumulative: {
        consumerAccounts: tally.consumerAccountsToDate,
        businessAccounts: tally.businessAccountsToDate,
      },
      appeals: tally.viaUnifiedSystem,
    },
    records: {
      complaints: frozenCounts(tally.records.complaint),
      lawsuits: frozenCounts(tally.records.lawsuit),
      activities: frozenCounts(tally.records.activity),
      registrations: frozenCounts(tally.records.registration),
    },
    rejected: keepRejected(tally.rejected),
  };
  return deepFreeze(report);
}
