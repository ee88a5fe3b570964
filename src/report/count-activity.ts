import type { OutreachActivityRecord } from '../outreach/record.js';
import type { Tally } from './tally.js';

/** What one outreach activity adds to a report: one of its kind (and platform), when dated in the period and the regions. @internal */
export function countActivity(tally: Tally, activity: OutreachActivityRecord): void {
  const { start, end } = tally.period;
  if (activity.date < start || activity.date > end || !tally.inRegions(activity.region)) return;
  tally.activities += 1;
  tally.byKind[activity.kind] += 1;
  if (activity.kind === 'socialPost') tally.socialByPlatform[activity.platform] += 1;
}
