import * as z from 'zod';
import { describeValue } from '../core/describe.js';
import { boundedText, STRICT_FIELDS } from '../core/schema-helpers.js';
import { EventTimeSchema } from '../core/schemas.js';
import type { Tenge } from '../money/index.js';
import { NonNegativeTengeSchema } from '../money/schema.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { LAWSUIT_DECISION_KEYS } from './decision.js';
import { LAWSUIT_EVENT_TYPE_KEYS } from './event-type.js';
import type { LawsuitEvent, LawsuitRecord } from './record.js';
import { LAWSUIT_ROLE_KEYS } from './role.js';

// zod's own enum message lists the options but not what was given.
function oneOf<K extends string>(keys: readonly K[], what: string) {
  return z.enum(keys as [K, ...K[]], {
    error: (issue) =>
      `expected ${what}: one of ${keys.join(', ')}, got ${describeValue(issue.input)}`,
  });
}

const Note = /* @__PURE__ */ boundedText(2000).optional();

// Amounts an event carries are positive: an event without money leaves the field out.
const PositiveTenge = /* @__PURE__ */ NonNegativeTengeSchema.check(
  z.refine((amount: Tenge) => !amount.isZero(), {
    message: 'expected an amount above zero (leave the field out when there is no money)',
  }),
);

const FileEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('file'),
    at: EventTimeSchema,
    note: Note,
  },
  STRICT_FIELDS,
);

const HearingEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('hearing'),
    at: EventTimeSchema,
    note: Note,
  },
  STRICT_FIELDS,
);

const DecideEvent = /* @__PURE__ */ z
  .strictObject(
    {
      type: z.literal('decide'),
      at: EventTimeSchema,
      note: Note,
      decision: oneOf(LAWSUIT_DECISION_KEYS, 'a decision'),
      awarded: PositiveTenge.optional(),
    },
    STRICT_FIELDS,
  )
  .check(
    z.superRefine((event, ctx) => {
      if (event.decision === 'againstConsumer' && event.awarded !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['awarded'],
          message: 'a decision against the consumer awards nothing: leave awarded out',
          input: event.awarded,
        });
      }
    }),
  );

const AppealEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('appeal'),
    at: EventTimeSchema,
    note: Note,
  },
  STRICT_FIELDS,
);

const SettleEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('settle'),
    at: EventTimeSchema,
    note: Note,
    amount: PositiveTenge.optional(),
  },
  STRICT_FIELDS,
);

const WithdrawEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('withdraw'),
    at: EventTimeSchema,
    note: Note,
  },
  STRICT_FIELDS,
);

const DismissEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('dismiss'),
    at: EventTimeSchema,
    note: Note,
  },
  STRICT_FIELDS,
);

const RecoverEvent = /* @__PURE__ */ z.strictObject(
  {
    type: z.literal('recover'),
    at: EventTimeSchema,
    note: Note,
    amount: PositiveTenge,
    exceedsAwardReason: boundedText(2000).optional(),
  },
  STRICT_FIELDS,
);

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
export const LawsuitEventSchema = /* @__PURE__ */ z.discriminatedUnion(
  'type',
  [
    FileEvent,
    HearingEvent,
    DecideEvent,
    AppealEvent,
    SettleEvent,
    WithdrawEvent,
    DismissEvent,
    RecoverEvent,
  ],
  {
    // zod reports the whole event as the input: name the type given.
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)
        ? `expected an event (an object with type and at), got ${describeValue(issue.input)}`
        : `unknown event type ${describeValue((issue.input as { type?: unknown }).type)}: expected one of ${LAWSUIT_EVENT_TYPE_KEYS.join(', ')}`,
  },
);

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
  .strictObject(
    {
      schemaVersion: z.literal(1),
      id: boundedText(200),
      court: boundedText(500),
      caseNumber: boundedText(100).optional(),
      role: oneOf(LAWSUIT_ROLE_KEYS, "the department's role"),
      appealIds: z.array(boundedText(200)),
      claimed: NonNegativeTengeSchema,
      region: RegionCodeSchema,
      events: z.array(LawsuitEventSchema),
    },
    STRICT_FIELDS,
  )
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
            message: `appeal ${describeValue(id)} is listed twice`,
            input: id,
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
