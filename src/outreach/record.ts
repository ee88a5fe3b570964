import type { LocalDate } from '../core/index.js';
import type { RegionCode } from '../regions/index.js';
import type { OutreachKind } from './kind.js';
import type { SocialPlatform } from './platform.js';

/** What every outreach activity record has, whatever its kind. */
export interface OutreachActivityBase {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** The activity's id in the department's system, unique among its activities. */
  readonly id: string;
  /** The day it took place (or was published). */
  readonly date: LocalDate;
  /** The region whose department held it. */
  readonly region: RegionCode;
  /** What it was about, in a line (at most 1000 characters). */
  readonly title?: string | undefined;
  /** Where it can be seen: an `http(s)` address. */
  readonly link?: string | undefined;
  /** Who it was held with: «"Атамекен" ҰКП», a consumer association, a university. */
  readonly partner?: string | undefined;
  /** How many people took part or were reached, when counted. */
  readonly audience?: number | undefined;
}

/** A post on a social network: the one kind that names its platform. */
export interface SocialPostActivity extends OutreachActivityBase {
  /** A social network post. */
  readonly kind: 'socialPost';
  /** The network it was posted on. */
  readonly platform: SocialPlatform;
}

/** Any activity but a social post: it has no platform. */
export interface OtherOutreachActivity extends OutreachActivityBase {
  /** What it was: a media speech, a publication, a briefing, a round table, … */
  readonly kind: Exclude<OutreachKind, 'socialPost'>;
  /** Never set: only a social post has a platform. */
  readonly platform?: undefined;
}

/** One information or outreach activity, as stored and as parsed. */
export type OutreachActivityRecord = SocialPostActivity | OtherOutreachActivity;

/**
 * Tells whether an activity is a social post, narrowing its type so that
 * `platform` can be read.
 *
 * @example
 * ```ts
 * isSocialPost({ kind: 'socialPost', platform: 'instagram' }); // true
 * isSocialPost({ kind: 'briefing' });                          // false
 * isSocialPost(null as never);                                 // false
 * ```
 */
export function isSocialPost(
  activity: Pick<OutreachActivityRecord, 'kind'>,
): activity is SocialPostActivity {
  // A guard answers for anything it is handed, null included.
  return typeof activity === 'object' && activity !== null && activity.kind === 'socialPost';
}
