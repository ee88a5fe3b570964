import type { EventPlace } from '../../error-details.js';
import type { CodeMessage } from '../catalogue.js';
import { shownText } from '../shared.js';
import { list } from './shared.js';

const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

const NOUN = { complaint: 'appeal', lawsuit: 'lawsuit' } as Readonly<Record<string, string>>;

const where = ({ recordId, index }: EventPlace): string =>
  `event #${index}${recordId === undefined ? '' : ` of ${shownText(recordId)}`}`;

/** `INVALID_TRANSITION`: the event, and what the state allows. */
export const invalidTransitionMessage: CodeMessage<'INVALID_TRANSITION'> = (d) => {
  if (d.problem === 'overRecovery') {
    const what = d.limitFrom === 'settlement' ? 'agreed in the settlement' : 'awarded';
    return `${where(d)}: "recover" of ${d.amount} would bring the total collected to ${d.total}, more than the ${d.limit} ${what}; give exceedsAwardReason to say why more was collected`;
  }
  const noun = NOUN[d.machine] ?? d.machine;
  const what =
    d.problem === 'unknownEvent'
      ? `is not ${article(`${noun} event`)}`
      : `is not allowed in state "${d.state}"`;
  const allowed =
    d.allowed.length === 0
      ? `${article(`${d.state} ${noun}`)} accepts no event`
      : `allowed: ${list(d.allowed)}`;
  return `${where(d)}: ${shownText(d.event)} ${what} (${allowed})`;
};

/** `EVENT_OUT_OF_ORDER`: the event, and the time it comes before. */
export const eventOutOfOrderMessage: CodeMessage<'EVENT_OUT_OF_ORDER'> = (d) => {
  const event = `${where(d)} is dated ${shownText(d.at)}`;
  if (d.problem === 'beforeReceipt')
    return `${event}, before the ${NOUN[d.machine] ?? d.machine} was received (${shownText(d.before)})`;
  const before =
    d.problem === 'beforePrevious'
      ? `the previous event (${shownText(d.before)})`
      : `event #${d.beforeIndex} (${shownText(d.before)}; the events since are dates on that day, which say nothing about the hour)`;
  return `${event}, before ${before}: events must be logged in time order`;
};

/** `INVALID_EXTENSION`: an extension of the review the law does not allow. */
export const invalidExtensionMessage: CodeMessage<'INVALID_EXTENSION'> = (d) => {
  const head = `${where(d)}: extension until ${shownText(d.until)}`;
  if (d.problem === 'lapsed')
    return `${head} was decided on ${d.decidedOn}, after the review deadline ${d.due} had passed: a deadline that has run out cannot be extended (АППК art. 76)`;
  if (d.problem === 'pastLimit')
    return `${head} goes past the two-month limit ${d.limit} (АППК art. 76)`;
  return `${head} does not extend the review, already due ${d.due}`;
};
