// Reading the records an analyst drops on the Try it page: JSON (one record,
// an array, or an object with the four kinds of input) or JSON Lines, and
// telling which kind of record a file holds. Nothing here touches the page,
// so the tests run it in Node.
import type { ReportRecordKind } from '../../src/report/index.js';

/** A line (or an array item) that could not be read as JSON. */
export interface UnreadableLine {
  /** 1 for the first line. */
  readonly line: number;
  readonly message: string;
}

/** Records read from one text, each with its place: the line of a JSON Lines file, or the item of an array, from 0. */
export interface ReadRecords {
  readonly format: 'json' | 'jsonl';
  readonly records: readonly unknown[];
  readonly places: readonly number[];
  readonly unreadable: readonly UnreadableLine[];
  /** For a JSON object of the shape `{ complaints: [...], lawsuits: [...] }`: its records by kind. */
  readonly byKind?: Readonly<Partial<Record<ReportRecordKind, ReadRecords>>> | undefined;
}

const INPUT_KEYS: readonly (readonly [string, ReportRecordKind])[] = [
  ['complaints', 'complaint'],
  ['lawsuits', 'lawsuit'],
  ['activities', 'activity'],
  ['registrations', 'registration'],
];

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function fromArray(items: readonly unknown[]): ReadRecords {
  return { format: 'json', records: items, places: items.map((_, i) => i), unreadable: [] };
}

function jsonLines(text: string): ReadRecords {
  const records: unknown[] = [];
  const places: number[] = [];
  const unreadable: UnreadableLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      records.push(JSON.parse(line));
      places.push(index);
    } catch (error) {
      unreadable.push({ line: index + 1, message: messageOf(error) });
    }
  });
  return { format: 'jsonl', records, places, unreadable };
}

/**
 * The records of a text: a JSON array, a single JSON record, an object of
 * inputs by kind, or JSON Lines (one record a line; blank lines skipped,
 * unreadable lines listed, never dropped).
 */
export function readRecords(text: string): ReadRecords {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { format: 'jsonl', records: [], places: [], unreadable: [] };
  let whole: unknown;
  try {
    whole = JSON.parse(body);
  } catch {
    return jsonLines(body);
  }
  if (Array.isArray(whole)) return fromArray(whole);
  if (typeof whole === 'object' && whole !== null) {
    const inputs = INPUT_KEYS.filter(([key]) =>
      Array.isArray((whole as Record<string, unknown>)[key]),
    );
    if (inputs.length > 0 && !('schemaVersion' in whole)) {
      const byKind: Partial<Record<ReportRecordKind, ReadRecords>> = {};
      for (const [key, kind] of inputs) {
        byKind[kind] = fromArray((whole as Record<string, unknown[]>)[key] ?? []);
      }
      return { format: 'json', records: [], places: [], unreadable: [], byKind };
    }
  }
  return fromArray([whole]);
}

// complaints.jsonl, lawsuits-2024.json, shymkent_activities.jsonl, …
const NAME_PATTERNS: readonly (readonly [RegExp, ReportRecordKind])[] = [
  [/complaint|appeal|обращени|өтініш/i, 'complaint'],
  [/lawsuit|иск|талап/i, 'lawsuit'],
  [/activit|outreach|мероприят|іс-шара/i, 'activity'],
  [/registration|account|регистрац|тіркел/i, 'registration'],
];

/** The kind a file name says (`complaints.jsonl`, `lawsuits.json`, …), if it says one. */
export function kindFromFileName(name: string): ReportRecordKind | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  return NAME_PATTERNS.find(([pattern]) => pattern.test(base))?.[1];
}

const has = (record: object, key: string): boolean => key in record;

/** The kind a record's shape says: the fields only that kind has. */
export function kindFromRecord(record: unknown): ReportRecordKind | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  if (has(record, 'receivedAt') || has(record, 'channel') || has(record, 'appealType'))
    return 'complaint';
  if (has(record, 'court') || has(record, 'role') || has(record, 'appealIds')) return 'lawsuit';
  if (has(record, 'account')) return 'registration';
  if (has(record, 'kind') && has(record, 'date')) return 'activity';
  return undefined;
}

/**
 * The kind of a file's records: what its name says, or else what the shape
 * of most of its first records says; `undefined` when neither tells.
 */
export function detectKind(
  name: string,
  records: readonly unknown[],
): ReportRecordKind | undefined {
  const named = kindFromFileName(name);
  if (named !== undefined) return named;
  const votes = new Map<ReportRecordKind, number>();
  for (const record of records.slice(0, 50)) {
    const kind = kindFromRecord(record);
    if (kind !== undefined) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  let best: ReportRecordKind | undefined;
  let most = 0;
  for (const [kind, count] of votes) {
    if (count > most) [best, most] = [kind, count];
  }
  return best;
}
