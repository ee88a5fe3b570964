import * as z from 'zod';
import {
  boundedArray,
  boundedText,
  eventSchema,
  identifier,
  oneOf,
  ruleIssue,
} from '../core/schema-helpers.js';
import { InstantSchema, LocalDateSchema } from '../core/schemas.js';
import { SECTOR_KEYS } from '../core/sector.js';
import { BinSchema, IinSchema, TaxpayerIdSchema } from '../ids/schema.js';
import { NonNegativeTengeSchema, POSITIVE_TENGE_META, TengeSchema } from '../money/schema.js';
import type { Tenge } from '../money/tenge.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { APPEAL_TYPE_KEYS } from './appeal-type.js';
import { BUSINESS_ANSWER_KEYS } from './business-answer.js';
import { CHANNEL_KEYS } from './channel.js';
import type { ComplaintEvent, ComplaintRecord } from './record.js';
import { REFUSAL_GROUND_KEYS } from './refusal-ground.js';

// The zod schemas of an appeal record: the only file of the module that
// imports zod. Every problem is reported as the library's issue (see
// core/record-issue.ts); parse.ts turns them into INVALID_RECORD.

/** The longest event log an appeal record may have. */
export const MAX_COMPLAINT_EVENTS = 1000;

const ReliefTextSchema = z.union([boundedText(2000, { multiline: true }), z.literal(true)]);

const RefundSchema = TengeSchema.refine(
  (amount: Tenge) => !amount.isNegative() && !amount.isZero(),
  ruleIssue('positiveAmount'),
).meta(POSITIVE_TENGE_META);

/**
 * One logged appeal event, told apart by `type` (see {@link ComplaintEvent}).
 * Money comes in as a decimal string and comes out as a `Tenge`.
 *
 * @example
 * ```ts
 * ComplaintEventSchema.parse({ type: 'satisfy', at: '2024-05-20', refund: '250000' }).refund.toString(); // '250000.00'
 * ComplaintEventSchema.safeParse({ type: 'explain', at: '2024-05-20', refund: '5' }).success; // false
 * ```
 */
export const ComplaintEventSchema: z.ZodType<ComplaintEvent> = /* @__PURE__ */ z.discriminatedUnion(
  'type',
  [
    eventSchema('register', {}),
    eventSchema('forwardToBusiness', {}),
    eventSchema('businessAnswer', {
      answer: oneOf(BUSINESS_ANSWER_KEYS),
    }),
    eventSchema('startReview', {}),
    eventSchema('extend', {
      until: LocalDateSchema,
      reason: boundedText(2000, { multiline: true }),
    }),
    eventSchema('satisfy', {
      refund: RefundSchema.optional(),
      inKind: ReliefTextSchema.optional(),
      nonMonetary: ReliefTextSchema.optional(),
    })
      .refine(
        (event) =>
          event.refund !== undefined ||
          event.inKind !== undefined ||
          event.nonMonetary !== undefined,
        ruleIssue('reliefRequired'),
      )
      // The JSON Schema's form of the rule: at least one kind of relief.
      .meta({
        anyOf: [{ required: ['refund'] }, { required: ['inKind'] }, { required: ['nonMonetary'] }],
      }),
    eventSchema('explain', {}),
    eventSchema('redirect', { to: boundedText(500).optional() }),
    eventSchema('withdraw', {}),
    eventSchema('refuse', {
      ground: oneOf(REFUSAL_GROUND_KEYS),
    }),
    eventSchema('return', {}),
    eventSchema('referToCourt', { lawsuitId: identifier(200).optional() }),
  ],
);

const ConsumerSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('individual'),
    iin: IinSchema.optional(),
    name: boundedText(300).optional(),
  }),
  z.strictObject({
    kind: z.literal('legalEntity'),
    bin: BinSchema,
    name: boundedText(300).optional(),
  }),
]);

/**
 * An appeal record as stored (see {@link ComplaintRecord}; the format is
 * described in the docs page «Appeals»). It validates the facts and each
 * event's payload; the order of events and which event may follow which is
 * checked by {@link replayComplaint}. Prefer {@link parseComplaintRecord},
 * which also reads older schema versions and throws the library's errors.
 *
 * @example
 * ```ts
 * ComplaintRecordSchema.safeParse({ schemaVersion: 1, id: 'A-1' }).success; // false
 * ```
 */
export const ComplaintRecordSchema: z.ZodType<ComplaintRecord> = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(1),
  id: identifier(100),
  receivedAt: InstantSchema,
  channel: oneOf(CHANNEL_KEYS),
  appealType: oneOf(APPEAL_TYPE_KEYS),
  region: RegionCodeSchema,
  sector: oneOf(SECTOR_KEYS),
  subject: boundedText(1000),
  consumer: ConsumerSchema,
  business: z.strictObject({ id: TaxpayerIdSchema, name: boundedText(300).optional() }).optional(),
  claimed: NonNegativeTengeSchema.optional(),
  events: boundedArray(ComplaintEventSchema, MAX_COMPLAINT_EVENTS),
});
