import type { LocalDate } from '../../../src/index.js';
import { workingDays } from './dates.js';
import type { Random } from './random.js';
import {
  BRIEFING_HOST,
  BROADCASTERS,
  CONSUMER_DAY_TOPICS,
  OUTREACH_TOPICS,
  PUBLISHERS,
} from './texts.js';

// The department's outreach in January–May 2024, as published: 69 speeches
// on television and radio, 114 publications, 980 posts on Instagram and the
// same 980 cross-posted to Facebook, 13 briefings — 2156 in all (the
// published total says 2165). Everything happens on working days; posts
// around 15 March, World Consumer Rights Day, are about that day.

/** An outreach activity record as stored. */
export interface ActivityRecordJson {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly kind: 'mediaSpeech' | 'mediaPublication' | 'socialPost' | 'briefing';
  readonly date: LocalDate;
  readonly region: '79';
  readonly platform?: 'instagram' | 'facebook';
  readonly title?: string;
  readonly link?: string;
  readonly partner?: string;
}

export const OUTREACH = {
  mediaSpeech: 69,
  mediaPublication: 114,
  socialPostsPerPlatform: 980,
  briefing: 13,
} as const;

/** The department's Facebook page, by its numeric id (made up for the sample). */
const FACEBOOK_PAGE = '100064321389642';

/** The characters of an Instagram post's short code. */
const SHORTCODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function topicOn(random: Random, date: LocalDate): string {
  const consumerDay = date >= '2024-03-11' && date <= '2024-03-15';
  return random.pick(consumerDay ? CONSUMER_DAY_TOPICS : OUTREACH_TOPICS);
}

type Draft = Omit<ActivityRecordJson, 'schemaVersion' | 'id' | 'region'>;

/** Every activity of the period, in date order. */
export function activityRecords(
  random: Random,
  from: LocalDate,
  to: LocalDate,
): ActivityRecordJson[] {
  const days = workingDays(from, to);
  const drafts: Draft[] = [];
  for (let i = 0; i < OUTREACH.mediaSpeech; i += 1) {
    const date = random.pick(days);
    drafts.push({
      kind: 'mediaSpeech',
      date,
      title: topicOn(random, date),
      partner: random.pick(BROADCASTERS),
    });
  }
  for (let i = 0; i < OUTREACH.mediaPublication; i += 1) {
    const date = random.pick(days);
    drafts.push({
      kind: 'mediaPublication',
      date,
      title: topicOn(random, date),
      partner: random.pick(PUBLISHERS),
    });
  }
  for (let i = 0; i < OUTREACH.socialPostsPerPlatform; i += 1) {
    // One post, cross-posted to both pages the same day; a post is known by its link.
    const date = random.pick(days);
    drafts.push({
      kind: 'socialPost',
      date,
      platform: 'instagram',
      link: `https://www.instagram.com/p/C${random.chars(SHORTCODE, 10)}/`,
    });
    drafts.push({
      kind: 'socialPost',
      date,
      platform: 'facebook',
      link: `https://www.facebook.com/${FACEBOOK_PAGE}/posts/${random.chars('0123456789', 16)}`,
    });
  }
  // Briefings spread evenly: one in each thirteenth of the working days.
  const step = days.length / OUTREACH.briefing;
  for (let i = 0; i < OUTREACH.briefing; i += 1) {
    const date = days[Math.floor(i * step + random.next() * step)] as LocalDate;
    drafts.push({ kind: 'briefing', date, title: topicOn(random, date), partner: BRIEFING_HOST });
  }
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) =>
      a.draft.date === b.draft.date ? a.index - b.index : a.draft.date < b.draft.date ? -1 : 1,
    );
  return ordered.map(({ draft }, i) => {
    const { kind, date, ...rest } = draft;
    return {
      schemaVersion: 1,
      id: `SH-O-2024-${String(i + 1).padStart(4, '0')}`,
      kind,
      date,
      region: '79',
      ...rest,
    };
  });
}
