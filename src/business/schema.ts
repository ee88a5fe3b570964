import * as z from 'zod';
import { boundedText, identifier, oneOf, ruleIssue } from '../core/schema-helpers.js';
import { LocalDateSchema } from '../core/schemas.js';
import { SECTOR_KEYS } from '../core/sector.js';
import { TaxpayerIdSchema } from '../ids/schema.js';
import { safeParseTaxpayerId } from '../ids/taxpayer-id.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { readBusinessId } from './id-kind.js';
import { BUSINESS_KIND_KEYS, isBusinessKind } from './kind.js';
import type { BusinessRecord, SystemRegistrationRecord } from './record.js';

// The zod schemas of businesses and E-Tutynushy registrations: the only file
// of the module that imports zod. Every problem is reported as the library's issue.

// The JSON Schema's form of readBusinessId: what the 5th and 6th digits
// of the id allow as `kind` (an IIN has 0–3 as its 5th digit, a BIN 4–6).
function kindOfIdRules() {
  const rule = (digits56: string, kinds: readonly string[]) => ({
    if: {
      properties: { id: { type: 'string', pattern: `^[0-9]{4}${digits56}` } },
      required: ['id'],
    },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a promise
    then: { properties: { kind: { enum: kinds } } },
  });
  return [
    rule('[0-3]', ['individualEntrepreneur']),
    rule('[4-6][12]', ['branch']),
    rule('6[03]', ['individualEntrepreneur']),
    rule('[45]3', ['individualEntrepreneur', 'legalEntity']),
    rule('[45]0', ['legalEntity']),
  ];
}

/**
 * A business entity as stored: `schemaVersion: 1`, its BIN or IIN (checked
 * by the `ids` module), its kind — which must agree with the number: an IIN
 * only for an individual entrepreneur, a BIN whose 6th digit says branch or
 * representative office only for a `branch`, and so on (see
 * `businessKindsOfId`) — its kk/ru names (at least one), region and sector.
 *
 * @example
 * ```ts
 * const halyk = {
 *   schemaVersion: 1, id: '940140000385', kind: 'legalEntity',
 *   names: { kk: '«Қазақстан Халық Банкі» АҚ', ru: 'АО «Народный Банк Казахстана»' },
 *   region: '75', sector: 'financialServices',
 * };
 * BusinessRecordSchema.parse(halyk).kind; // 'legalEntity'
 * BusinessRecordSchema.safeParse({ ...halyk, kind: 'branch' }).success; // false
 * ```
 */
export const BusinessRecordSchema = /* @__PURE__ */ z
  .strictObject({
    schemaVersion: z.literal(1),
    id: TaxpayerIdSchema,
    kind: oneOf(BUSINESS_KIND_KEYS),
    names: z
      .strictObject({ kk: boundedText(500).optional(), ru: boundedText(500).optional() })
      .check(
        z.refine(
          (names) => names.kk !== undefined || names.ru !== undefined,
          ruleIssue('businessName'),
        ),
      )
      // The JSON Schema's form of the rule: kk or ru, or both.
      .meta({ minProperties: 1 }),
    region: RegionCodeSchema,
    sector: oneOf(SECTOR_KEYS),
  })
  .check(
    z.superRefine((business, ctx) => {
      // Whether the kind fits the number is asked only of a valid number and kind:
      // zod still runs this check when a field failed on its own.
      const id = safeParseTaxpayerId(business.id);
      if (!id.ok || !isBusinessKind(business.kind)) return;
      const reading = readBusinessId(id.value);
      if (reading.kinds.includes(business.kind)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        input: business.kind,
        ...ruleIssue('kindMatchesId', { basis: reading.basis, kinds: reading.kinds }),
      });
    }),
  )
  .meta({ allOf: kindOfIdRules() });

function registrationShape() {
  return {
    schemaVersion: z.literal(1),
    id: identifier(200),
    date: LocalDateSchema,
    region: RegionCodeSchema.optional(),
  };
}

// A consumer account has no businessId: given one, it is a `forbidden` issue.
const ConsumerRegistrationSchema = /* @__PURE__ */ z.strictObject({
  ...registrationShape(),
  account: z.literal('consumer'),
  businessId: z.undefined().optional(),
});

const BusinessRegistrationSchema = /* @__PURE__ */ z.strictObject({
  ...registrationShape(),
  account: z.literal('business'),
  // Checked for presence first, so that a missing one says which id is needed.
  businessId: z
    .unknown()
    .check(
      z.refine((value) => value !== undefined, {
        ...ruleIssue('businessIdRequired'),
        abort: true,
      }),
    )
    .pipe(TaxpayerIdSchema),
});

/**
 * An account opened in E-Tutynushy: `schemaVersion: 1`, `account`
 * (`consumer` or `business`), the date it was opened, optionally its region,
 * and for a business account the business's BIN or IIN (`businessId`,
 * required; a consumer account may not have one).
 *
 * @example
 * ```ts
 * SystemRegistrationRecordSchema.parse({
 *   schemaVersion: 1, id: 'R-1', account: 'business', date: '2024-02-29', businessId: '971240001315',
 * }).account; // 'business'
 * SystemRegistrationRecordSchema.safeParse({
 *   schemaVersion: 1, id: 'R-2', account: 'consumer', date: '2024-02-30',
 * }).success; // false
 * ```
 */
export const SystemRegistrationRecordSchema = /* @__PURE__ */ z.discriminatedUnion('account', [
  ConsumerRegistrationSchema,
  BusinessRegistrationSchema,
]);

// The schemas must produce the hand-written types that logic files use
// (checked at compile time only: nothing of this reaches a bundle).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _BusinessSchemaAgrees = Assert<
  Same<z.output<typeof BusinessRecordSchema>, BusinessRecord>
>;
export type _SystemRegistrationSchemaAgrees = Assert<
  Same<z.output<typeof SystemRegistrationRecordSchema>, SystemRegistrationRecord>
>;
