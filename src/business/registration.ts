import type { LocalDate } from '../core/index.js';
import type { RegionCode } from '../regions/index.js';

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
