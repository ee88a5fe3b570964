import * as z from 'zod';
import { describeValue } from './describe.js';

// The zod pieces every record schema shares, so that every record kind
// words a bad text and an unknown field alike. Imports zod: only schema
// files import this, never a replay or other logic file.

/**
 * A text field: a string with something besides whitespace, at most `max`
 * characters. The messages name what was given: the (cut) value when it is
 * blank, the length when it is too long.
 *
 * @internal
 */
export function boundedText(max: number) {
  return z.string().check(
    z.refine((value) => value.trim() !== '', {
      error: (issue) => `expected a non-empty text, got ${describeValue(issue.input)}`,
    }),
    z.maxLength(max, {
      error: (issue) => `expected at most ${max} characters, got ${String(issue.input).length}`,
    }),
  );
}

const MAX_KEYS_SHOWN = 5;

/**
 * Names the unknown fields of an object: at most five, each cut with
 * `describeValue` (zod's own message quotes each key in full, so a 50 kB key
 * would make a 50 kB message).
 *
 * @internal
 */
export function unknownFieldsMessage(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map(describeValue).join(', ');
  const more = keys.length > MAX_KEYS_SHOWN ? ` and ${keys.length - MAX_KEYS_SHOWN} more` : '';
  return `unknown field${keys.length === 1 ? '' : 's'} ${shown}${more}`;
}

/**
 * The options of a `z.strictObject` whose unknown fields are refused (never
 * dropped) and named by {@link unknownFieldsMessage}; other issues keep
 * their own messages.
 *
 * @internal
 */
export const STRICT_FIELDS = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined,
};
