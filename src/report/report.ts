import type { Channel } from '../complaint/channel.js';
import type { ComplaintOutcome } from '../complaint/outcome.js';
import type { ErrorCode } from '../core/error-codes.js';
import type { Sector } from '../core/sector.js';
import type { Tenge } from '../money/tenge.js';
import type { OutreachKind } from '../outreach/kind.js';
import type { SocialPlatform } from '../outreach/platform.js';
import type { Period } from '../period/period.js';
import type { RegionCode } from '../regions/regions.js';
import type { Ratio } from './ratio.js';

/** The kinds of record a report reads: appeals, lawsuits, outreach activities and E-Tutynushy registrations. */
export type ReportRecordKind = 'complaint' | 'lawsuit' | 'activity' | 'registration';

/**
 * Every {@link ReportRecordKind}, in the order of a report's sections.
 *
 * @example
 * ```ts
 * REPORT_RECORD_KINDS; // ['complaint', 'lawsuit', 'activity', 'registration']
 * ```
 */
export const REPORT_RECORD_KINDS: readonly ReportRecordKind[] = Object.freeze([
  'complaint',
  'lawsuit',
  'activity',
  'registration',
]);

/**
 * KPI 3, the quality of review of appeals («Жеке және заңды тұлғалардың
 * өтініштерін қарау сапасы» / «Качество рассмотрения обращений физических и
 * юридических лиц»). Every reviewed appeal falls in exactly one bucket —
 * closed in the period with an outcome, or carried over — so
 * `Σ outcomes + carriedOver = reviewed` always.
 */
export interface AppealFigures {
  /** Appeals received before the period and still open at its start. */
  readonly openAtStart: number;
  /** Appeals received in the period (by the Almaty date of `receivedAt`). */
  readonly received: number;
  /** `openAtStart + received`: the appeals the department had to review in the period. */
  readonly reviewed: number;
  /** Appeals closed in the period, by outcome: every outcome, zero included. */
  readonly outcomes: Readonly<Record<ComplaintOutcome, number>>;
  /** Appeals closed in the period: the sum of `outcomes`. */
  readonly closed: number;
  /** Appeals open at the period's end, carried over to the next. */
  readonly carriedOver: number;
  /** Money returned to consumers: the refunds of the appeals satisfied in the period. */
  readonly returnedToConsumers: Tenge;
  /** Satisfied of closed. */
  readonly satisfactionRate: Ratio;
  /** Satisfied of reviewed. */
  readonly satisfiedOfReviewed: Ratio;
  /** Closed on time (by their review deadline, or the redirect and refusal clocks) of closed. */
  readonly timelyRate: Ratio;
  /** Appeals received in the period through E-Tutynushy (`channel: 'eTutynushy'`). */
  readonly viaUnifiedSystem: number;
  /** Appeals received in the period, by channel (every channel, zero included). */
  readonly byChannel: Readonly<Record<Channel, number>>;
  /** Appeals received in the period, by sector (every sector, zero included). */
  readonly bySector: Readonly<Record<Sector, number>>;
  /** Appeals received in the period, by region (every region of the report, zero included). */
  readonly byRegion: Readonly<Partial<Record<RegionCode, number>>>;
}

/** KPI 4, lawsuit work («Талап-арыз қызметі» / «Исковая работа»). */
export interface LawsuitFigures {
  /** Lawsuits with a court session in the period that the department took part in. */
  readonly participated: number;
  /** Of those, as a third party. */
  readonly asThirdParty: number;
  /** Of those, as plaintiff in consumers' interest. */
  readonly asPlaintiff: number;
  /**
   * Lawsuits whose decision in force at the period's end (the latest one: a
   * decision on appeal replaces the first) was made in the period and is for
   * or partly for consumers.
   */
  readonly decidedForConsumers: number;
  /** What those decisions award («өндірілген» in published reports). */
  readonly recovered: Tenge;
  /** Money actually collected in the period (`recover` events of any lawsuit). */
  readonly collected: Tenge;
}

/** KPI 2, information and outreach work («Ақпараттық-түсіндіру жұмысы»). */
export interface OutreachFigures {
  /** Activities in the period. */
  readonly total: number;
  /** By kind, every kind included. */
  readonly byKind: Readonly<Record<OutreachKind, number>>;
  /** Social-network posts by platform, every platform included. */
  readonly socialByPlatform: Readonly<Record<SocialPlatform, number>>;
}

/** KPI 1, work in the unified information system E-Tutynushy. */
export interface UnifiedSystemFigures {
  /** Consumer accounts opened in the period. */
  readonly consumerAccounts: number;
  /** Business accounts opened in the period. */
  readonly businessAccounts: number;
  /** Accounts opened up to the period's end (from the first registration the records hold). */
  readonly cumulative: {
    /** Consumer accounts opened up to the period's end. */
    readonly consumerAccounts: number;
    /** Business accounts opened up to the period's end. */
    readonly businessAccounts: number;
  };
  /** Appeals received through the system in the period: `appeals.viaUnifiedSystem`. */
  readonly appeals: number;
}

/** How many records of one kind a report read: `read = accepted + rejected`, always. */
export interface RecordCounts {
  /** Records given to the report. */
  readonly read: number;
  /** Records it read and counted (those outside the period and regions count as nothing, but are accepted). */
  readonly accepted: number;
  /** Records it refused, each with its error. */
  readonly rejected: number;
}

/** A record a report refused, with the error that says why. */
export interface RejectedRecord {
  /** What the record was given as. */
  readonly kind: ReportRecordKind;
  /** Where it came from, when the report was told (a file name, a queue, a shard). */
  readonly source?: string | undefined;
  /** Its position in that input, from 0 (the line of a JSON Lines file less one). */
  readonly index: number;
  /** Its `id`, when it had a usable one. */
  readonly id?: string | undefined;
  /** The error, as data: `formatError(error, locale)` words it in any language. */
  readonly error: {
    /** The error's code: `INVALID_RECORD`, `INVALID_TRANSITION`, … */
    readonly code: ErrorCode;
    /** The error's message, in English. */
    readonly message: string;
    /** The error's details, as `ErrorDetails[code]` types them. */
    readonly details: unknown;
  };
}

/**
 * A period KPI report: the four KPIs of a department report, computed from
 * records for one period and one set of regions. Plain data: `JSON.stringify`
 * gives its stored form (amounts as decimal strings), {@link parseReport}
 * reads it back, {@link mergeReports} adds reports of disjoint record sets.
 */
export interface Report {
  /** The version of the report's stored form. */
  readonly schemaVersion: 1;
  /** The period the report covers. */
  readonly period: Period;
  /** The regions the report covers, sorted; `null` for the whole country (every record counts). */
  readonly regions: readonly RegionCode[] | null;
  /** `true` when a deadline of an appeal counted here rests on a provisional calendar year. */
  readonly provisional: boolean;
  /** KPI 3: the review of appeals. */
  readonly appeals: AppealFigures;
  /** KPI 4: lawsuit work. */
  readonly lawsuits: LawsuitFigures;
  /** KPI 2: information and outreach work. */
  readonly outreach: OutreachFigures;
  /** KPI 1: work in E-Tutynushy. */
  readonly unifiedSystem: UnifiedSystemFigures;
  /** How many records of each kind the report read, counted and refused. */
  readonly records: {
    /** Appeal records. */
    readonly complaints: RecordCounts;
    /** Lawsuit records. */
    readonly lawsuits: RecordCounts;
    /** Outreach activity records. */
    readonly activities: RecordCounts;
    /** E-Tutynushy registration records. */
    readonly registrations: RecordCounts;
  };
  /**
   * The refused records, in a stable order (by kind, source and index), at
   * most {@link MAX_REJECTED_LISTED}; `records` counts them all.
   */
  readonly rejected: readonly RejectedRecord[];
}

/**
 * The most refused records a report lists one by one; beyond it they are
 * only counted (`records.*.rejected`), so that a report's size does not grow
 * with its input.
 *
 * @example
 * ```ts
 * MAX_REJECTED_LISTED; // 1000
 * ```
 */
export const MAX_REJECTED_LISTED = 1000;
