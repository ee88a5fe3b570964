import { describeValue, type Result, recordError, TutynushyError } from '../core/index.js';
import type { Business } from './business.js';
import type { SystemRegistration } from './registration.js';
import { BusinessSchema, SystemRegistrationSchema } from './schema.js';

const SUPPORTED_SCHEMA_VERSION = 1;

function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}

// A record written by a newer version of the library is not "invalid": it is
// one this version cannot read, and says so rather than failing field by field.
function unsupportedVersion(kind: string, input: unknown): TutynushyError | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || version === SUPPORTED_SCHEMA_VERSION) return undefined;
  const id = idOf(input);
  return new TutynushyError(
    'UNSUPPORTED_SCHEMA_VERSION',
    `${kind} record${id === undefined ? '' : ` ${describeValue(id)}`} has schemaVersion ${describeValue(version)}; this version of tutynushy reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`,
    { kind, recordId: id, schemaVersion: version, supported: [SUPPORTED_SCHEMA_VERSION] },
  );
}

interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Parameters<typeof recordError>[1] } };
}

function check<T>(kind: string, schema: Schema<T>, input: unknown): Result<T> {
  const unsupported = unsupportedVersion(kind, input);
  if (unsupported !== undefined) return { ok: false, error: unsupported };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: recordError(kind, result.error.issues, idOf(input)) };
}

/**
 * Checks a business record and returns it typed, the region as its
 * two-digit code.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field (an
 * invalid BIN in `id`, a kind the number does not fit, no name), or
 * `UNSUPPORTED_SCHEMA_VERSION`.
 * @example
 * ```ts
 * const kaspi = {
 *   schemaVersion: 1, id: '971240001315', kind: 'legalEntity',
 *   names: { ru: 'АО «Kaspi Bank»' }, region: '75', sector: 'financialServices',
 * };
 * parseBusiness(kaspi).names.ru; // 'АО «Kaspi Bank»'
 * parseBusiness({ ...kaspi, id: '940140000380' }); // throws INVALID_RECORD (id: wrong check digit)
 * ```
 * @example
 * ```ts
 * const shop = { schemaVersion: 1, id: '851231400011', kind: 'legalEntity', names: { ru: 'Магазин' }, region: '79', sector: 'retailTrade' };
 * parseBusiness(shop); // throws INVALID_RECORD (kind: an IIN is an individual entrepreneur's)
 * ```
 */
export function parseBusiness(input: unknown): Business {
  const result = check('business', BusinessSchema, input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * The non-throwing twin of {@link parseBusiness}.
 *
 * @example
 * ```ts
 * safeParseBusiness({ schemaVersion: 1, id: '940140000385', kind: 'legalEntity', names: {}, region: '75', sector: 'financialServices' }).ok; // false
 * ```
 */
export function safeParseBusiness(input: unknown): Result<Business> {
  return check('business', BusinessSchema, input);
}

/**
 * Checks an E-Tutynushy registration record and returns it typed.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field (a
 * date such as `2024-02-30`, a business account without `businessId`, a
 * consumer account with one), or `UNSUPPORTED_SCHEMA_VERSION`.
 * @example
 * ```ts
 * parseSystemRegistration({ schemaVersion: 1, id: 'R-1', account: 'consumer', date: '2024-05-03', region: '79' }).region; // '79'
 * parseSystemRegistration({ schemaVersion: 1, id: 'R-2', account: 'consumer', date: '2024-02-30' }); // throws INVALID_RECORD (date)
 * ```
 * @example
 * ```ts
 * parseSystemRegistration({ schemaVersion: 1, id: 'R-3', account: 'business', date: '2024-05-03' }); // throws INVALID_RECORD (businessId)
 * ```
 */
export function parseSystemRegistration(input: unknown): SystemRegistration {
  const result = check('registration', SystemRegistrationSchema, input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * The non-throwing twin of {@link parseSystemRegistration}.
 *
 * @example
 * ```ts
 * safeParseSystemRegistration({ schemaVersion: 1, id: 'R-1', account: 'consumer', date: '2024-05-03', businessId: '940140000385' }).ok; // false
 * ```
 */
export function safeParseSystemRegistration(input: unknown): Result<SystemRegistration> {
  return check('registration', SystemRegistrationSchema, input);
}
