import type * as z from 'zod';
import { unsupportedSchemaVersionError } from './error-factories.js';
import { deepFreeze } from './freeze.js';
import { markParsed } from './parsed.js';
import { received } from './received.js';
import { recordError } from './record-error.js';
import type { RecordIssue, RecordKind } from './record-issue.js';
import type { Result } from './result.js';

/**
 * The least of a zod schema that record parsing needs. Declared here, with
 * zod's types only, so that core never loads zod itself.
 *
 * @internal
 */
export interface RecordSchema<T> {
  safeParse(
    input: unknown,
    params?: { readonly reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

/**
 * The `id` of raw record input, when it has a usable one, for errors.
 *
 * @internal
 */
export function recordIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  let id: unknown;
  try {
    id = (input as { id?: unknown }).id;
  } catch {
    return undefined; // a getter that throws: the record has no usable id
  }
  return typeof id === 'string' && id.length > 0 ? (received(id) as string) : undefined;
}

function schemaVersionOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    return (input as { schemaVersion?: unknown }).schemaVersion;
  } catch {
    return undefined;
  }
}

/** How one record kind is read: its schema versions, its upgrades, its wording of issues. */
export interface RecordParserOptions {
  /** The schema versions this release reads; absent for a part of a record (an event) that has none. */
  readonly versions?: readonly number[] | undefined;
  /** Upgrades a record of an older supported version to the current one. */
  readonly migrate?: ((input: unknown) => unknown) | undefined;
  /** Rewords an issue for the record kind (a relief field on the wrong event, …). */
  readonly refine?: ((issue: RecordIssue) => RecordIssue) | undefined;
}

/** The `parse` / `safeParse` pair of one record kind. */
export interface RecordParsers<T> {
  readonly parse: (input: unknown) => T;
  readonly safeParse: (input: unknown) => Result<T>;
  /**
   * `safeParse` without marking the record as one the library parsed: for a
   * reader that counts a record and lets it go (the report builder), where
   * marking a million records only makes work for the garbage collector.
   */
  readonly safeParseUnmarked: (input: unknown) => Result<T>;
}

/**
 * The parse / safeParse pair every record kind is read with, in one flow:
 * first the `schemaVersion` (a record from a newer release is unreadable
 * here, not invalid field by field: `UNSUPPORTED_SCHEMA_VERSION`), then the
 * upgrade of an older version, then every field, into one `INVALID_RECORD`
 * error whose issues name each bad field by its path.
 *
 * @internal
 */
export function recordParsers<T>(
  kind: RecordKind,
  schema: RecordSchema<T>,
  options: RecordParserOptions,
): RecordParsers<T> {
  const { versions, migrate, refine } = options;
  const safeParseUnmarked = (input: unknown): Result<T> => {
    const version = schemaVersionOf(input);
    if (versions !== undefined && typeof version === 'number' && !versions.includes(version)) {
      const error = unsupportedSchemaVersionError({
        kind,
        recordId: recordIdOf(input),
        received: version,
        supported: versions,
      });
      return { ok: false, error };
    }
    const given = migrate === undefined ? input : migrate(input);
    // Most records are valid: read them without copying every value into
    // the issues (`reportInput`), and read a refused one again with it, for
    // an error that says what each bad field held.
    const result = schema.safeParse(given);
    if (result.success) return { ok: true, value: result.data };
    const reported = schema.safeParse(given, { reportInput: true });
    const issues = reported.success ? result.error.issues : reported.error.issues;
    return { ok: false, error: recordError(kind, issues, recordIdOf(input), refine) };
  };
  const safeParse = (input: unknown): Result<T> => {
    const result = safeParseUnmarked(input);
    // A parsed record is a value: frozen, so that what is made of it cannot drift.
    return result.ok ? { ok: true, value: markParsed(deepFreeze(result.value)) } : result;
  };
  const parse = (input: unknown): T => {
    const result = safeParse(input);
    if (!result.ok) throw result.error;
    return result.value;
  };
  return { parse, safeParse, safeParseUnmarked };
}
