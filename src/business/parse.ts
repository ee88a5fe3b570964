import { checkRecord, type Result } from '../core/index.js';
import type { Business } from './business.js';
import type { SystemRegistration } from './registration.js';
import { BusinessSchema, SystemRegistrationSchema } from './schema.js';

const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

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
  const result = checkRecord('business', BusinessSchema, input, SUPPORTED_SCHEMA_VERSIONS);
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
  return checkRecord('business', BusinessSchema, input, SUPPORTED_SCHEMA_VERSIONS);
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
  const result = checkRecord(
    'registration',
    SystemRegistrationSchema,
    input,
    SUPPORTED_SCHEMA_VERSIONS,
  );
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
  return checkRecord('registration', SystemRegistrationSchema, input, SUPPORTED_SCHEMA_VERSIONS);
}
