// Lawsuit records the tests share: the facts of a third-party case in
// Shymkent (its report for the first five months of 2024: the department took
// part as a third party, the court decided for the consumer and 1 424 750
// tenge were recovered).
import { type LawsuitRecord, parseLawsuitRecord } from '../../src/lawsuit/index.js';

export const COURT = 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты';

export const FACTS = {
  schemaVersion: 1,
  id: 'L-2024-007',
  court: COURT,
  role: 'thirdParty',
  appealIds: ['A-2024-0113'],
  claimed: '1500000',
  region: '79',
} as const;

/** A parsed record with the shared facts, the given events and any facts overridden. */
export function lawsuitRecord(
  events: readonly Record<string, unknown>[],
  overrides: Record<string, unknown> = {},
): LawsuitRecord {
  return parseLawsuitRecord({ ...FACTS, ...overrides, events });
}
