import { recordPathText as formatRecordPath, type RecordIssue } from '../record-issue.js';

// What every language's catalogue writes the same way: a value quoted and
// cut, and a record's issues one after another.

const MAX_SHOWN = 60;

// What JSON.stringify leaves as it is but a message must not carry: DEL and
// the C1 controls, format characters (bidirectional overrides and isolates,
// zero-width characters) and the line and paragraph separators. A refused
// id «\u202E…» quoted raw would turn the rest of the message around.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const escaped = (character: string): string =>
  `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * A text inside a message: quoted, cut to a readable length, and with every
 * character that cannot be seen or that changes the direction of the text
 * written as an escape (`\u202e`), as JSON writes a lone surrogate.
 */
export function shownText(text: string): string {
  // A value that reached a message unchecked (a bigint as an event type) is shown, not thrown on.
  if (typeof text !== 'string') return typeof text === 'bigint' ? `${text}n` : String(text);
  const shown =
    text.length > MAX_SHOWN ? `${JSON.stringify(text.slice(0, MAX_SHOWN))}…` : JSON.stringify(text);
  return shown.replace(HIDDEN, escaped);
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
    .map(
      (issue) => `${issue.path.length === 0 ? root : formatRecordPath(issue.path)}: ${text(issue)}`,
    )
    .join('; ');
  return issues.length > MAX_ISSUES_SHOWN
    ? `${shown}; ${more(issues.length - MAX_ISSUES_SHOWN)}`
    : shown;
}

/**
 * How a character is named in a message: a space, a dash, whitespace of
 * another kind or a character that cannot be seen (a control, a format or
 * bidirectional character, a lone surrogate) by its code point, since
 * quoting it would hide it or turn the message around; anything else quoted.
 */
export type CharacterShown =
  | { readonly kind: 'space' }
  | { readonly kind: 'dash' }
  | { readonly kind: 'whitespace'; readonly codePoint: string }
  | { readonly kind: 'invisible'; readonly codePoint: string }
  | { readonly kind: 'visible'; readonly text: string };

/** See {@link CharacterShown}. */
export function characterShown(character: string | undefined): CharacterShown {
  const text = character ?? '';
  if (text === ' ') return { kind: 'space' };
  if (text === '-') return { kind: 'dash' };
  const codePoint = `U+${(text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/^\s$/u.test(text)) return { kind: 'whitespace', codePoint };
  if (text === '' || /\p{C}/u.test(text)) return { kind: 'invisible', codePoint };
  return { kind: 'visible', text: JSON.stringify(text) };
}
