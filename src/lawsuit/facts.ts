import type { EveryField } from '../core/facts.js';
import type { LawsuitRecord } from './record.js';

/**
 * The facts of a lawsuit record as a replayed lawsuit carries them — every
 * field of the record. Written out rather than spread (an object spread is
 * tens of times slower here); the `satisfies` clause makes a field added to
 * the record a compile error here until it is carried. The return type is
 * the literal's, so that a type test sees exactly which fields are copied.
 *
 * @internal
 */
export function lawsuitFacts(record: LawsuitRecord) {
  return {
    schemaVersion: record.schemaVersion,
    id: record.id,
    court: record.court,
    caseNumber: record.caseNumber,
    role: record.role,
    appealIds: record.appealIds,
    claimed: record.claimed,
    region: record.region,
    events: record.events,
  } satisfies EveryField<LawsuitRecord>;
}
