import * as z from 'zod';
import { IDENTIFIER_PATTERN, MULTILINE_TEXT_PATTERN, TEXT_PATTERN } from './json-patterns.js';
import type { IssueParams } from './record-error.js';
import { EventTimeSchema } from './schemas.js';

export { nestedError } from './nested-error.js';

// The zod pieces every record schema shares, so that every record kind
// checks a text, an id, a list and an event alike, and reports each problem
// as the same issue code. Imports zod: only schema files import this, never
// a replay or other logic file. The `.meta()` of each piece is what its JSON
// Schema says (the files in schemas/): it changes no check.

const issue = (params: IssueParams): { readonly params: IssueParams } => ({ params });

// C0 controls but tab and line breaks, DEL, lone surrogates, and the
// bidirectional embeddings, overrides and isolates that can make a text read
// differently from what it holds (U+202A–U+202E, U+2066–U+2069).
const NOT_PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\t]/;

/** Whether a text is plain: see {@link boundedText}. @internal */
export function isPlainText(text: string, multiline: boolean): boolean {
  return !NOT_PLAIN.test(text) && (multiline || !LINE_BREAK.test(text));
}

/**
 * A text field: at most `max` characters (checked first, so that a 1 MB
 * value is refused by its length before it is read), something besides
 * whitespace, and plain text — no control characters (line breaks only when
 * `multiline`), no lone surrogates, no bidirectional overrides.
 *
 * @internal
 */
export function boundedText(max: number, options: { readonly multiline?: boolean } = {}) {
  const multiline = options.multiline === true;
  return z
    .string()
    .check(
      z.maxLength(max, { abort: true }),
      z.refine((value) => value.trim() !== '', { ...issue({ code: 'blank' }), abort: true }),
      z.refine(
        (value) => isPlainText(value, multiline),
        issue({ code: 'rule', rule: 'plainText' }),
      ),
    )
    .meta({ pattern: multiline ? MULTILINE_TEXT_PATTERN : TEXT_PATTERN });
}

/**
 * An identifier: a {@link boundedText} without surrounding whitespace, so
 * that `'A'` and `'A '` can never pass for two ids.
 *
 * @internal
 */
export function identifier(max: number) {
  return boundedText(max)
    .check(z.refine((value) => value.trim() === value, issue({ code: 'rule', rule: 'trimmed' })))
    .meta({ pattern: IDENTIFIER_PATTERN });
}

/**
 * A list of at most `max` items whose length is checked before any item is
 * read: a million-item array is refused at once, not parsed first. Its JSON
 * Schema is the array's, with `maxItems` (the generator of schemas/ reads a
 * pipe from `z.unknown()` as its output side).
 *
 * @internal
 */
export function boundedArray<T extends z.ZodType>(item: T, max: number) {
  return z
    .unknown()
    .check(
      z.refine((value) => !Array.isArray(value) || value.length <= max, {
        ...issue({ code: 'tooMany', max }),
        abort: true,
      }),
    )
    .pipe(z.array(item))
    .meta({ maxItems: max });
}

/**
 * One of a fixed set of keys (a channel, a sector, an outcome): refused
 * values become a `notOneOf` issue listing them.
 *
 * @internal
 */
export function oneOf<K extends string>(keys: readonly K[]) {
  return z.enum(keys as unknown as [K, ...K[]]);
}

/**
 * A rule between fields, as a custom issue's options.
 *
 * @internal
 */
export function ruleIssue(
  rule: NonNullable<IssueParams['rule']>,
  facts?: IssueParams['facts'],
): { readonly params: IssueParams } {
  return issue(facts === undefined ? { code: 'rule', rule } : { code: 'rule', rule, facts });
}

/**
 * One event of a record's log, as every record kind with a log writes it:
 * its `type`, when it happened (`at`: a date or an instant), an optional
 * note for people, and its own fields. Strict: a field the event does not
 * have is refused, never dropped.
 *
 * @internal
 */
export function eventSchema<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({
    type: z.literal(type),
    at: EventTimeSchema,
    note: boundedText(2000, { multiline: true }).optional(),
    ...shape,
  });
}
