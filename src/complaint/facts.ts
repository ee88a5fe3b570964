import type { EveryField } from '../core/facts.js';
import type { ComplaintRecord } from './record.js';

/**
 * The facts of an appeal record as a replayed appeal carries them — every
 * field of the record. Written out rather than spread (an object spread is
 * tens of times slower here, and a report replays millions of appeals); the
 * `satisfies` clause makes a field added to the record a compile error here
 * until it is carried, so none is ever dropped silently. The return type is
 * the literal's, not `ComplaintFacts`, so that a type test sees exactly which
 * fields are copied.
 *
 * @internal
 */
export function complaintFacts(record: ComplaintRecord) {
  return {
    schemaVersion: record.schemaVersion,
    id: record.id,
    receivedAt: record.receivedAt,
    channel: record.channel,
    appealType: record.appealType,
    region: record.region,
    sector: record.sector,
    subject: record.subject,
    consumer: record.consumer,
    business: record.business,
    claimed: record.claimed,
    events: record.events,
  } satisfies EveryField<ComplaintRecord>;
}
