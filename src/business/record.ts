import type { LocalDate } from '../core/local-date.js';
import type { Sector } from '../core/sector.js';
import type { RegionCode } from '../regions/index.js';
import type { BusinessKind } from './kind.js';

// The record types of the module, written out rather than inferred from the
// zod schemas, so that logic files can name them without importing zod;
// `schema.ts` checks at compile time that the schemas produce exactly these.

/** A business's name in Kazakh, Russian or both (at least one). */
export interface BusinessNames {
  /** The name in Kazakh. */
  readonly kk?: string | undefined;
  /** The name in Russian. */
  readonly ru?: string | undefined;
}

/** A business entity as stored and as parsed by `parseBusinessRecord`. */
export interface BusinessRecord {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** Its BIN, or the IIN of an individual entrepreneur: 12 digits, checked against `kind`. */
  readonly id: string;
  /** A legal entity, an individual entrepreneur, or a branch or representative office. */
  readonly kind: BusinessKind;
  /** Its names. */
  readonly names: BusinessNames;
  /** The region it is registered in. */
  readonly region: RegionCode;
  /** The sector of the economy it works in. */
  readonly sector: Sector;
}

/** What every E-Tutynushy registration record has. */
export interface SystemRegistrationBase {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** The registration's id, unique among the registrations. */
  readonly id: string;
  /** The day the account was opened. */
  readonly date: LocalDate;
  /** The region it is counted in, when known. */
  readonly region?: RegionCode | undefined;
}

/**
 * A consumer's account. It names no one: a report counts accounts, and the
 * record keeps no personal data it does not need.
 */
export interface ConsumerRegistration extends SystemRegistrationBase {
  /** A consumer's account. */
  readonly account: 'consumer';
  /** Never set: a consumer's account names no business. */
  readonly businessId?: undefined;
}

/** A business entity's account, with the business's BIN (or an individual entrepreneur's IIN). */
export interface BusinessRegistration extends SystemRegistrationBase {
  /** A business entity's account. */
  readonly account: 'business';
  /** The business's BIN, or an individual entrepreneur's IIN. */
  readonly businessId: string;
}

/** An account opened in E-Tutynushy, told apart by `account`. */
export type SystemRegistrationRecord = ConsumerRegistration | BusinessRegistration;

/**
 * Tells whether a registration is a business's, narrowing its type so that
 * `businessId` can be read.
 *
 * @example
 * ```ts
 * isBusinessRegistration({ account: 'business', businessId: '940140000385' }); // true
 * isBusinessRegistration({ account: 'consumer' });                              // false
 * ```
 */
export function isBusinessRegistration(
  registration: Pick<SystemRegistrationRecord, 'account'>,
): registration is BusinessRegistration {
  // A guard answers for anything it is handed, null included.
  return (
    typeof registration === 'object' && registration !== null && registration.account === 'business'
  );
}
