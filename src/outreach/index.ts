/**
 * Information and outreach work (the «Ақпараттық-түсіндіру жұмысы» KPI):
 * media speeches and publications, social media posts by network,
 * briefings, round tables, seminars and meetings, each a small record with
 * its date and region, and the kk/ru/en names department reports use.
 *
 * @module outreach
 */

export {
  isOutreachKind,
  OUTREACH_KIND_HEADINGS,
  OUTREACH_KIND_KEYS,
  OUTREACH_KINDS,
  type OutreachKind,
  outreachKindHeading,
  outreachKindLabel,
} from './kind.js';
export { parseOutreachActivityRecord, safeParseOutreachActivityRecord } from './parse.js';
export {
  isSocialPlatform,
  SOCIAL_PLATFORM_KEYS,
  SOCIAL_PLATFORMS,
  type SocialPlatform,
  socialPlatformLabel,
} from './platform.js';
export {
  isSocialPost,
  type OtherOutreachActivity,
  type OutreachActivityBase,
  type OutreachActivityRecord,
  type SocialPostActivity,
} from './record.js';
export { OutreachActivityRecordSchema } from './schema.js';
