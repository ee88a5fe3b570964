import * as z from 'zod';
import {
  boundedArray,
  boundedText,
  eventSchema,
  identifier,
  oneOf,
  ruleIssue,
} from '../core/schema-helpers.js';
import { NonNegativeTengeSchema, POSITIVE_TENGE_META } from '../money/schema.js';
import type { Tenge } from '../money/tenge.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { LAWSUIT_DECISION_KEYS } from './decision.js';
import type { LawsuitEvent, LawsuitRecord } from './record.js';
import { LAWSUIT_ROLE_KEYS } from './role.js';

// The zod schemas of a lawsuit record: the only file of the module that
// imports zod. Events are built as an appeal's are (core's eventSchema), and
// every problem is reported as the library's issue.

/** The longest event log, and the most appeals, a lawsuit record may have. */
export const MAX_LAWSUIT_EVENTS = 1000;
export const MAX_LAWSUIT_APPEALS = 1000;

// Amounts an event carries are positive: an event without money leaves the field out.
const PositiveTenge = /* @__PURE__ */ NonNegativeTengeSchema.check(
  z.refine((amount: Tenge) => !amount.isZero(), ruleIssue('positiveAmount')),
).meta(POSITIVE_TENGE_META);

const DecideEvent = /* @__PURE__ */ eventSchema('decide', {
  decision: oneOf(LAWSUIT_DECISION_KEYS),
  awarded: PositiveTenge.optional(),
})
  .check(
    z.superRefine((event, ctx) => {
      if (event.decision === 'againstConsumer' && event.awarded !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['awarded'],
          input: event.awarded,
          ...ruleIssue('nothingAwardedAgainstConsumer'),
        });
      }
    }),
  )
  .meta({
    // The JSON Schema's form of the rule: no award on a decision against the consumer.
    if: { properties: { decision: { const: 'againstConsumer' } }, required: ['decision'] },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a promise
    then: { properties: { awarded: false } },
  });

/**
 * One lawsuit event, told apart by `type`; amounts are decimal strings (or
 * `Tenge`) in, `Tenge` out. A `decide` against the consumer may not carry
 * `awarded`; every amount given is above zero.
 *
 * @example
 * ```ts
 * LawsuitEventSchema.parse({ type: 'hearing', at: '2024-03-05' }); // { type: 'hearing', at: '2024-03-05' }
 * LawsuitEventSchema.safeParse({ type: 'decide', at: '2024-03-19', decision: 'againstConsumer', awarded: '100' }).success; // false
 * ```
 */
export const LawsuitEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  eventSchema('file', {}),
  eventSchema('hearing', {}),
  DecideEvent,
  eventSchema('appeal', {}),
  eventSchema('settle', { amount: PositiveTenge.optional() }),
  eventSchema('withdraw', {}),
  eventSchema('dismiss', {}),
  eventSchema('recover', {
    amount: PositiveTenge,
    exceedsAwardReason: boundedText(2000, { multiline: true }).optional(),
  }),
]);

/**
 * A lawsuit record as stored: `schemaVersion: 1`, its facts and its event
 * log. Money is a decimal string in JSON and a `Tenge` after parsing; the
 * region accepts the forms `RegionCodeSchema` does and comes out as the
 * two-digit code. The log's order and transitions are checked by
 * `replayLawsuit`, not here.
 *
 * @example
 * ```ts
 * const parsed = LawsuitRecordSchema.parse({
 *   schemaVersion: 1, id: 'L-1', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: [], claimed: '0', region: '79', events: [],
 * });
 * parsed.claimed.toString(); // '0.00'
 * ```
 */
export const LawsuitRecordSchema = /* @__PURE__ */ z
  .strictObject({
    schemaVersion: z.literal(1),
    id: identifier(200),
    court: boundedText(500),
    caseNumber: identifier(100).optional(),
    role: oneOf(LAWSUIT_ROLE_KEYS),
    // Each appeal once (the record's check below); `uniqueItems` is its JSON Schema form.
    appealIds: boundedArray(identifier(200), MAX_LAWSUIT_APPEALS).meta({ uniqueItems: true }),
    claimed: NonNegativeTengeSchema,
    region: RegionCodeSchema,
    events: boundedArray(LawsuitEventSchema, MAX_LAWSUIT_EVENTS),
  })
  .check(
    z.superRefine((record, ctx) => {
      // zod still runs this check when a field failed on its own.
      if (!Array.isArray(record.appealIds)) return;
      const seen = new Set<string>();
      record.appealIds.forEach((id, index) => {
        if (typeof id === 'string' && seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['appealIds', index],
            input: id,
            ...ruleIssue('listedTwice'),
          });
        }
        seen.add(id);
      });
    }),
  );

// The schema must produce the hand-written types that logic files use
// (checked at compile time only: nothing of this reaches a bundle).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _LawsuitEventSchemaAgrees = Assert<
  Same<z.output<typeof LawsuitEventSchema>, LawsuitEvent>
>;
export type _LawsuitRecordSchemaAgrees = Assert<
  [z.output<typeof LawsuitRecordSchema>] extends [LawsuitRecord] ? true : false
>;
