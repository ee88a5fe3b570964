import { type ParsedTaxpayerId, parseTaxpayerId } from '../ids/index.js';
import type { BusinessKind } from './kind.js';

/**
 * What a taxpayer id says its holder is: an IIN (a person), or a BIN of a
 * branch, a representative office, a joint individual entrepreneurship, a
 * peasant farm or a head office (digits 5 and 6).
 */
export type BusinessIdBasis =
  | 'iin'
  | 'branch'
  | 'representativeOffice'
  | 'jointEntrepreneurship'
  | 'peasantFarm'
  | 'headOffice';

/** What a taxpayer id says its holder is, and the business kinds that fit it. */
export interface BusinessIdReading {
  /** The kinds of business the number can belong to. */
  readonly kinds: readonly BusinessKind[];
  /** What the number says, as a token. */
  readonly basis: BusinessIdBasis;
}

const IIN: BusinessIdReading = Object.freeze({
  kinds: Object.freeze(['individualEntrepreneur'] as const),
  basis: 'iin',
});

/**
 * Reads a parsed IIN or BIN as a business id. The unit digit decides first
 * (a branch or representative office is a `branch` whatever its owner), then
 * the entity type (a joint individual entrepreneurship is run by individual
 * entrepreneurs); a peasant farm may be either an individual entrepreneur's
 * or a legal entity.
 *
 * @internal
 */
export function readBusinessId(id: ParsedTaxpayerId): BusinessIdReading {
  if (id.kind === 'iin') return IIN;
  if (id.unit === 'branch') return { kinds: ['branch'], basis: 'branch' };
  if (id.unit === 'representativeOffice')
    return { kinds: ['branch'], basis: 'representativeOffice' };
  if (id.entityType === 'jointIndividualEntrepreneur') {
    return { kinds: ['individualEntrepreneur'], basis: 'jointEntrepreneurship' };
  }
  if (id.unit === 'peasantFarm') {
    return { kinds: ['individualEntrepreneur', 'legalEntity'], basis: 'peasantFarm' };
  }
  return { kinds: ['legalEntity'], basis: 'headOffice' };
}

/**
 * The kinds of business an IIN or a BIN can belong to, read from its digits:
 * an IIN is an individual entrepreneur's; a BIN whose 6th digit is 1 or 2 a
 * branch's or representative office's; a BIN of a joint individual
 * entrepreneurship (5th digit 6) an individual entrepreneur's; a peasant
 * farm's (6th digit 3) either; any other BIN a legal entity's.
 *
 * @throws {@link TutynushyError} `INVALID_IIN`, `INVALID_BIN` or
 * `INVALID_TAXPAYER_ID` for a number that is not a valid IIN or BIN.
 * @example
 * ```ts
 * businessKindsOfId('940140000385'); // ['legalEntity'] — Halyk Bank
 * businessKindsOfId('950341000052'); // ['branch'] — a Halyk Bank branch
 * businessKindsOfId('851231400011'); // ['individualEntrepreneur']
 * businessKindsOfId('940140000380'); // throws INVALID_BIN
 * ```
 */
export function businessKindsOfId(id: string): readonly BusinessKind[] {
  return readBusinessId(parseTaxpayerId(id)).kinds;
}
