import type { Report } from './report.js';
import type { Tally } from './tally.js';

function addCounts<K extends string>(
  into: Record<K, number>,
  from: Readonly<Record<K, number>>,
): void {
  for (const key in from) {
    if (Object.hasOwn(from, key)) into[key] = (into[key] ?? 0) + (from[key] as number);
  }
}

/**
 * Adds a finished report of the same period and regions to a tally: every
 * figure of a report is a count or a sum over its records, so adding two
 * reports of disjoint record sets gives the report of their union. The rates
 * are not added: the finished report recomputes them from the sums.
 *
 * @internal
 */
export function addReport(tally: Tally, report: Report): void {
  const { appeals, lawsuits, outreach, unifiedSystem } = report;
  tally.provisional ||= report.provisional;
  tally.openAtStart += appeals.openAtStart;
  tally.received += appeals.received;
  addCounts(tally.outcomes, appeals.outcomes);
  tally.carriedOver += appeals.carriedOver;
  tally.refundTiyn += appeals.returnedToConsumers.toTiyn();
  tally.timely += appeals.timelyRate.numerator;
  tally.viaUnifiedSystem += appeals.viaUnifiedSystem;
  addCounts(tally.byChannel, appeals.byChannel);
  addCounts(tally.bySector, appeals.bySector);
  addCounts(tally.byRegion as Record<string, number>, appeals.byRegion as Record<string, number>);
  tally.participated += lawsuits.participated;
  tally.asThirdParty += lawsuits.asThirdParty;
  tally.asPlaintiff += lawsuits.asPlaintiff;
  tally.decidedForConsumers += lawsuits.decidedForConsumers;
  tally.recoveredTiyn += lawsuits.recovered.toTiyn();
  tally.collectedTiyn += lawsuits.collected.toTiyn();
  tally.activities += outreach.total;
  addCounts(tally.byKind, outreach.byKind);
  addCounts(tally.socialByPlatform, outreach.socialByPlatform);
  tally.consumerAccounts += unifiedSystem.consumerAccounts;
  tally.businessAccounts += unifiedSystem.businessAccounts;
  tally.consumerAccountsToDate += unifiedSystem.cumulative.consumerAccounts;
  tally.businessAccountsToDate += unifiedSystem.cumulative.businessAccounts;
  addCounts(tally.records.complaint, report.records.complaints);
  addCounts(tally.records.lawsuit, report.records.lawsuits);
  addCounts(tally.records.activity, report.records.activities);
  addCounts(tally.records.registration, report.records.registrations);
  tally.rejected.push(...report.rejected);
}
