import type { Channel, LocalDate, Sector } from '../../../src/index.js';

// An appeal as the generator plans it, before it is dressed as a record:
// when it came, through which channel, in which sector, and its event log
// with dates. How a satisfied appeal was put right is chosen with its
// subject, unless the plan fixes it; the amounts of the refunds are chosen
// last, all together, so that those of the period add up to the published
// «72 млн теңге».

/** How a satisfied appeal was put right. */
export type Relief = 'refund' | 'inKind' | 'nonMonetary';

/** A logged event with its payload; a satisfy event's relief is filled in when the record is made. */
export type PlannedEvent =
  | { readonly type: 'satisfy'; readonly at: LocalDate; readonly relief?: Relief }
  | {
      readonly type:
        | 'register'
        | 'forwardToBusiness'
        | 'startReview'
        | 'explain'
        | 'withdraw'
        | 'return';
      readonly at: LocalDate;
    }
  | {
      readonly type: 'businessAnswer';
      readonly at: LocalDate;
      readonly answer: 'accepted' | 'partlyAccepted' | 'rejected';
    }
  | {
      readonly type: 'extend';
      readonly at: LocalDate;
      readonly until: LocalDate;
      readonly reason: string;
    }
  | { readonly type: 'redirect'; readonly at: LocalDate; readonly to?: string }
  | { readonly type: 'referToCourt'; readonly at: LocalDate; readonly lawsuitId: string };

/** An appeal before its id, subject, parties and amounts are chosen. */
export interface AppealPlan {
  /** The Almaty date it was received. */
  readonly receivedOn: LocalDate;
  /** The Almaty time it was received, in minutes after midnight. */
  readonly minutes: number;
  readonly channel: Channel;
  readonly sector: Sector;
  readonly events: readonly PlannedEvent[];
  /** The consumer's claim, when the plan fixes it (the appeals that went to court). */
  readonly claimed?: string;
  /** The subject, when the plan fixes it. */
  readonly subject?: string;
}

const OUTCOME_OF: Readonly<Record<string, string>> = {
  satisfy: 'satisfied',
  explain: 'explained',
  redirect: 'redirected',
  withdraw: 'withdrawn',
  return: 'returned',
  referToCourt: 'referredToCourt',
};

/** The outcome a plan closes with by `day` (`satisfied`, …), if it closes by then. */
export function outcomeBy(plan: AppealPlan, day: LocalDate): string | undefined {
  const last = plan.events.at(-1);
  return last !== undefined && last.at <= day ? OUTCOME_OF[last.type] : undefined;
}
