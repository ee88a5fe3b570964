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
export { businessName } from './business-name.js';
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
  type BusinessNames,
  type BusinessRecord,
  type BusinessRegistration,
  type ConsumerRegistration,
  isBusinessRegistration,
  type SystemRegistrationBase,
  type SystemRegistrationRecord,
} from './record.js';
export { BusinessRecordSchema, SystemRegistrationRecordSchema } from './schema.js';
