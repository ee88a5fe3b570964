import * as z from 'zod';
import { CHANNEL_KEYS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOME_KEYS } from '../complaint/outcome.js';
import { ERROR_CODES } from '../core/error-codes.js';
import { boundedArray, boundedText, oneOf, ruleIssue } from '../core/schema-helpers.js';
import { SECTOR_KEYS } from '../core/sector.js';
import { NonNegativeTengeSchema } from '../money/schema.js';
import { OUTREACH_KIND_KEYS } from '../outreach/kind.js';
import { SOCIAL_PLATFORM_KEYS } from '../outreach/platform.js';
import { PeriodSchema } from '../period/schema.js';
import { REGION_CODES } from '../regions/regions.js';
import { ratio } from './ratio.js';
import { MAX_REJECTED_LISTED, REPORT_RECORD_KINDS, type Report } from './report.js';

// The zod schema of a report's stored JSON: the only file of the report
// module, with the published-figures schema, that imports zod. It checks the
// shape and that the figures agree with each other, so that a report altered
// by hand cannot be merged as if it were computed.

const Count = /* @__PURE__ */ z.int().check(z.nonnegative());

function counts<K extends string>(keys: readonly K[]) {
  return z.strictObject(
    Object.fromEntries(keys.map((key) => [key, Count])) as Record<K, typeof Count>,
  );
}

const Rate = /* @__PURE__ */ z
  .strictObject({
    numerator: Count,
    denominator: Count,
    value: z.number().nullable(),
  })
  .meta({
    title: 'Ratio',
    description: 'numerator / denominator, with the value null when the denominator is 0.',
  });

const Records = /* @__PURE__ */ z
  .strictObject({ read: Count, accepted: Count, rejected: Count })
  .meta({ title: 'Record counts', description: 'Records read: read = accepted + rejected.' });

// A stored error's details are JSON data: what JSON.stringify writes back as it was read.
function isJsonData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > 8) return false;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value))
    return value.length <= 1000 && value.every((inner) => isJsonData(inner, depth + 1));
  if (proto !== Object.prototype && proto !== null) return false;
  const entries = Object.values(value);
  // An absent optional field (undefined) is what JSON.stringify leaves out.
  return (
    entries.length <= 100 &&
    entries.every((inner) => inner === undefined || isJsonData(inner, depth + 1))
  );
}

const Rejected = /* @__PURE__ */ z.strictObject({
  kind: oneOf(REPORT_RECORD_KINDS),
  source: boundedText(1000).optional(),
  index: Count,
  id: z.string().check(z.maxLength(201)).optional(),
  error: z.strictObject({
    code: oneOf(ERROR_CODES),
    message: z.string().check(z.maxLength(20_000)),
    details: z.unknown().refine(isJsonData).optional().meta({
      description: 'The error as data (received value, problem, …): its fields depend on the code.',
    }),
  }),
});

const ReportShape = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(1),
  period: PeriodSchema,
  regions: z.array(oneOf(REGION_CODES)).check(z.maxLength(REGION_CODES.length)).nullable(),
  provisional: z.boolean(),
  appeals: z.strictObject({
    openAtStart: Count,
    received: Count,
    reviewed: Count,
    outcomes: counts(COMPLAINT_OUTCOME_KEYS),
    closed: Count,
    carriedOver: Count,
    returnedToConsumers: NonNegativeTengeSchema,
    satisfactionRate: Rate,
    satisfiedOfReviewed: Rate,
    timelyRate: Rate,
    viaUnifiedSystem: Count,
    byChannel: counts(CHANNEL_KEYS),
    bySector: counts(SECTOR_KEYS),
    byRegion: z.partialRecord(oneOf(REGION_CODES), Count),
  }),
  lawsuits: z.strictObject({
    participated: Count,
    asThirdParty: Count,
    asPlaintiff: Count,
    decidedForConsumers: Count,
    recovered: NonNegativeTengeSchema,
    collected: NonNegativeTengeSchema,
  }),
  outreach: z.strictObject({
    total: Count,
    byKind: counts(OUTREACH_KIND_KEYS),
    socialByPlatform: counts(SOCIAL_PLATFORM_KEYS),
  }),
  unifiedSystem: z.strictObject({
    consumerAccounts: Count,
    businessAccounts: Count,
    cumulative: z.strictObject({ consumerAccounts: Count, businessAccounts: Count }),
    appeals: Count,
  }),
  records: z.strictObject({
    complaints: Records,
    lawsuits: Records,
    activities: Records,
    registrations: Records,
  }),
  rejected: boundedArray(Rejected, MAX_REJECTED_LISTED),
});

type Shape = z.output<typeof ReportShape>;

const total = (values: Readonly<Record<string, number | undefined>>): number =>
  Object.values(values).reduce<number>((sum, value) => sum + (value ?? 0), 0);

const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

const sameRatio = (
  given: { numerator: number; denominator: number; value: number | null },
  numerator: number,
  denominator: number,
): boolean => {
  // The shape's own issues name a figure that is not a count; zod still runs
  // this check, which must then disagree rather than throw.
  if (!isCount(numerator) || !isCount(denominator)) return false;
  const expected = ratio(numerator, denominator);
  return (
    given.numerator === numerator &&
    given.denominator === denominator &&
    given.value === expected.value
  );
};

// Each figure that is made of others, with whether it agrees with them.
function disagreements(r: Shape): string[] {
  const { appeals: a, lawsuits: l, outreach: o, unifiedSystem: u, records } = r;
  const checks: [string, boolean][] = [
    ['appeals.reviewed', a.reviewed === a.openAtStart + a.received],
    ['appeals.closed', a.closed === total(a.outcomes)],
    ['appeals.carriedOver', a.closed + a.carriedOver === a.reviewed],
    ['appeals.satisfactionRate', sameRatio(a.satisfactionRate, a.outcomes.satisfied, a.closed)],
    [
      'appeals.satisfiedOfReviewed',
      sameRatio(a.satisfiedOfReviewed, a.outcomes.satisfied, a.reviewed),
    ],
    [
      'appeals.timelyRate',
      a.timelyRate.denominator === a.closed &&
        sameRatio(a.timelyRate, a.timelyRate.numerator, a.closed) &&
        a.timelyRate.numerator <= a.closed,
    ],
    ['appeals.byChannel', total(a.byChannel) === a.received],
    ['appeals.bySector', total(a.bySector) === a.received],
    ['appeals.byRegion', total(a.byRegion) === a.received],
    ['appeals.viaUnifiedSystem', a.viaUnifiedSystem === a.byChannel.eTutynushy],
    ['lawsuits.participated', l.participated === l.asThirdParty + l.asPlaintiff],
    ['outreach.total', o.total === total(o.byKind)],
    ['outreach.byKind.socialPost', o.byKind.socialPost === total(o.socialByPlatform)],
    ['unifiedSystem.appeals', u.appeals === a.viaUnifiedSystem],
    [
      'unifiedSystem.cumulative',
      u.cumulative.consumerAccounts >= u.consumerAccounts &&
        u.cumulative.businessAccounts >= u.businessAccounts,
    ],
    ...Object.entries(records).map(([kind, c]): [string, boolean] => [
      `records.${kind}`,
      c.read === c.accepted + c.rejected,
    ]),
    [
      'rejected',
      r.rejected.length <=
        total(Object.fromEntries(Object.entries(records).map(([k, c]) => [k, c.rejected]))),
    ],
  ];
  return checks.filter(([, agrees]) => !agrees).map(([figure]) => figure);
}

/**
 * The stored JSON of a {@link Report}, as `JSON.stringify` writes it
 * (amounts as decimal strings), read back into a report: the shape, and
 * that every figure agrees with those it is made of. Prefer {@link parseReport}.
 *
 * @example
 * ```ts
 * const report = buildReport({}, { period: '2024-05' });
 * ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success; // true
 * ```
 */
export const ReportSchema: z.ZodType<Report> = /* @__PURE__ */ ReportShape.check(
  z.superRefine((report, ctx) => {
    for (const figure of disagreements(report)) {
      ctx.addIssue({
        code: 'custom',
        path: figure.split('.'),
        input: undefined,
        ...ruleIssue('figuresAddUp', { figure }),
      });
    }
  }),
) as unknown as z.ZodType<Report>;
