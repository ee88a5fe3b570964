import * as z from 'zod';
import { describeValue } from '../core/describe.js';
import { boundedText, STRICT_FIELDS } from '../core/schema-helpers.js';
import { LocalDateSchema } from '../core/schemas.js';
import type { Sector } from '../core/sector.js';
import { isSector, SECTOR_KEYS } from '../core/sector.js';
import { safeParseTaxpayerId } from '../ids/index.js';
import { TaxpayerIdSchema } from '../ids/schema.js';
import { RegionCodeSchema } from '../regions/schema.js';
import type { Business } from './business.js';
import { readBusinessId } from './id-kind.js';
import { BUSINESS_KIND_KEYS, type BusinessKind, isBusinessKind } from './kind.js';
import type { SystemRegistration } from './registration.js';

const SectorSchema = /* @__PURE__ */ z.custom<Sector>((value) => isSector(value), {
  error: (issue) =>
    `expected a sector: one of ${SECTOR_KEYS.join(', ')}, got ${describeValue(issue.input)}`,
});

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
 * BusinessSchema.parse(halyk).kind; // 'legalEntity'
 * BusinessSchema.safeParse({ ...halyk, kind: 'branch' }).success; // false
 * ```
 */
export const BusinessSchema = /* @__PURE__ */ z
  .strictObject(
    {
      schemaVersion: z.literal(1),
      id: TaxpayerIdSchema,
      kind: z.enum(BUSINESS_KIND_KEYS as [BusinessKind, ...BusinessKind[]], {
        // zod's own enum message lists the options but not what was given.
        error: (issue) =>
          `expected a business kind: one of ${BUSINESS_KIND_KEYS.join(', ')}, got ${describeValue(issue.input)}`,
      }),
      names: z
        .strictObject(
          { kk: boundedText(500).optional(), ru: boundedText(500).optional() },
          STRICT_FIELDS,
        )
        .check(
          z.refine((names) => names.kk !== undefined || names.ru !== undefined, {
            message: 'expected a name in kk, ru or both',
          }),
        ),
      region: RegionCodeSchema,
      sector: SectorSchema,
    },
    STRICT_FIELDS,
  )
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
        message: `${business.id} is ${reading.reason}: expected kind ${reading.kinds.join(' or ')}, not ${business.kind}`,
        input: business.kind,
      });
    }),
  );

function registrationShape() {
  return {
    schemaVersion: z.literal(1),
    id: boundedText(200),
    date: LocalDateSchema,
    region: RegionCodeSchema.optional(),
  };
}

const ConsumerRegistrationSchema = /* @__PURE__ */ z.strictObject(
  {
    ...registrationShape(),
    account: z.literal('consumer'),
    businessId: z
      .undefined({
        error: (issue) =>
          `a consumer account has no businessId: leave it out (got ${describeValue(issue.input)})`,
      })
      .optional(),
  },
  STRICT_FIELDS,
);

const BusinessRegistrationSchema = /* @__PURE__ */ z.strictObject(
  {
    ...registrationShape(),
    account: z.literal('business'),
    // Checked for presence first, so that a missing one reads as missing
    // rather than as an invalid number.
    businessId: z
      .unknown()
      .check(
        z.refine((value) => value !== undefined, {
          message: "a business account needs its businessId: the business's BIN or IIN",
          abort: true,
        }),
      )
      .pipe(TaxpayerIdSchema),
  },
  STRICT_FIELDS,
);

/**
 * An account opened in E-Tutynushy: `schemaVersion: 1`, `account`
 * (`consumer` or `business`), the date it was opened, optionally its region,
 * and for a business account the business's BIN or IIN (`businessId`,
 * required; a consumer account may not have one).
 *
 * @example
 * ```ts
 * SystemRegistrationSchema.parse({
 *   schemaVersion: 1, id: 'R-1', account: 'business', date: '2024-02-29', businessId: '971240001315',
 * }).account; // 'business'
 * SystemRegistrationSchema.safeParse({
 *   schemaVersion: 1, id: 'R-2', account: 'consumer', date: '2024-02-30',
 * }).success; // false
 * ```
 */
export const SystemRegistrationSchema = /* @__PURE__ */ z.discriminatedUnion(
  'account',
  [ConsumerRegistrationSchema, BusinessRegistrationSchema],
  {
    // zod reports the whole record as the input: name the account given.
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)
        ? `expected a registration record (an object), got ${describeValue(issue.input)}`
        : `unknown account ${describeValue((issue.input as { account?: unknown }).account)}: expected consumer or business`,
  },
);

// The schemas must produce the hand-written types that logic files use
// (checked at compile time only: nothing of this reaches a bundle).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _BusinessSchemaAgrees = Assert<Same<z.output<typeof BusinessSchema>, Business>>;
export type _SystemRegistrationSchemaAgrees = Assert<
  Same<z.output<typeof SystemRegistrationSchema>, SystemRegistration>
>;
