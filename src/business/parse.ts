import { recordParsers } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import type { BusinessRecord, SystemRegistrationRecord } from './record.js';
import { BusinessRecordSchema, SystemRegistrationRecordSchema } from './schema.js';

/** The schema versions of business and registration records this release reads. */
const VERSIONS: readonly number[] = Object.freeze([1]);

const businesses = /* @__PURE__ */ recordParsers('business', BusinessRecordSchema, {
  versions: VERSIONS,
});
const registrations = /* @__PURE__ */ recordParsers(
  'systemRegistration',
  SystemRegistrationRecordSchema,
  { versions: VERSIONS },
);

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
 * parseBusinessRecord(kaspi).names.ru; // 'АО «Kaspi Bank»'
 * parseBusinessRecord({ ...kaspi, id: '940140000380' }); // throws INVALID_RECORD (id: wrong check digit)
 * ```
 * @example
 * ```ts
 * const shop = { schemaVersion: 1, id: '851231400011', kind: 'legalEntity', names: { ru: 'Магазин' }, region: '79', sector: 'retailTrade' };
 * parseBusinessRecord(shop); // throws INVALID_RECORD (kind: an IIN is an individual entrepreneur's)
 * ```
 */
export function parseBusinessRecord(input: unknown): BusinessRecord {
  return businesses.parse(input);
}

/**
 * The non-throwing twin of {@link parseBusinessRecord}.
 *
 * @example
 * ```ts
 * safeParseBusinessRecord({ schemaVersion: 1, id: '940140000385', kind: 'legalEntity', names: {}, region: '75', sector: 'financialServices' }).ok; // false
 * ```
 */
export function safeParseBusinessRecord(input: unknown): Result<BusinessRecord> {
  return businesses.safeParse(input);
}

/**
 * Checks an E-Tutynushy registration record and returns it typed.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming each bad field (a
 * date such as `2024-02-30`, a business account without `businessId`, a
 * consumer account with one), or `UNSUPPORTED_SCHEMA_VERSION`.
 * @example
 * ```ts
 * parseSystemRegistrationRecord({ schemaVersion: 1, id: 'R-1', account: 'consumer', date: '2024-05-03', region: '79' }).region; // '79'
 * parseSystemRegistrationRecord({ schemaVersion: 1, id: 'R-2', account: 'consumer', date: '2024-02-30' }); // throws INVALID_RECORD (date)
 * ```
 * @example
 * ```ts
 * parseSystemRegistrationRecord({ schemaVersion: 1, id: 'R-3', account: 'business', date: '2024-05-03' }); // throws INVALID_RECORD (businessId)
 * ```
 */
export function parseSystemRegistrationRecord(input: unknown): SystemRegistrationRecord {
  return registrations.parse(input);
}

/**
 * The non-throwing twin of {@link parseSystemRegistrationRecord}.
 *
 * @example
 * ```ts
 * safeParseSystemRegistrationRecord({ schemaVersion: 1, id: 'R-1', account: 'consumer', date: '2024-05-03', businessId: '940140000385' }).ok; // false
 * ```
 */
export function safeParseSystemRegistrationRecord(
  input: unknown,
): Result<SystemRegistrationRecord> {
  return registrations.safeParse(input);
}

/**
 * {@link safeParseSystemRegistrationRecord} without marking the record as parsed: for the
 * report, which counts the record and lets it go.
 *
 * @internal
 */
export function safeParseSystemRegistrationRecordUnmarked(
  input: unknown,
): Result<SystemRegistrationRecord> {
  return registrations.safeParseUnmarked(input);
}
