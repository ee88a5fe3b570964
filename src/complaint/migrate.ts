import { describeValue, keepValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';

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

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  if (!isObject(input)) return input;
  const version = input['schemaVersion'];
  if (typeof version !== 'number') return input;
  if (version === COMPLAINT_SCHEMA_VERSION) return input;
  const id = input['id'];
  const which = typeof id === 'string' ? ` ${describeValue(id)}` : '';
  throw new TutynushyError(
    'UNSUPPORTED_SCHEMA_VERSION',
    `Complaint record${which} has schemaVersion ${describeValue(version)}: this version of tutynushy reads schemaVersion ${SUPPORTED_COMPLAINT_SCHEMA_VERSIONS.join(', ')} (a newer record needs a newer tutynushy)`,
    {
      kind: 'complaint',
      recordId: typeof id === 'string' ? keepValue(id) : undefined,
      schemaVersion: version,
      supported: SUPPORTED_COMPLAINT_SCHEMA_VERSIONS,
    },
  );
}
