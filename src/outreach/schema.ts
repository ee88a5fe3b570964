import * as z from 'zod';
import { IDENTIFIER_PATTERN } from '../core/json-patterns.js';
import { boundedText, identifier, oneOf, ruleIssue } from '../core/schema-helpers.js';
import { LocalDateSchema } from '../core/schemas.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { OUTREACH_KIND_KEYS, type OutreachKind } from './kind.js';
import { SOCIAL_PLATFORM_KEYS } from './platform.js';
import type { OutreachActivityRecord } from './record.js';

// The zod schema of an outreach activity record: the only file of the module
// that imports zod. Every problem is reported as the library's issue.

const OTHER_KINDS = /* @__PURE__ */ OUTREACH_KIND_KEYS.filter(
  (kind): kind is Exclude<OutreachKind, 'socialPost'> => kind !== 'socialPost',
);

/**
 * What is wrong with a link, or `undefined` for an address a reader can
 * open: `http` or `https`, a host with a domain (`www.gov.kz`, not `x`), no
 * user info before the host (`https://gov.kz@evil.com/` opens evil.com),
 * written without surrounding spaces. Checked by hand rather than with
 * `z.url()`, which trims its input and so would store something other than
 * what was given.
 */
function linkProblem(value: string): string | undefined {
  if (value.trim() !== value) return 'surroundingSpace';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'notAbsolute';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'protocol';
  if (url.username !== '' || url.password !== '') return 'userInfo';
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return 'noDomain';
  return undefined;
}

const Link = /* @__PURE__ */ boundedText(2000)
  .check(
    z.superRefine((value, ctx) => {
      const why = linkProblem(value);
      if (why !== undefined) {
        ctx.addIssue({ code: 'custom', input: value, ...ruleIssue('httpLink', { why }) });
      }
    }),
  )
  // The JSON Schema says what a pattern can: no surrounding space, an http(s) scheme.
  .meta({
    pattern: IDENTIFIER_PATTERN,
    allOf: [{ pattern: '^[Hh][Tt][Tt][Pp][Ss]?:' }],
    description:
      'An http or https address with a host that has a domain (www.gov.kz) and no user name before it.',
  });

function baseShape() {
  return {
    schemaVersion: z.literal(1),
    id: identifier(200),
    date: LocalDateSchema,
    region: RegionCodeSchema,
    title: boundedText(1000).optional(),
    link: Link.optional(),
    partner: boundedText(500).optional(),
    audience: z
      .int()
      .check(
        z.nonnegative(),
        // -0 (from arithmetic) is stored as 0: JSON has no -0, so a record
        // would not read back as it was written.
        z.overwrite((count) => (count === 0 ? 0 : count)),
      )
      .optional(),
  };
}

const SocialPostSchema = /* @__PURE__ */ z.strictObject({
  ...baseShape(),
  kind: z.literal('socialPost'),
  platform: oneOf(SOCIAL_PLATFORM_KEYS),
});

// Only a social post has a platform: on any other kind it is a `forbidden` issue.
const OtherActivitySchema = /* @__PURE__ */ z.strictObject({
  ...baseShape(),
  kind: oneOf(OTHER_KINDS),
  platform: z.undefined().optional(),
});

/**
 * An information or outreach activity as stored: `schemaVersion: 1`, its
 * kind, date and region, and optionally a title, an `http(s)` link, a
 * partner and the audience size. A `socialPost` must name its `platform`;
 * any other kind must not have one.
 *
 * @example
 * ```ts
 * OutreachActivityRecordSchema.parse({
 *   schemaVersion: 1, id: 'O-1', kind: 'socialPost', platform: 'instagram', date: '2024-05-03', region: 'KZ-79',
 * }).region; // '79'
 * OutreachActivityRecordSchema.safeParse({
 *   schemaVersion: 1, id: 'O-2', kind: 'briefing', platform: 'telegram', date: '2024-05-03', region: '79',
 * }).success; // false
 * ```
 */
export const OutreachActivityRecordSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  SocialPostSchema,
  OtherActivitySchema,
]);

// The schema must produce the hand-written types that logic files use
// (checked at compile time only: nothing of this reaches a bundle).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _OutreachActivitySchemaAgrees = Assert<
  Same<z.output<typeof OutreachActivityRecordSchema>, OutreachActivityRecord>
>;
