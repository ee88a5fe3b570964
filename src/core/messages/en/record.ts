import type { RecordDetails } from '../../error-details.js';
import type { Expectation } from '../../expectation.js';
import type { NestedError, RecordIssue } from '../../record-issue.js';
import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { issuesText, shownText } from '../shared.js';
import { type ExpectationWords, expectationText } from './expectations/common.js';
import { list, value } from './shared.js';

/** Words an error held by a record issue (`invalidValue`). */
export type NestedMessage = (error: NestedError) => string;

/** A record kind as a message names it. */
export const recordKinds: MessageCatalogue['recordKinds'] = {
  complaint: 'complaint record',
  complaintEvent: 'complaint event',
  lawsuit: 'lawsuit record',
  lawsuitEvent: 'lawsuit event',
  outreachActivity: 'outreach activity record',
  business: 'business record',
  systemRegistration: 'registration record',
  report: 'report',
  publishedReport: 'published report',
};

const ID_BASIS: Readonly<Record<string, string>> = {
  iin: 'an IIN, which identifies a person: only an individual entrepreneur has one',
  branch: 'a BIN of a branch (digit 6 is 1)',
  representativeOffice: 'a BIN of a representative office (digit 6 is 2)',
  jointEntrepreneurship: 'a BIN of a joint individual entrepreneurship (digit 5 is 6)',
  peasantFarm: 'a BIN of a peasant farm (digit 6 is 3)',
  headOffice: 'a BIN of a head office (digit 6 is 0)',
};

const WHY_LINK: Readonly<Record<string, string>> = {
  surroundingSpace: 'it has surrounding whitespace',
  notAbsolute: 'it is not an absolute address',
  protocol: 'only http and https',
  noDomain: 'the host has no domain',
  userInfo: 'user info before the host hides the real host',
};

// The event a field sits on, when the issue names it: ` on a "register" event`.
const onEvent = (facts: RecordIssue['facts']): string => {
  const event = facts?.['event'];
  if (typeof event !== 'string') return '';
  return ` on ${/^[aeiou]/i.test(event) ? 'an' : 'a'} "${event}" event`;
};

/** The rules a record breaks, one wording per rule. */
export const rules: MessageCatalogue['rules'] = {
  reliefRequired: () =>
    'a satisfied appeal records its relief: refund (money returned), inKind or nonMonetary (true when not described)',
  reliefOnlyOnSatisfy: ({ keys, facts }) =>
    `${list(keys)}${onEvent(facts)}: relief is recorded only on a "satisfy" event`,
  positiveAmount: () =>
    'expected an amount above zero (leave the field out when there is no money)',
  nothingAwardedAgainstConsumer: () =>
    'a decision against the consumer awards nothing: leave awarded out',
  listedTwice: ({ received }) => `${value(received)} is listed twice`,
  businessName: () => 'expected a name in kk, ru or both',
  kindMatchesId: ({ facts, received }) =>
    `the number is ${ID_BASIS[String(facts?.['basis'])] ?? facts?.['basis']}: expected kind ${list(facts?.['kinds'] as readonly string[])}, not ${value(received)}`,
  businessIdRequired: () => "a business account needs its businessId: the business's BIN or IIN",
  httpLink: ({ facts }) =>
    `expected an http(s) address such as https://www.gov.kz/…${typeof facts?.['why'] === 'string' ? ` (${WHY_LINK[facts['why']] ?? facts['why']})` : ''}`,
  plainText: () =>
    'expected plain text: no control characters, lone surrogates or bidirectional controls',
  trimmed: () => 'expected an identifier without whitespace around it',
  figuresAddUp: ({ facts }) => `${facts?.['figure']} does not agree with the figures it is made of`,
};

/**
 * The record issues, one wording per issue code. An issue that holds another
 * error of the library (`invalidValue`) is worded by `nested`: the English
 * message of that error; an expected type by `words` or the common ones.
 */
export const recordIssues = (
  nested: NestedMessage,
  words?: Partial<ExpectationWords<Expectation>>,
): MessageCatalogue['issues'] => ({
  unknownField: ({ keys, count, facts }) =>
    `unknown field${(count ?? 0) === 1 ? '' : 's'} ${list(keys?.map((key) => shownText(key)))}${(count ?? 0) > (keys?.length ?? 0) ? ` and ${(count ?? 0) - (keys?.length ?? 0)} more` : ''}${onEvent(facts)}`,
  required: () => 'required',
  forbidden: ({ received }) => `not allowed here: leave it out (got ${value(received)})`,
  invalidType: ({ expected, received }) =>
    `expected ${expected === 'number' ? 'a number' : expected === undefined ? 'another type' : expectationText(expected, {}, words)}, got ${value(received)}`,
  notOneOf: ({ allowed, received }) => `expected one of ${list(allowed)}, got ${value(received)}`,
  blank: ({ received }) => `expected a non-empty text, got ${value(received)}`,
  tooLong: ({ max, length }) =>
    `expected at most ${max} characters${length === undefined ? '' : `, got ${length}`}`,
  tooMany: ({ max, length }) =>
    `expected at most ${max} items${length === undefined ? '' : `, got ${length}`}`,
  tooSmall: ({ min, received }) => `expected ${min} or more, got ${value(received)}`,
  tooLarge: ({ max, received }) => `expected ${max} or less, got ${value(received)}`,
  notInteger: ({ received }) => `expected a whole number, got ${value(received)}`,
  invalidValue: ({ error }) => (error === undefined ? 'invalid value' : nested(error)),
  rule: (issue) => (issue.rule === undefined ? 'invalid value' : rules[issue.rule](issue)),
});

/**
 * `INVALID_RECORD`: the record, then its first issues, each at its path.
 * `nested` words an issue that holds another error, `words` the expected
 * types beyond the common ones.
 */
export const invalidRecordMessage = (
  d: RecordDetails,
  nested: NestedMessage,
  words?: Partial<ExpectationWords<Expectation>>,
): string => {
  const issues = recordIssues(nested, words);
  const issueText = (issue: RecordIssue): string => issues[issue.code](issue);
  return `Invalid ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: ${issuesText(d.issues, issueText, (n) => `and ${n} more`, '(record)')}${d.readWith === undefined ? '' : ` (read it with ${d.readWith} first)`}`;
};

/** `UNSUPPORTED_SCHEMA_VERSION`. */
export const unsupportedSchemaVersionMessage: CodeMessage<'UNSUPPORTED_SCHEMA_VERSION'> = (d) =>
  `Cannot read ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: it has schemaVersion ${value(d.received)}, and this version of tutynushy reads schemaVersion ${list(d.supported)} (a newer record needs a newer tutynushy)`;
