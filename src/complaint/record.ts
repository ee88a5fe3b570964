import type { EventTime, Instant, LocalDate, LoggedEvent, Sector } from '../core/index.js';
import type { Tenge } from '../money/index.js';
import type { RegionCode } from '../regions/index.js';
import type { AppealType } from './appeal-type.js';
import type { BusinessAnswer } from './business-answer.js';
import type { Channel } from './channel.js';
import type { ComplaintEventType } from './event-type.js';
import type { RefusalGround } from './refusal-ground.js';

// The types are written out rather than inferred from the zod schema, so that
// logic files can name them without importing zod; `schema.ts` checks at
// compile time that the schema produces exactly these.

/** What every appeal event has: its type, when it happened and an optional free-text note. */
export interface ComplaintEventBase<T extends ComplaintEventType> extends LoggedEvent<T> {
  /** What happened: one of {@link COMPLAINT_EVENT_TYPES}. */
  readonly type: T;
  /** A date (`2024-05-03`) when only the day is known, or an instant with an offset. */
  readonly at: EventTime;
  /** Free text for people (at most 2000 characters); never read by the library. */
  readonly note?: string | undefined;
}

/** The department registered the appeal (АППК Art. 64). */
export interface RegisterEvent extends ComplaintEventBase<'register'> {}

/** The claim was sent to the business for its answer (Law 274-IV Art. 42-4). */
export interface ForwardToBusinessEvent extends ComplaintEventBase<'forwardToBusiness'> {}

/** The business answered the forwarded claim. */
export interface BusinessAnswerEvent extends ComplaintEventBase<'businessAnswer'> {
  /** What the business answered: `accepted`, `partlyAccepted` or `rejected`. */
  readonly answer: BusinessAnswer;
}

/** The department started the review on the merits. */
export interface StartReviewEvent extends ComplaintEventBase<'startReview'> {}

/** The head extended the review by a reasoned decision (АППК Art. 76). */
export interface ExtendEvent extends ComplaintEventBase<'extend'> {
  /** The new last day of the review; never past the two-month limit. */
  readonly until: LocalDate;
  /** The reasons of the decision (required: the extension must be reasoned). */
  readonly reason: string;
}

/**
 * The appeal was satisfied, with at least one relief: money returned, in
 * kind (goods replaced or repaired) or non-monetary. `true` says the relief
 * was given without describing it; a string describes it.
 *
 * @typeParam M - how money is held: `Tenge` in memory, a decimal string in JSON.
 */
export interface SatisfyEvent<M = Tenge> extends ComplaintEventBase<'satisfy'> {
  /** Money returned to the consumer; positive. */
  readonly refund?: M | undefined;
  /** Relief in kind — goods replaced, repaired, a service redone — described, or `true`. */
  readonly inKind?: string | true | undefined;
  /** Relief that is neither money nor goods — a contract term dropped, an apology — described, or `true`. */
  readonly nonMonetary?: string | true | undefined;
}

/** The department answered with an explanation. */
export interface ExplainEvent extends ComplaintEventBase<'explain'> {}

/** The appeal was sent to the competent body (АППК Art. 65). */
export interface RedirectEvent extends ComplaintEventBase<'redirect'> {
  /** The body it was sent to. */
  readonly to?: string | undefined;
}

/** The applicant withdrew the appeal. */
export interface WithdrawEvent extends ComplaintEventBase<'withdraw'> {}

/** The department refused to consider the appeal (Law 274-IV Art. 42-6). */
export interface RefuseEvent extends ComplaintEventBase<'refuse'> {
  /** Why the appeal is not considered (Law 274-IV Art. 42-6). */
  readonly ground: RefusalGround;
}

/** The appeal was returned to the applicant (АППК Art. 64). */
export interface ReturnEvent extends ComplaintEventBase<'return'> {}

/** The matter went to court by a statement of claim. */
export interface ReferToCourtEvent extends ComplaintEventBase<'referToCourt'> {
  /** The id of the lawsuit record, when the library also holds it. */
  readonly lawsuitId?: string | undefined;
}

/**
 * One entry of an appeal's event log, told apart by `type`.
 *
 * @typeParam M - how money is held: `Tenge` in memory, a decimal string in JSON.
 */
export type ComplaintEvent<M = Tenge> =
  | RegisterEvent
  | ForwardToBusinessEvent
  | BusinessAnswerEvent
  | StartReviewEvent
  | ExtendEvent
  | SatisfyEvent<M>
  | ExplainEvent
  | RedirectEvent
  | WithdrawEvent
  | RefuseEvent
  | ReturnEvent
  | ReferToCourtEvent;

/** Who appealed: a person (IIN optional) or a legal entity (BIN required). Names are never required. */
export type ComplaintConsumer =
  | {
      /** A person. */
      readonly kind: 'individual';
      /** The person's IIN, when the appeal gives it. */
      readonly iin?: string | undefined;
      /** The person's name, when the appeal gives it (at most 300 characters). */
      readonly name?: string | undefined;
    }
  | {
      /** A legal entity. */
      readonly kind: 'legalEntity';
      /** The entity's BIN. */
      readonly bin: string;
      /** The entity's name, when the appeal gives it (at most 300 characters). */
      readonly name?: string | undefined;
    };

/** The business complained about: its BIN, or the IIN of an individual entrepreneur. */
export interface ComplaintBusiness {
  /** Its BIN, or the IIN of an individual entrepreneur. */
  readonly id: string;
  /** Its name as the appeal writes it (at most 300 characters). */
  readonly name?: string | undefined;
}

/**
 * An appeal as stored: its facts and its event log. Its state is never
 * stored; {@link replayComplaint} derives it.
 *
 * @typeParam M - how money is held: `Tenge` in memory (the default; what
 * {@link parseComplaintRecord} returns), a decimal string in JSON
 * ({@link ComplaintRecordJson}).
 */
export interface ComplaintRecord<M = Tenge> {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** The appeal's id in the department's system, unique among its appeals (1–100 characters, no surrounding spaces). */
  readonly id: string;
  /** When the department received the appeal; the legal clocks start from it. */
  readonly receivedAt: Instant;
  /** How the appeal came in: E-Tutynushy, e-Otinish, paper, … */
  readonly channel: Channel;
  /** What kind of appeal it is: a complaint, a request, a proposal, an application, … */
  readonly appealType: AppealType;
  /** The region whose department reviews it. */
  readonly region: RegionCode;
  /** The sector of the economy the appeal is about. */
  readonly sector: Sector;
  /** What the appeal is about, in a line (1–1000 characters). */
  readonly subject: string;
  /** Who appealed. */
  readonly consumer: ComplaintConsumer;
  /** The business complained about, when there is one. */
  readonly business?: ComplaintBusiness | undefined;
  /** What the consumer asks for, when it is money; zero or more. */
  readonly claimed?: M | undefined;
  /** What happened, in time order. */
  readonly events: readonly ComplaintEvent<M>[];
}

/** The stored JSON form of an appeal: a {@link ComplaintRecord} with money as decimal strings (`"250000.00"`). */
export type ComplaintRecordJson = ComplaintRecord<string>;
