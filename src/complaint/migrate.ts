import { unsupportedSchemaVersion } from '../core/record-parse.js';

/**
 * The stored format this version of the library writes and validates:
 * records carry `schemaVersion: 1`.
 *
 * @example
 * ```ts
 * COMPLAINT_SCHEMA_VERSION; // 1
 * ```
 */
export const COMPLAINT_SCHEMA_VERSION = 1;

/**
 * Every `schemaVersion` this version of the library can read. A later
 * version adds its number here and one upgrade step to
 * {@link migrateComplaintRecord}; older records keep reading.
 *
 * @example
 * ```ts
 * SUPPORTED_COMPLAINT_SCHEMA_VERSIONS; // [1]
 * ```
 */
export const SUPPORTED_COMPLAINT_SCHEMA_VERSIONS: readonly number[] = [1];

/**
 * Upgrades stored JSON of an older `schemaVersion` to the current one, before
 * validation. Each later version will add one pure step vN → vN+1 (for
 * example, v1 → v2 renaming a field), run in order, so that a record written
 * by any earlier release reads the same. With only version 1 it returns its
 * input as is. Input that is not an object, or has no numeric
 * `schemaVersion`, is passed on for the schema to report.
 *
 * @throws {@link TutynushyError} `UNSUPPORTED_SCHEMA_VERSION` for a version
 * this library does not know (a record from a newer release, or a typo).
 * @example
 * ```ts
 * migrateComplaintRecord({ schemaVersion: 1, id: 'A-1' }); // { schemaVersion: 1, id: 'A-1' }
 * migrateComplaintRecord({ schemaVersion: 99, id: 'A-1' }); // throws UNSUPPORTED_SCHEMA_VERSION
 * ```
 */
export function migrateComplaintRecord(input: unknown): unknown {
  const unsupported = unsupportedSchemaVersion(
    'complaint',
    input,
    SUPPORTED_COMPLAINT_SCHEMA_VERSIONS,
  );
  if (unsupported !== undefined) throw unsupported;
  return input;
}
