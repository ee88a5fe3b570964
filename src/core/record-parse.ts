import { describeValue, keepValue } from './describe.js';
import { TutynushyError } from './errors.js';
import { type RecordIssue, recordError } from './record-issues.js';
import type { Result } from './result.js';

/**
 * The least of a zod schema that record parsing needs. Declared here
 * structurally, so that core never loads zod nor names its types.
 */
export interface RecordSchema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly RecordIssue[] } };
}

/**
 * The `id` of raw record input, when it has a usable one, for error messages.
 *
 * @example
 * ```ts
 * recordIdOf({ id: 'A-2024-0113', channel: 'fax' }); // 'A-2024-0113'
 * recordIdOf('not a record');                        // undefined
 * ```
 */
export function recordIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? (keepValue(id) as string) : undefined;
}

/**
 * The error for a record written for a schema version this release cannot
 * read, or `undefined` when its version is supported (or missing, which the
 * schema reports). A record from a newer release is not "invalid" field by
 * field: it is unreadable here, and says so.
 *
 * @example
 * ```ts
 * unsupportedSchemaVersion('complaint', { schemaVersion: 99, id: 'A-1' }, [1])?.code; // 'UNSUPPORTED_SCHEMA_VERSION'
 * unsupportedSchemaVersion('complaint', { schemaVersion: 1 }, [1]);                   // undefined
 * ```
 */
export function unsupportedSchemaVersion(
  kind: string,
  input: unknown,
  supported: readonly number[],
): TutynushyError | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || supported.includes(version)) return undefined;
  const id = recordIdOf(input);
  return new TutynushyError(
    'UNSUPPORTED_SCHEMA_VERSION',
    `Cannot read ${kind} record${id === undefined ? '' : ` ${describeValue(id)}`}: it has schemaVersion ${describeValue(version)}, and this version of tutynushy reads schemaVersion ${supported.join(', ')} (a newer record needs a newer tutynushy)`,
    { kind, recordId: id, schemaVersion: version, supported },
  );
}

/**
 * Checks raw input against a record schema the way every record kind does:
 * first its `schemaVersion`, then every field, into one `INVALID_RECORD`
 * error that names each bad field by path.
 *
 * @example
 * ```ts
 * checkRecord('outreach activity', OutreachActivitySchema, input, [1]);
 * // { ok: true, value } or { ok: false, error } with error.code INVALID_RECORD / UNSUPPORTED_SCHEMA_VERSION
 * ```
 */
export function checkRecord<T>(
  kind: string,
  schema: RecordSchema<T>,
  input: unknown,
  supported: readonly number[],
): Result<T> {
  const unsupported = unsupportedSchemaVersion(kind, input, supported);
  if (unsupported !== undefined) return { ok: false, error: unsupported };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: recordError(kind, result.error.issues, recordIdOf(input)) };
}
