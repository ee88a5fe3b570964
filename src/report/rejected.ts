import { MAX_REJECTED_LISTED, REPORT_RECORD_KINDS, type RejectedRecord } from './report.js';

// The refused records a report lists, in one order whatever the order the
// records came in or the reports were merged in: by kind (in the order of
// the report's sections), then source, then index. Keeping the first
// MAX_REJECTED_LISTED of that order makes merging associative and commutative.

const KIND_ORDER = new Map(REPORT_RECORD_KINDS.map((kind, i) => [kind, i]));

/** The order of refused records in a report. @internal */
export function compareRejected(a: RejectedRecord, b: RejectedRecord): number {
  const kind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (kind !== 0) return kind;
  const sourceA = a.source ?? '';
  const sourceB = b.source ?? '';
  if (sourceA !== sourceB) return sourceA < sourceB ? -1 : 1;
  if (a.index !== b.index) return a.index - b.index;
  // Two reports of the same input, merged by mistake, still sort one way.
  const idA = a.id ?? '';
  const idB = b.id ?? '';
  if (idA !== idB) return idA < idB ? -1 : 1;
  return a.error.code < b.error.code ? -1 : a.error.code > b.error.code ? 1 : 0;
}

/** The first {@link MAX_REJECTED_LISTED} refused records, in order. @internal */
export function keepRejected(list: readonly RejectedRecord[]): RejectedRecord[] {
  return [...list].sort(compareRejected).slice(0, MAX_REJECTED_LISTED);
}
