import * as z from 'zod';
import { describeValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';
import { recordError } from '../core/record-issues.js';
import { checkRecord } from '../core/record-parse.js';
import { err, ok, type Result } from '../core/result.js';
import { boundedText, STRICT_FIELDS, unknownFieldsMessage } from '../core/schema-helpers.js';
import { EventTimeSchema, InstantSchema, LocalDateSchema } from '../core/schemas.js';
import { SECTOR_KEYS } from '../core/sector.js';
import { BinSchema, IinSchema, TaxpayerIdSchema } from '../ids/schema.js';
import type { Tenge } from '../money/index.js';
import { NonNegativeTengeSchema, TengeSchema } from '../money/schema.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { APPEAL_TYPE_KEYS } from './appeal-type.js';
import { BUSINESS_ANSWER_KEYS } from './business-answer.js';
import { CHANNEL_KEYS } from './channel.js';
import { COMPLAINT_EVENT_TYPE_KEYS } from './event-type.js';
import { migrateComplaintRecord, SUPPORTED_COMPLAINT_SCHEMA_VERSIONS } from './migrate.js';
import type { ComplaintEvent, ComplaintRecord } from './record.js';
import { REFUSAL_GROUND_KEYS } from './refusal-ground.js';

const oneOf = (what: string, keys: readonly string[]) => (issue: { input?: unknown }) =>
  `unknown ${what} ${describeValue(issue.input)}: expected one of ${keys.join(', ')}`;

// A discriminated union reports the whole object as its input: name the
// discriminator's value, or say that an object was expected.
const unknownKind =
  (what: string, field: string, keys: readonly string[]) => (issue: { input?: unknown }) => {
    const { input } = issue;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return `expected an object with a ${field} (${keys.join(', ')}), got ${describeValue(input)}`;
    }
    const value = (input as Record<string, unknown>)[field];
    return `unknown ${what} ${describeValue(value)}: expected one of ${keys.join(', ')}`;
  };

const RELIEF_FIELDS = ['refund', 'inKind', 'nonMonetary'];

// Event objects are strict: a field an event does not have is an error, never
// silently dropped. A relief on any event but `satisfy` is the usual mistake,
// so its message says where relief belongs.
function eventShape<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject(
    { type: z.literal(type), at: EventTimeSchema, note: boundedText(2000).optional(), ...shape },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return undefined;
        const relief = issue.keys.filter((key) => RELIEF_FIELDS.includes(key));
        const event = `${/^[aeiou]/.test(type) ? 'an' : 'a'} "${type}" event`;
        return relief.length > 0
          ? `${relief.join(', ')} on ${event}: relief is recorded only on a "satisfy" event`
          : `${unknownFieldsMessage(issue.keys)} on ${event}`;
      },
    },
  );
}

const ReliefTextSchema = z.union([boundedText(2000), z.literal(true)], {
  error: 'expected true (given, not described) or a description',
});

const RefundSchema = TengeSchema.refine(
  (amount: Tenge) => !amount.isNegative() && !amount.isZero(),
  {
    message: 'a refund is a positive amount; leave refund out when no money was returned',
  },
);

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
    eventShape('register', {}),
    eventShape('forwardToBusiness', {}),
    eventShape('businessAnswer', {
      answer: z.enum(BUSINESS_ANSWER_KEYS, { error: oneOf('answer', BUSINESS_ANSWER_KEYS) }),
    }),
    eventShape('startReview', {}),
    eventShape('extend', { until: LocalDateSchema, reason: boundedText(2000) }),
    eventShape('satisfy', {
      refund: RefundSchema.optional(),
      inKind: ReliefTextSchema.optional(),
      nonMonetary: ReliefTextSchema.optional(),
    }).refine(
      (event) =>
        event.refund !== undefined || event.inKind !== undefined || event.nonMonetary !== undefined,
      {
        message:
          'a satisfied appeal records its relief: refund (money returned), inKind or nonMonetary (true when not described)',
      },
    ),
    eventShape('explain', {}),
    eventShape('redirect', { to: boundedText(500).optional() }),
    eventShape('withdraw', {}),
    eventShape('refuse', {
      ground: z.enum(REFUSAL_GROUND_KEYS, { error: oneOf('refusal ground', REFUSAL_GROUND_KEYS) }),
    }),
    eventShape('return', {}),
    eventShape('referToCourt', { lawsuitId: boundedText(100).optional() }),
  ],
  { error: unknownKind('event type', 'type', COMPLAINT_EVENT_TYPE_KEYS) },
);

const ConsumerSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [
    z.strictObject(
      {
        kind: z.literal('individual'),
        iin: IinSchema.optional(),
        name: boundedText(300).optional(),
      },
      STRICT_FIELDS,
    ),
    z.strictObject(
      { kind: z.literal('legalEntity'), bin: BinSchema, name: boundedText(300).optional() },
      STRICT_FIELDS,
    ),
  ],
  { error: unknownKind('consumer kind', 'kind', ['individual', 'legalEntity']) },
);

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
export const ComplaintRecordSchema: z.ZodType<ComplaintRecord> = /* @__PURE__ */ z.strictObject(
  {
    schemaVersion: z.literal(1, { error: 'expected schemaVersion 1' }),
    id: boundedText(100),
    receivedAt: InstantSchema,
    channel: z.enum(CHANNEL_KEYS, { error: oneOf('channel', CHANNEL_KEYS) }),
    appealType: z.enum(APPEAL_TYPE_KEYS, { error: oneOf('appeal type', APPEAL_TYPE_KEYS) }),
    region: RegionCodeSchema,
    sector: z.enum(SECTOR_KEYS, { error: oneOf('sector', SECTOR_KEYS) }),
    subject: boundedText(1000),
    consumer: ConsumerSchema,
    business: z
      .strictObject({ id: TaxpayerIdSchema, name: boundedText(300).optional() }, STRICT_FIELDS)
      .optional(),
    claimed: NonNegativeTengeSchema.optional(),
    events: z.array(ComplaintEventSchema).check(z.maxLength(1000, 'expected at most 1000 events')),
  },
  STRICT_FIELDS,
);

/**
 * Reads a stored appeal record (parsed JSON): upgrades an older schema
 * version, validates it and returns it with money as `Tenge`.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming every bad field
 * (`events[2].refund: …`, with the issues in `details.issues`), or
 * `UNSUPPORTED_SCHEMA_VERSION` naming the version and what is supported.
 * @example
 * ```ts
 * parseComplaintRecord({ schemaVersion: 99, id: 'A-1' }); // throws UNSUPPORTED_SCHEMA_VERSION
 * ```
 * @example
 * ```ts
 * parseComplaintRecord({ schemaVersion: 1, id: 'A-1', channel: 'fax' }); // throws INVALID_RECORD naming channel and the missing fields
 * ```
 */
export function parseComplaintRecord(input: unknown): ComplaintRecord {
  const result = checkRecord(
    'complaint',
    ComplaintRecordSchema,
    migrateComplaintRecord(input),
    SUPPORTED_COMPLAINT_SCHEMA_VERSIONS,
  );
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * {@link parseComplaintRecord} without throwing: the record, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseComplaintRecord({ schemaVersion: 1 }).ok; // false
 * ```
 */
export function safeParseComplaintRecord(input: unknown): Result<ComplaintRecord> {
  try {
    return ok(parseComplaintRecord(input));
  } catch (error) {
    if (error instanceof TutynushyError) return err(error);
    throw error;
  }
}

/**
 * Reads one appeal event (parsed JSON from a form or a queue), for
 * {@link applyComplaintEvent}: money becomes a `Tenge`.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming every bad field.
 * @example
 * ```ts
 * parseComplaintEvent({ type: 'redirect', at: '2024-06-05', to: 'the tax authority' }).type; // 'redirect'
 * parseComplaintEvent({ type: 'explain', at: '2024-06-05', refund: '5000' }); // throws INVALID_RECORD
 * ```
 */
export function parseComplaintEvent(input: unknown): ComplaintEvent {
  const result = ComplaintEventSchema.safeParse(input);
  if (!result.success) throw recordError('complaint event', result.error.issues);
  return result.data;
}

/**
 * {@link parseComplaintEvent} without throwing: the event, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseComplaintEvent({ type: 'close', at: '2024-06-05' }).ok; // false
 * ```
 */
export function safeParseComplaintEvent(input: unknown): Result<ComplaintEvent> {
  try {
    return ok(parseComplaintEvent(input));
  } catch (error) {
    if (error instanceof TutynushyError) return err(error);
    throw error;
  }
}
