import { checkRecord, type Result, recordError } from '../core/index.js';
import type { LawsuitEvent, LawsuitRecord } from './record.js';
import { LawsuitEventSchema, LawsuitRecordSchema } from './schema.js';

const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

function check(input: unknown): Result<LawsuitRecord> {
  return checkRecord('lawsuit', LawsuitRecordSchema, input, SUPPORTED_SCHEMA_VERSIONS);
}

/**
 * Checks a lawsuit record (from JSON, a form, a database) and returns it
 * typed, with money as `Tenge`. The event log's order and transitions are
 * checked by {@link replayLawsuit}.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field by its
 * path (`events[3].awarded`), or `UNSUPPORTED_SCHEMA_VERSION` for a record
 * written for another schema version.
 * @example
 * ```ts
 * const input = {
 *   schemaVersion: 1, id: 'L-2024-007', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: ['A-2024-0113'], claimed: '1500000', region: '79',
 *   events: [{ type: 'file', at: '2024-02-12' }],
 * };
 * parseLawsuitRecord(input).claimed.toString(); // '1500000.00'
 * parseLawsuitRecord({ ...input, role: 'defendant' }); // throws INVALID_RECORD (role)
 * ```
 * @example
 * ```ts
 * parseLawsuitRecord({ schemaVersion: 2, id: 'L-2031-001' }); // throws UNSUPPORTED_SCHEMA_VERSION
 * ```
 */
export function parseLawsuitRecord(input: unknown): LawsuitRecord {
  const result = check(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * The non-throwing twin of {@link parseLawsuitRecord}.
 *
 * @example
 * ```ts
 * safeParseLawsuitRecord({ schemaVersion: 1, id: 'L-1' }).ok; // false
 * ```
 */
export function safeParseLawsuitRecord(input: unknown): Result<LawsuitRecord> {
  return check(input);
}

function checkEvent(input: unknown): Result<LawsuitEvent> {
  const result = LawsuitEventSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: recordError('lawsuit event', result.error.issues) };
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
  const result = checkEvent(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * The non-throwing twin of {@link parseLawsuitEvent}.
 *
 * @example
 * ```ts
 * safeParseLawsuitEvent({ type: 'judge', at: '2024-05-14' }).ok; // false
 * ```
 */
export function safeParseLawsuitEvent(input: unknown): Result<LawsuitEvent> {
  return checkEvent(input);
}
