/**
 * Every zod schema of the library in one place, for services that validate
 * at their edge or generate JSON Schema: the field schemas (dates, instants,
 * amounts, IIN and BIN, region codes) and the record schemas of appeals,
 * lawsuits, outreach activities, businesses and E-Tutynushy registrations.
 *
 * This subpath needs the `zod` peer dependency. `tutynushy/core`,
 * `tutynushy/money`, `tutynushy/ids`, `tutynushy/regions` and
 * `tutynushy/calendar` never load zod; the record modules
 * (`tutynushy/complaint`, `tutynushy/lawsuit`, `tutynushy/outreach`,
 * `tutynushy/business`) and the root `tutynushy` load it, since they export
 * their record parsers.
 *
 * @example
 * ```ts
 * import { TengeSchema, ComplaintRecordSchema } from 'tutynushy/schemas';
 *
 * TengeSchema.parse('1424750.50').toString(); // '1424750.50'
 * ```
 *
 * @module schemas
 */

export { BusinessSchema, SystemRegistrationSchema } from '../business/schema.js';
export { ComplaintEventSchema, ComplaintRecordSchema } from '../complaint/schema.js';
export { EventTimeSchema, InstantSchema, LocalDateSchema } from '../core/schemas.js';
export { BinSchema, IinSchema, TaxpayerIdSchema } from '../ids/schema.js';
export { LawsuitEventSchema, LawsuitRecordSchema } from '../lawsuit/schema.js';
export { NonNegativeTengeSchema, TengeSchema } from '../money/schema.js';
export { OutreachActivitySchema } from '../outreach/schema.js';
export { RegionCodeSchema } from '../regions/schema.js';
