import type { SystemRegistrationRecord } from '../business/record.js';
import type { Tally } from './tally.js';

/**
 * What one E-Tutynushy registration adds to a report: an account opened in
 * the period, and one opened by its end. A report of some regions counts
 * only registrations that name one of them; one of the whole country counts
 * every registration, with a region or without.
 *
 * @internal
 */
export function countRegistration(tally: Tally, registration: SystemRegistrationRecord): void {
  const { start, end } = tally.period;
  if (registration.date > end) return;
  if (tally.regions !== null) {
    if (registration.region === undefined || !tally.inRegions(registration.region)) return;
  }
  const inPeriod = registration.date >= start;
  if (registration.account === 'consumer') {
    tally.consumerAccountsToDate += 1;
    if (inPeriod) tally.consumerAccounts += 1;
  } else {
    tally.businessAccountsToDate += 1;
    if (inPeriod) tally.businessAccounts += 1;
  }
}
