import type { LocalDate } from '../core/index.js';
import type { Tenge } from '../money/index.js';
import type { BusinessAnswer } from './business-answer.js';
import type { ComplaintClocks } from './deadlines.js';
import type { ComplaintOutcome } from './outcome.js';
import type { ComplaintEvent, ComplaintRecord } from './record.js';
import type { ComplaintState } from './state.js';

/**
 * What a satisfied appeal brought the consumer; an empty object for an
 * appeal not (yet) satisfied. Sum refunds with `Tenge.sum`, skipping the
 * absent ones.
 */
export interface ComplaintRelief {
  /** Money returned, positive; absent when no money was returned. */
  readonly refund?: Tenge | undefined;
  /** Relief in kind (goods replaced or repaired): `true` or its description. */
  readonly inKind?: string | true | undefined;
  /** Non-monetary relief: `true` or its description. */
  readonly nonMonetary?: string | true | undefined;
}

/** One replayed event with the state it found and the state it left. */
export interface ComplaintHistoryEntry {
  /** The event's index in the log. */
  readonly index: number;
  readonly event: ComplaintEvent;
  readonly from: ComplaintState;
  readonly to: ComplaintState;
}

/** The deadlines of an appeal: its clocks (from the receipt) and what its events added. */
export interface ComplaintDeadlines extends ComplaintClocks {
  /** The last day of the review as extended, when the review was extended (АППК Art. 76). */
  readonly extendedUntil?: LocalDate | undefined;
  /** The business's last day to answer, when the claim was forwarded to it (Law 274-IV Art. 42-4). */
  readonly sellerAnswerDue?: LocalDate | undefined;
  /** The review deadline in force: `extendedUntil` when the review was extended, else `reviewDue`. */
  readonly due: LocalDate;
}

/** How the business answered a forwarded claim, and whether within its 10 days. */
export interface ComplaintBusinessAnswer {
  readonly answer: BusinessAnswer;
  readonly answeredOn: LocalDate;
  /** Answered on or before `deadlines.sellerAnswerDue`. */
  readonly timely: boolean;
}

/**
 * An appeal as its event log makes it: the record's facts and everything
 * derived from them. Build it with {@link replayComplaint}; never store it
 * (store the record, whose log is the truth).
 */
export interface Complaint extends Omit<ComplaintRecord, 'schemaVersion'> {
  /** The Kazakhstan calendar date of `receivedAt`. */
  readonly receivedOn: LocalDate;
  readonly state: ComplaintState;
  /** How it ended; only once `closed`. */
  readonly outcome?: ComplaintOutcome | undefined;
  /** The date of the closing event; only once `closed`. */
  readonly closedOn?: LocalDate | undefined;
  readonly relief: ComplaintRelief;
  /** Every event with its states before and after; empty when replayed with `history: false`. */
  readonly history: readonly ComplaintHistoryEntry[];
  readonly deadlines: ComplaintDeadlines;
  /**
   * Once closed: whether it closed on or before its deadline. A redirect is
   * timely only within `redirectDue` and a refusal only within `refusalDue`
   * (their own shorter clocks); every other outcome within `due`.
   */
  readonly timely?: boolean | undefined;
  /** The business's answer to the forwarded claim, once it answered. */
  readonly businessAnswer?: ComplaintBusinessAnswer | undefined;
}
