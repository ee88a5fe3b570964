import * as z from 'zod';
import { describeValue } from '../core/describe.js';
import { boundedText, STRICT_FIELDS } from '../core/schema-helpers.js';
import { LocalDateSchema } from '../core/schemas.js';
import { RegionCodeSchema } from '../regions/schema.js';
import type { OutreachActivity } from './activity.js';
import { OUTREACH_KIND_KEYS, type OutreachKind } from './kind.js';
import { SOCIAL_PLATFORM_KEYS, type SocialPlatform } from './platform.js';

const PLATFORMS = /* @__PURE__ */ SOCIAL_PLATFORM_KEYS.join(', ');
const OTHER_KINDS = /* @__PURE__ */ OUTREACH_KIND_KEYS.filter((kind) => kind !== 'socialPost');

/**
 * What is wrong with a link, or `undefined` for an address a reader can
 * open: `http` or `https`, a host with a domain (`www.gov.kz`, not `x`),
 * written without surrounding spaces. Checked by hand rather than with
 * `z.url()`, which trims its input and so would store something other than
 * what was given.
 */
function linkProblem(value: string): string | undefined {
  if (value.trim() !== value) return 'it has surrounding whitespace';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not an absolute address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `${url.protocol.slice(0, -1)} is not http or https`;
  }
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return `the host ${url.hostname} has no domain`;
  return undefined;
}

const Link = /* @__PURE__ */ z.string().check(
  z.maxLength(2000, {
    error: (issue) => `expected at most 2000 characters, got ${String(issue.input).length}`,
    abort: true,
  }),
  z.superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem === undefined) return;
    ctx.addIssue({
      code: 'custom',
      message: `expected an http(s) address such as https://www.gov.kz/…, got ${describeValue(value)}: ${problem}`,
      input: value,
    });
  }),
);

function baseShape() {
  return {
    schemaVersion: z.literal(1),
    id: boundedText(200),
    date: LocalDateSchema,
    region: RegionCodeSchema,
    title: boundedText(1000).optional(),
    link: Link.optional(),
    partner: boundedText(500).optional(),
    audience: z
      .int({
        error: (issue) => `expected a whole number of people, got ${describeValue(issue.input)}`,
      })
      .check(
        z.nonnegative({
          error: (issue) => `expected zero or more people, got ${describeValue(issue.input)}`,
        }),
        // -0 (from arithmetic) is stored as 0: JSON has no -0, so a record
        // would not read back as it was written.
        z.overwrite((count) => (count === 0 ? 0 : count)),
      )
      .optional(),
  };
}

const SocialPostSchema = /* @__PURE__ */ z.strictObject(
  {
    ...baseShape(),
    kind: z.literal('socialPost'),
    platform: z.enum(SOCIAL_PLATFORM_KEYS as [SocialPlatform, ...SocialPlatform[]], {
      error: (issue) =>
        issue.input === undefined
          ? `a socialPost needs its platform: one of ${PLATFORMS}`
          : `expected a platform: one of ${PLATFORMS}, got ${describeValue(issue.input)}`,
    }),
  },
  STRICT_FIELDS,
);

const OtherActivitySchema = /* @__PURE__ */ z.strictObject(
  {
    ...baseShape(),
    kind: z.enum(OTHER_KINDS as [Exclude<OutreachKind, 'socialPost'>]),
    platform: z
      .undefined({
        error: (issue) =>
          `only a socialPost has a platform: leave it out for this kind (got ${describeValue(issue.input)})`,
      })
      .optional(),
  },
  STRICT_FIELDS,
);

/**
 * An information or outreach activity as stored: `schemaVersion: 1`, its
 * kind, date and region, and optionally a title, an `http(s)` link, a
 * partner and the audience size. A `socialPost` must name its `platform`;
 * any other kind must not have one.
 *
 * @example
 * ```ts
 * OutreachActivitySchema.parse({
 *   schemaVersion: 1, id: 'O-1', kind: 'socialPost', platform: 'instagram', date: '2024-05-03', region: 'KZ-79',
 * }).region; // '79'
 * OutreachActivitySchema.safeParse({
 *   schemaVersion: 1, id: 'O-2', kind: 'briefing', platform: 'telegram', date: '2024-05-03', region: '79',
 * }).success; // false
 * ```
 */
export const OutreachActivitySchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [SocialPostSchema, OtherActivitySchema],
  {
    // zod reports the whole record as the input: name the kind given.
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)
        ? `expected an outreach activity record (an object), got ${describeValue(issue.input)}`
        : `unknown activity kind ${describeValue((issue.input as { kind?: unknown }).kind)}: expected one of ${OUTREACH_KIND_KEYS.join(', ')}`,
  },
);

// The schema must produce the hand-written types that logic files use
// (checked at compile time only: nothing of this reaches a bundle).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _OutreachActivitySchemaAgrees = Assert<
  Same<z.output<typeof OutreachActivitySchema>, OutreachActivity>
>;
