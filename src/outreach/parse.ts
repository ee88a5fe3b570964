import { checkRecord, type Result } from '../core/index.js';
import type { OutreachActivity } from './activity.js';
import { OutreachActivitySchema } from './schema.js';

const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

function check(input: unknown): Result<OutreachActivity> {
  return checkRecord('outreach activity', OutreachActivitySchema, input, SUPPORTED_SCHEMA_VERSIONS);
}

/**
 * Checks an outreach activity record and returns it typed, the region as
 * its two-digit code.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field (a
 * social post without a platform, a platform on a briefing, `2024-02-30`),
 * or `UNSUPPORTED_SCHEMA_VERSION`.
 * @example
 * ```ts
 * const post = { schemaVersion: 1, id: 'O-1', kind: 'socialPost', platform: 'facebook', date: '2024-05-03', region: '79' };
 * parseOutreachActivity(post).platform; // 'facebook'
 * parseOutreachActivity({ ...post, platform: undefined }); // throws INVALID_RECORD (platform)
 * ```
 * @example
 * ```ts
 * const briefing = { schemaVersion: 1, id: 'O-2', kind: 'briefing', platform: 'telegram', date: '2024-05-03', region: '79' };
 * parseOutreachActivity(briefing); // throws INVALID_RECORD (platform: only a socialPost has one)
 * ```
 */
export function parseOutreachActivity(input: unknown): OutreachActivity {
  const result = check(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * The non-throwing twin of {@link parseOutreachActivity}.
 *
 * @example
 * ```ts
 * safeParseOutreachActivity({ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-02-30', region: '79' }).ok; // false
 * ```
 */
export function safeParseOutreachActivity(input: unknown): Result<OutreachActivity> {
  return check(input);
}
