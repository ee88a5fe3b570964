import { isDecisionForConsumers } from '../lawsuit/decision.js';
import type { Lawsuit, LawsuitDecisionEntry } from '../lawsuit/lawsuit.js';
import type { Tally } from './tally.js';

/**
 * What one replayed lawsuit adds to a report: it took part when one of its
 * court sessions fell in the period; it was decided for consumers when its
 * decision in force at the period's end — the latest one dated by then, a
 * decision on appeal replacing the first — was made in the period and is
 * for or partly for consumers (and its award is what was recovered); money
 * collected in the period counts whatever the decision's date.
 *
 * @internal
 */
export function countLawsuit(tally: Tally, lawsuit: Lawsuit): void {
  if (!tally.inRegions(lawsuit.region)) return;
  const { start, end } = tally.period;
  if (lawsuit.hearings.some((day) => day >= start && day <= end)) {
    tally.participated += 1;
    if (lawsuit.role === 'thirdParty') tally.asThirdParty += 1;
    else tally.asPlaintiff += 1;
  }
  let inForce: LawsuitDecisionEntry | undefined;
  for (const decision of lawsuit.decisions) {
    if (decision.on > end) break; // the log is in time order
    inForce = decision;
  }
  if (inForce !== undefined && inForce.on >= start && isDecisionForConsumers(inForce.decision)) {
    tally.decidedForConsumers += 1;
    tally.recoveredTiyn += inForce.awarded.toTiyn();
  }
  for (const recovery of lawsuit.recoveries) {
    if (recovery.on >= start && recovery.on <= end) tally.collectedTiyn += recovery.amount.toTiyn();
  }
}
