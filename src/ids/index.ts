/**
 * Kazakhstan's identification numbers: the IIN of an individual (ИИН / ЖСН)
 * and the BIN of a legal entity (БИН / БСН). Checks the check digit with both
 * weight passes and every part of the number (birth date, century and sex;
 * registration month, entity type and unit), reads what the number says, and
 * names the wrong part when it is invalid. Never loads zod: the zod schemas
 * (`IinSchema`, `BinSchema`, `TaxpayerIdSchema`) are in `tutynushy/schemas`.
 *
 * @module ids
 */

export type { TaxpayerIdPart } from '../core/error-details.js';
export { binRegistrationYear, isValidBin, type ParsedBin, parseBin, safeParseBin } from './bin.js';
export { taxpayerIdCheckDigit } from './check-digit.js';
export { isValidIin, type ParsedIin, parseIin, safeParseIin } from './iin.js';
export {
  BIN_ENTITY_TYPE_KEYS,
  BIN_ENTITY_TYPES,
  BIN_UNIT_KEYS,
  BIN_UNITS,
  type BinEntityType,
  type BinUnit,
  binEntityTypeLabel,
  binUnitLabel,
  IIN_SEXES,
  type IinSex,
  iinSexLabel,
} from './labels.js';
export {
  isValidTaxpayerId,
  type ParsedTaxpayerId,
  parseTaxpayerId,
  safeParseTaxpayerId,
} from './taxpayer-id.js';
