import { recordParsers } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import type { LawsuitEvent, LawsuitRecord } from './record.js';
import { LawsuitEventSchema, LawsuitRecordSchema } from './schema.js';

/** The schema versions of lawsuit records this release reads. */
const VERSIONS: readonly number[] = Object.freeze([1]);

const records = /* @__PURE__ */ recordParsers('lawsuit', LawsuitRecordSchema, {
  versions: VERSIONS,
});
const events = /* @__PURE__ */ recordParsers('lawsuitEvent', LawsuitEventSchema, {});

/**
 * Checks a lawsuit record (from JSON, a form, a database) and returns it
 * typed, with money as `Tenge`. The event log's order and transitions are
 * checked by {@link replayLawsuit}.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` with every bad field as an
 * issue (`events[3].awarded`, …), or `UNSUPPORTED_SCHEMA_VERSION` for a
 * record written for another schema version.
 * @example
 * ```ts
 * const input = {
 *   schemaVersion: 1, id: 'L-2024-007', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: ['A-2024-0113'], claimed: '1500000', region: '79',
 *   events: [{ type: 'file', at: '2024-02-12' }],
 * };
 * parseLawsuitRecord(input).claimed.toString(); // '1500000.00'
 * parseLawsuitRecord({ ...input, role: 'defendant' }); // throws INVALID_RECORD (role)
 * parseLawsuitRecord({ schemaVersion: 2, id: 'L-2031-001' }); // throws UNSUPPORTED_SCHEMA_VERSION
 * ```
 */
export function parseLawsuitRecord(input: unknown): LawsuitRecord {
  return records.parse(input);
}

/**
 * {@link parseLawsuitRecord} without throwing: the record, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseLawsuitRecord({ schemaVersion: 1, id: 'L-1' }).ok; // false
 * ```
 */
export function safeParseLawsuitRecord(input: unknown): Result<LawsuitRecord> {
  return records.safeParse(input);
}

/**
 * {@link safeParseLawsuitRecord} without marking the record as parsed: for the
 * report, which counts the record and lets it go.
 *
 * @internal
 */
export function safeParseLawsuitRecordUnmarked(input: unknown): Result<LawsuitRecord> {
  return records.safeParseUnmarked(input);
}

/**
 * Checks one lawsuit event (from a form, before {@link applyLawsuitEvent}).
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field.
 * @example
 * ```ts
 * parseLawsuitEvent({ type: 'recover', at: '2024-05-14', amount: '1000000' }).type; // 'recover'
 * parseLawsuitEvent({ type: 'recover', at: '2024-05-14', amount: '0' }); // throws INVALID_RECORD (amount)
 * ```
 */
export function parseLawsuitEvent(input: unknown): LawsuitEvent {
  return events.parse(input);
}

/**
 * {@link parseLawsuitEvent} without throwing: the event, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseLawsuitEvent({ type: 'judge', at: '2024-05-14' }).ok; // false
 * ```
 */
export function safeParseLawsuitEvent(input: unknown): Result<LawsuitEvent> {
  return events.safeParse(input);
}
