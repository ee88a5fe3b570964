import { basename } from 'node:path';
import type { ReportRecordKind } from '../../report/report.js';

// The names of the bundled sample's files (and of a department's exports):
// `complaints.jsonl` holds appeals, and so on; `.json` and `.ndjson` too.
const BY_FILE_NAME: Readonly<Record<string, ReportRecordKind>> = Object.freeze({
  complaints: 'complaint',
  appeals: 'complaint',
  lawsuits: 'lawsuit',
  activities: 'activity',
  outreach: 'activity',
  registrations: 'registration',
});

const EXTENSION = /\.(jsonl|ndjson|json)$/i;

/**
 * The kind of every record of a file, when its name says it
 * (`complaints.jsonl`, `lawsuits.json`, …); `null` when it does not.
 */
export function kindFromFileName(path: string): ReportRecordKind | null {
  const name = basename(path).replace(EXTENSION, '').toLowerCase();
  return Object.hasOwn(BY_FILE_NAME, name) ? (BY_FILE_NAME[name] as ReportRecordKind) : null;
}

/**
 * The kind of a record told by the field only that kind has: `receivedAt`
 * an appeal, `court` a lawsuit, `account` a registration, `kind` with
 * `date` an outreach activity; `undefined` for anything else.
 */
export function kindOfRecord(record: unknown): ReportRecordKind | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  if (Object.hasOwn(record, 'receivedAt')) return 'complaint';
  if (Object.hasOwn(record, 'court')) return 'lawsuit';
  if (Object.hasOwn(record, 'account')) return 'registration';
  if (Object.hasOwn(record, 'kind') && Object.hasOwn(record, 'date')) return 'activity';
  return undefined;
}
