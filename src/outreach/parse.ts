import { describeValue, type Result, recordError, TutynushyError } from '../core/index.js';
import type { OutreachActivity } from './activity.js';
import { OutreachActivitySchema } from './schema.js';

const SUPPORTED_SCHEMA_VERSION = 1;

function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}

// A record written by a newer version of the library is not "invalid": it is
// one this version cannot read, and says so rather than failing field by field.
function unsupportedVersion(input: unknown): TutynushyError | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || version === SUPPORTED_SCHEMA_VERSION) return undefined;
  const id = idOf(input);
  return new TutynushyError(
    'UNSUPPORTED_SCHEMA_VERSION',
    `outreach activity record${id === undefined ? '' : ` ${describeValue(id)}`} has schemaVersion ${describeValue(version)}; this version of tutynushy reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`,
    {
      kind: 'outreach activity',
      recordId: id,
      schemaVersion: version,
      supported: [SUPPORTED_SCHEMA_VERSION],
    },
  );
}

function check(input: unknown): Result<OutreachActivity> {
  const unsupported = unsupportedVersion(input);
  if (unsupported !== undefined) return { ok: false, error: unsupported };
  const result = OutreachActivitySchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: recordError('outreach activity', result.error.issues, idOf(input)) };
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
