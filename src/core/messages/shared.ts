import { formatRecordPath, type RecordIssue } from '../record-issue.js';

// What every language's catalogue writes the same way: a value quoted and
// cut, and a record's issues one after another.

const MAX_SHOWN = 60;

/** A text inside a message: quoted, and cut to a readable length. */
export function shownText(text: string): string {
  return text.length > MAX_SHOWN ? `${JSON.stringify(text.slice(0, MAX_SHOWN))}…` : JSON.stringify(text);
}

const MAX_ISSUES_SHOWN = 5;

/** The first five issues of a record as `path: text; path: text`, and how many more. */
export function issuesText(
  issues: readonly RecordIssue[],
  text: (issue: RecordIssue) => string,
  more: (count: number) => string,
  root: string,
): string {
  const shown = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => `${issue.path.length === 0 ? root : formatRecordPath(issue.path)}: ${text(issue)}`)
    .join('; ');
  return issues.length > MAX_ISSUES_SHOWN
    ? `${shown}; ${more(issues.length - MAX_ISSUES_SHOWN)}`
    : shown;
}
