/**
 * Every zod schema of the library in one place, for services that validate
 * at their edge or generate JSON Schema: the field schemas (dates, instants,
 * amounts, IIN and BIN, region codes, periods) and the record schemas of
 * appeals, lawsuits, outreach activities, businesses, E-Tutynushy
 * registrations, reports and published figures.
 *
 * This subpath needs the `zod` peer dependency. `tutynushy/core`,
 * `tutynushy/money`, `tutynushy/ids`, `tutynushy/regions`,
 * `tutynushy/calendar` and `tutynushy/period` never load zod; the record
 * modules (`tutynushy/complaint`, `tutynushy/lawsuit`, `tutynushy/outreach`,
 * `tutynushy/business`), `tutynushy/report` and the root `tutynushy` load
 * it, since they export their record parsers.
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

export { BusinessRecordSchema, SystemRegistrationRecordSchema } from '../business/schema.js';
export { ComplaintEventSchema, ComplaintRecordSchema } from '../complaint/schema.js';
export { EventTimeSchema, InstantSchema, LocalDateSchema } from '../core/schemas.js';
export { BinSchema, IinSchema, TaxpayerIdSchema } from '../ids/schema.js';
export { LawsuitEventSchema, LawsuitRecordSchema } from '../lawsuit/schema.js';
export { NonNegativeTengeSchema, TengeSchema } from '../money/schema.js';
export { OutreachActivityRecordSchema } from '../outreach/schema.js';
export { PeriodCodeSchema, PeriodSchema } from '../period/schema.js';
export { RegionCodeSchema } from '../regions/schema.js';
export { PublishedReportSchema } from '../report/published-schema.js';
export { ReportSchema } from '../report/schema.js';
