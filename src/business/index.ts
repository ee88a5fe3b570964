/**
 * Businesses and E-Tutynushy registrations: a business entity identified by
 * its BIN (or an individual entrepreneur's IIN, checked by the `ids` module
 * against its kind), with its names, region and sector; and the consumer and
 * business accounts opened in the unified information system, so that a
 * report can count users and registered businesses for any period.
 *
 * @module business
 */

export {
  isSystemAccount,
  SYSTEM_ACCOUNT_HEADINGS,
  SYSTEM_ACCOUNT_KEYS,
  SYSTEM_ACCOUNTS,
  type SystemAccount,
  systemAccountHeading,
  systemAccountLabel,
} from './account.js';
export { type BusinessRecord, type BusinessNames, businessName } from './business.js';
export { type BusinessIdBasis, type BusinessIdReading, businessKindsOfId } from './id-kind.js';
export {
  BUSINESS_KIND_KEYS,
  BUSINESS_KINDS,
  type BusinessKind,
  businessKindLabel,
  isBusinessKind,
} from './kind.js';
export {
  parseBusinessRecord,
  parseSystemRegistrationRecord,
  safeParseBusinessRecord,
  safeParseSystemRegistrationRecord,
} from './parse.js';
export {
  type BusinessRegistration,
  type ConsumerRegistration,
  isBusinessRegistration,
  type SystemRegistrationRecord,
  type SystemRegistrationBase,
} from './registration.js';
export { BusinessRecordSchema, SystemRegistrationRecordSchema } from './schema.js';
