import type * as z from 'zod';
import type { Expectation } from './error-details.js';
import { invalidRecordError } from './error-factories.js';
import type { TutynushyError } from './errors.js';
import { received } from './received.js';
import type { RecordIssue, RecordKind } from './record-issue.js';

// zod finds what is wrong with a record; this turns its issues into the
// library's (RecordIssue), with stable codes and bounded values, so that no
// zod message or zod type reaches a user. Zod's types only: no zod at run time.

/** What a schema refinement puts in a custom issue's `params`: the issue without its path. */
export type IssueParams = Omit<RecordIssue, 'path' | 'received'>;

const MAX_KEYS = 5;

const ZOD_TYPES: Readonly<Record<string, Expectation | 'number'>> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  object: 'object',
  array: 'array',
  boolean: 'boolean',
};

type ZodIssue = z.core.$ZodIssue & { readonly input?: unknown };

// The type of an event whose fields are at fault («unknown field "by" on a
// "register" event»): an object of a log with a string `type`.
function eventTypeOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    const type = (input as { type?: unknown }).type;
    return typeof type === 'string' ? (received(type) as string) : undefined;
  } catch {
    return undefined; // a getter that throws: no type to name
  }
}

function pathOf(issue: ZodIssue): (string | number)[] {
  return issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * One zod issue as a {@link RecordIssue}.
 *
 * @internal
 */
export function issueOfZod(issue: ZodIssue): RecordIssue {
  const path = pathOf(issue);
  const input = issue.input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const event = eventTypeOf(input);
      return {
        code: 'unknownField',
        path,
        keys: issue.keys.slice(0, MAX_KEYS).map((key) => received(key) as string),
        count: issue.keys.length,
        ...(event === undefined ? {} : { facts: { event } }),
      };
    }
    case 'invalid_type':
      if (issue.expected === 'undefined')
        return { code: 'forbidden', path, received: received(input) };
      if (input === undefined) return { code: 'required', path };
      if (issue.expected === 'int' && typeof input === 'number')
        return { code: 'notInteger', path, received: input };
      return {
        code: 'invalidType',
        path,
        expected: ZOD_TYPES[issue.expected],
        received: received(input),
      };
    case 'too_big': {
      // A number above its limit (an audience past 2^53 − 1) is not a list.
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return { code: 'tooLarge', path, max: Number(issue.maximum), received: received(input) };
      // The length, not only the limit: «at most 300, got 50000» tells a
      // truncated import from a slightly long name.
      const length = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
      return {
        code: issue.origin === 'string' ? 'tooLong' : 'tooMany',
        path,
        max: Number(issue.maximum),
        ...(length === undefined ? {} : { length }),
        received: received(input),
      };
    }
    case 'too_small':
      return issue.origin === 'string'
        ? { code: 'blank', path, received: received(input) }
        : { code: 'tooSmall', path, min: Number(issue.minimum), received: received(input) };
    case 'invalid_value':
      return {
        code: 'notOneOf',
        path,
        allowed: issue.values.map((v) => (typeof v === 'bigint' ? String(v) : v)) as (
          | string
          | number
          | boolean
        )[],
        received: received(input),
      };
    case 'invalid_union': {
      // A discriminated union names the discriminator's path; its input is the whole object.
      const union = issue as ZodIssue & { discriminator?: string; options?: readonly unknown[] };
      if (union.discriminator !== undefined) {
        const value =
          typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[union.discriminator]
            : undefined;
        if (value === undefined) return { code: 'required', path };
        return {
          code: 'notOneOf',
          path,
          allowed: (union.options ?? []).map(String),
          received: received(value),
        };
      }
      return { code: 'invalidType', path, received: received(input) };
    }
    case 'custom': {
      const params = issue.params as IssueParams | undefined;
      if (params?.code === 'tooMany' && Array.isArray(input))
        return { ...params, path, length: input.length, received: received(input) };
      if (params?.code !== undefined) return { ...params, path, received: received(input) };
      return { code: 'invalidType', path, received: received(input) };
    }
    default:
      return { code: 'invalidType', path, received: received(input) };
  }
}

/**
 * Turns zod's issues into one `INVALID_RECORD` error with the issues as
 * data (`details.issues`). `refine` may reword an issue for its record kind.
 *
 * @internal
 */
export function recordError(
  kind: RecordKind,
  issues: readonly ZodIssue[],
  recordId?: string,
  refine?: (issue: RecordIssue) => RecordIssue,
): TutynushyError<'INVALID_RECORD'> {
  const list = issues.map((issue) => {
    const mine = issueOfZod(issue);
    return refine === undefined ? mine : refine(mine);
  });
  return invalidRecordError({ kind, recordId, issues: list });
}
