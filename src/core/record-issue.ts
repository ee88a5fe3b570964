import type { Expectation } from './expectation.js';
import type { Received } from './received.js';

/**
 * The kinds of record the library reads, as `INVALID_RECORD` and
 * `UNSUPPORTED_SCHEMA_VERSION` name them (their words in each language are
 * in the message catalogues).
 */
export type RecordKind =
  | 'complaint'
  | 'complaintEvent'
  | 'lawsuit'
  | 'lawsuitEvent'
  | 'outreachActivity'
  | 'business'
  | 'systemRegistration'
  | 'report'
  | 'publishedReport';

/**
 * What is wrong with one field of a record, as a stable code (valibot's and
 * zod's idea of issues as data):
 *
 * - `unknownField` — fields the record kind does not have (`keys`): refused, never dropped;
 * - `required` — a required field is missing;
 * - `forbidden` — a field this variant must not have (a `platform` on an activity that is not a social post);
 * - `invalidType` — a value of the wrong type (`expected`: `string`, `object`, `array`, …);
 * - `notOneOf` — not one of the allowed values (`allowed`);
 * - `blank` — a text with nothing but whitespace;
 * - `tooLong` — a text longer than `max` characters (`length`: how many it has);
 * - `tooMany` — a list longer than `max` items (`length`: how many it has);
 * - `tooSmall` — a number below `min`;
 * - `tooLarge` — a number above `max`;
 * - `notInteger` — a number that is not a whole number;
 * - `invalidValue` — a value another error of the library refused (a bad IIN, amount,
 *   date, region): `error` holds that error's `code` and `details`;
 * - `rule` — a rule between fields of the record (`rule` names it).
 */
export type RecordIssueCode =
  | 'unknownField'
  | 'required'
  | 'forbidden'
  | 'invalidType'
  | 'notOneOf'
  | 'blank'
  | 'tooLong'
  | 'tooMany'
  | 'tooSmall'
  | 'tooLarge'
  | 'notInteger'
  | 'invalidValue'
  | 'rule';

/**
 * Every {@link RecordIssueCode}.
 *
 * @example
 * ```ts
 * RECORD_ISSUE_CODES.includes('unknownField'); // true
 * ```
 */
export const RECORD_ISSUE_CODES: readonly RecordIssueCode[] = Object.freeze([
  'unknownField',
  'required',
  'forbidden',
  'invalidType',
  'notOneOf',
  'blank',
  'tooLong',
  'tooMany',
  'tooSmall',
  'tooLarge',
  'notInteger',
  'invalidValue',
  'rule',
]);

/**
 * The rules between fields that record schemas check (`code: 'rule'`), each
 * with its words in the message catalogues:
 *
 * - `reliefRequired` — a `satisfy` event records its relief (refund, in kind or non-monetary);
 * - `reliefOnlyOnSatisfy` — relief fields appear only on a `satisfy` event;
 * - `positiveAmount` — the amount is above zero (leave it out when there is no money);
 * - `nothingAwardedAgainstConsumer` — a decision against the consumer awards nothing;
 * - `listedTwice` — an id appears twice in a list;
 * - `businessName` — a business has a name in Kazakh, Russian or both;
 * - `kindMatchesId` — the business kind fits its BIN or IIN;
 * - `businessIdRequired` — a business account names its business;
 * - `httpLink` — a link is an absolute http(s) address with a domain, without user info;
 * - `plainText` — text without control characters, lone surrogates or bidirectional controls;
 * - `trimmed` — an identifier without whitespace around it;
 * - `figuresAddUp` — a report's figures agree with each other (`facts.figure` names the one that does not).
 */
export type RecordRule =
  | 'reliefRequired'
  | 'reliefOnlyOnSatisfy'
  | 'positiveAmount'
  | 'nothingAwardedAgainstConsumer'
  | 'listedTwice'
  | 'businessName'
  | 'kindMatchesId'
  | 'businessIdRequired'
  | 'httpLink'
  | 'plainText'
  | 'trimmed'
  | 'figuresAddUp';

/** A library error nested in an issue: its code and details, as {@link TutynushyError} has them. */
export interface NestedError {
  /** The error's code: `INVALID_BIN`, `INVALID_AMOUNT`, … */
  readonly code: string;
  /** The error's details, as `ErrorDetails[code]` types them. */
  readonly details: unknown;
}

/** One problem found in a record, as data. */
export interface RecordIssue {
  /** What is wrong, as a stable code (the list above). */
  readonly code: RecordIssueCode;
  /** Where in the record: `['events', 2, 'refund']`. */
  readonly path: readonly (string | number)[];
  /** The value found there, bounded as errors keep values. */
  readonly received?: Received;
  /** For `invalidType`: what type was expected. */
  readonly expected?: Expectation | 'number' | undefined;
  /** For `notOneOf`: the allowed values. */
  readonly allowed?: readonly (string | number | boolean)[] | undefined;
  /** For `unknownField`: the unknown keys (at most five, each cut), and `count` of them all. */
  readonly keys?: readonly string[] | undefined;
  /** For `unknownField`: how many unknown keys there are in all. */
  readonly count?: number | undefined;
  /** For `tooLong`, `tooMany` and `tooLarge`: the most allowed. */
  readonly max?: number | undefined;
  /** For `tooLong` and `tooMany`: how many characters or items the value has. */
  readonly length?: number | undefined;
  /** For `tooSmall`: the least allowed. */
  readonly min?: number | undefined;
  /** For `rule`: which rule. */
  readonly rule?: RecordRule | undefined;
  /**
   * For `rule`: the values the rule is about (`{ kinds: ['individualEntrepreneur'] }`);
   * for `unknownField` on an event of a log, and `reliefOnlyOnSatisfy`: the
   * event's type (`{ event: 'register' }`).
   */
  readonly facts?: Readonly<Record<string, string | number | readonly string[]>> | undefined;
  /** For `invalidValue`: the library's error for the value. */
  readonly error?: NestedError | undefined;
}

/**
 * A path as {@link formatRecordPath} writes it, for the library's own
 * messages, whose paths it made: `events[2].refund`.
 *
 * @internal
 */
export function recordPathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
