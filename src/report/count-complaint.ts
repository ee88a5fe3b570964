import type { Complaint } from '../complaint/complaint.js';
import type { Tally } from './tally.js';

/**
 * What one replayed appeal adds to a report: nothing when it is outside the
 * regions, received after the period or closed before it; otherwise it was
 * reviewed in the period — open at its start or received in it — and falls
 * in exactly one bucket: closed in the period with its outcome, or carried
 * over (its closing event, if any, is dated after the period's end).
 *
 * @internal
 */
export function countComplaint(tally: Tally, complaint: Complaint): void {
  if (!tally.inRegions(complaint.region)) return;
  const { start, end } = tally.period;
  const { receivedOn, closedOn } = complaint;
  if (receivedOn > end || (closedOn !== undefined && closedOn < start)) return;
  // `provisional` arrives with the statutory calendar of later years.
  if ((complaint.deadlines as { provisional?: boolean }).provisional === true)
    tally.provisional = true;
  if (receivedOn < start) {
    tally.openAtStart += 1;
  } else {
    tally.received += 1;
    tally.byChannel[complaint.channel] += 1;
    tally.bySector[complaint.sector] += 1;
    tally.byRegion[complaint.region] = (tally.byRegion[complaint.region] ?? 0) + 1;
    if (complaint.channel === 'eTutynushy') tally.viaUnifiedSystem += 1;
  }
  if (complaint.state === 'closed' && complaint.closedOn <= end) {
    tally.outcomes[complaint.outcome] += 1;
    if (complaint.timely) tally.timely += 1;
    const refund = complaint.relief.refund;
    if (complaint.outcome === 'satisfied' && refund !== undefined) {
      tally.refundTiyn += refund.toTiyn();
    }
  } else {
    tally.carriedOver += 1;
  }
}
