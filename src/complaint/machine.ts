import { deepFreeze } from '../core/freeze.js';
import type { StateMachine } from '../core/state-machine.js';
import type { ComplaintEventType } from './event-type.js';
import type { ComplaintState } from './state.js';

/**
 * The appeal lifecycle as data. Why each row exists:
 *
 * - `register`: every appeal is registered on the day it arrives, or the
 *   next working day (АППК art. 64); nothing else happens to an
 *   unregistered appeal but its withdrawal.
 * - `forwardToBusiness`: the claim goes to the seller for its reasoned answer
 *   (Law No. 274-IV art. 42-4, 10 calendar days) — at once after registration
 *   (the E-Tutynushy route) or in the course of a review.
 * - `businessAnswer`: the seller's answer brings the appeal back under review.
 * - `startReview`: the department reviews on the merits — after registration,
 *   or without the seller's answer when the seller stays silent.
 * - `extend`: only a review in progress can be extended (АППК art. 76).
 * - `satisfy`: after a review, or straight from waiting on the business when
 *   the seller simply gives the consumer what was asked.
 * - `explain`, `referToCourt`: conclusions of a review.
 * - `redirect`, `refuse`: decided early (3 and 5 working days, АППК art. 65,
 *   Law No. 274-IV art. 42-6), but possible once the review shows the need.
 * - `return`: a formal defect found at registration (АППК art. 64).
 * - `withdraw`: the applicant may withdraw at any time before the end.
 *
 * `closed` accepts no event: a closed appeal is reopened as a new appeal.
 * Deeply frozen: docs draw it ({@link complaintMachineToMermaid}), replays
 * read it, and nothing can change it.
 *
 * @example
 * ```ts
 * complaintMachine.initial; // 'received'
 * complaintMachine.transitions.find((t) => t.event === 'extend')?.from; // ['underReview']
 * Object.isFrozen(complaintMachine.transitions[0]); // true
 * ```
 */
export const complaintMachine: StateMachine<ComplaintState, ComplaintEventType> =
  /* @__PURE__ */ deepFreeze({
    name: 'complaint',
    states: ['received', 'registered', 'awaitingBusiness', 'underReview', 'closed'],
    initial: 'received',
    final: ['closed'],
    transitions: [
      { event: 'register', from: ['received'], to: 'registered' },
      { event: 'forwardToBusiness', from: ['registered', 'underReview'], to: 'awaitingBusiness' },
      { event: 'businessAnswer', from: ['awaitingBusiness'], to: 'underReview' },
      { event: 'startReview', from: ['registered', 'awaitingBusiness'], to: 'underReview' },
      { event: 'extend', from: ['underReview'], to: 'underReview' },
      { event: 'satisfy', from: ['awaitingBusiness', 'underReview'], to: 'closed' },
      { event: 'explain', from: ['underReview'], to: 'closed' },
      { event: 'redirect', from: ['registered', 'underReview'], to: 'closed' },
      {
        event: 'withdraw',
        from: ['received', 'registered', 'awaitingBusiness', 'underReview'],
        to: 'closed',
      },
      { event: 'refuse', from: ['registered', 'underReview'], to: 'closed' },
      { event: 'return', from: ['registered'], to: 'closed' },
      { event: 'referToCourt', from: ['underReview'], to: 'closed' },
    ],
  } as StateMachine<ComplaintState, ComplaintEventType>);
