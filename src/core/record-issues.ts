import { TutynushyError } from './errors.js';

/**
 * One problem found in a record, as data (valibot's idea of issues). A zod
 * issue is one too: it has the same two fields, so core's types, like its
 * code, never name zod and a project without zod still type-checks.
 */
export interface RecordIssue {
  /** Where in the record: `['events', 2, 'refund']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong and what was expected. */
  readonly message: string;
}

/**
 * Writes a path the way a reader looks for it: `events[2].refund`.
 *
 * @example
 * ```ts
 * formatRecordPath(['events', 2, 'refund']); // 'events[2].refund'
 * formatRecordPath([]);                      // '(record)'
 * ```
 */
export function formatRecordPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Turns zod's issues into one `INVALID_RECORD` error that names each bad
 * field, with the issues as data in `details.issues`. When a nested
 * `TutynushyError` (a bad IIN, a bad amount) caused an issue, its code is kept.
 *
 * @example
 * ```ts
 * const result = ComplaintRecordSchema.safeParse(input);
 * if (!result.success) throw recordError('complaint', result.error.issues);
 * ```
 */
export function recordError(
  kind: string,
  issues: readonly RecordIssue[],
  recordId?: string,
): TutynushyError {
  const list: RecordIssue[] = issues.map((issue) => ({
    path: issue.path,
    message: issue.message,
  }));
  const shown = list
    .slice(0, 5)
    .map((issue) => `${formatRecordPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = list.length > 5 ? `; and ${list.length - 5} more` : '';
  const id = recordId === undefined ? '' : ` ${JSON.stringify(recordId)}`;
  return new TutynushyError('INVALID_RECORD', `Invalid ${kind} record${id}: ${shown}${more}`, {
    kind,
    recordId,
    issues: list,
  });
}
