import { recordParsers } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import type { OutreachActivityRecord } from './record.js';
import { OutreachActivityRecordSchema } from './schema.js';

/** The schema versions of outreach activity records this release reads. */
const VERSIONS: readonly number[] = Object.freeze([1]);

const records = /* @__PURE__ */ recordParsers('outreachActivity', OutreachActivityRecordSchema, {
  versions: VERSIONS,
});

/**
 * Reads an outreach activity record (parsed JSON) and returns it typed, the
 * region as its two-digit code.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` with every bad field as an
 * issue (a social post without a platform, a platform on a briefing,
 * `2024-02-30`), or `UNSUPPORTED_SCHEMA_VERSION`.
 * @example
 * ```ts
 * const post = { schemaVersion: 1, id: 'O-1', kind: 'socialPost', platform: 'facebook', date: '2024-05-03', region: '79' };
 * parseOutreachActivityRecord(post).platform; // 'facebook'
 * parseOutreachActivityRecord({ ...post, platform: undefined }); // throws INVALID_RECORD (platform)
 * const briefing = { schemaVersion: 1, id: 'O-2', kind: 'briefing', platform: 'telegram', date: '2024-05-03', region: '79' };
 * parseOutreachActivityRecord(briefing); // throws INVALID_RECORD (platform: only a socialPost has one)
 * ```
 */
export function parseOutreachActivityRecord(input: unknown): OutreachActivityRecord {
  return records.parse(input);
}

/**
 * {@link parseOutreachActivityRecord} without throwing: the activity, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseOutreachActivityRecord({ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-02-30', region: '79' }).ok; // false
 * ```
 */
export function safeParseOutreachActivityRecord(input: unknown): Result<OutreachActivityRecord> {
  return records.safeParse(input);
}

/**
 * {@link safeParseOutreachActivityRecord} without marking the record as parsed: for the
 * report, which counts the record and lets it go.
 *
 * @internal
 */
export function safeParseOutreachActivityRecordUnmarked(
  input: unknown,
): Result<OutreachActivityRecord> {
  return records.safeParseUnmarked(input);
}
