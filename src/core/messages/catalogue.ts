import type { ErrorCode } from '../error-codes.js';
import type {
  AmountDetails,
  AmountProblem,
  ArgumentDetails,
  DateDetails,
  DateProblem,
  ErrorDetails,
  Expectation,
  InstantDetails,
  InstantProblem,
  PeriodDetails,
  RegionDetails,
  RegionProblem,
  TaxpayerIdDetails,
  TaxpayerIdProblem,
} from '../error-details.js';
import type { Locale } from '../locale.js';
import type { Received } from '../received.js';
import type { RecordIssue, RecordIssueCode, RecordKind, RecordRule } from '../record-issue.js';

/** The codes whose details are {@link TaxpayerIdDetails}: the noun of a message depends on it. */
export type TaxpayerIdCode = 'INVALID_IIN' | 'INVALID_BIN' | 'INVALID_TAXPAYER_ID';

/** The parameters an {@link Expectation} is worded with. */
export type ExpectationParams = Pick<ArgumentDetails, 'allowed' | 'min' | 'max' | 'year' | 'taken'>;

/**
 * The messages of one language: a function per error code and, for codes
 * with several cases, per `problem` — so that the compiler refuses a
 * catalogue that lacks one. zod v4's locales and dinero.js's message
 * constants are the models. English (`en`) makes `error.message`;
 * `formatError(error, locale)` picks any of the three.
 */
export interface MessageCatalogue {
  readonly locale: Locale;
  /** A received value as the language shows it inside a message. */
  readonly value: (value: Received) => string;
  readonly expectations: { readonly [E in Expectation]: (params: ExpectationParams) => string };
  readonly amountProblems: { readonly [P in AmountProblem]: (details: AmountDetails) => string };
  readonly taxpayerIdProblems: {
    readonly [P in TaxpayerIdProblem]: (details: TaxpayerIdDetails, code: TaxpayerIdCode) => string;
  };
  readonly dateProblems: { readonly [P in DateProblem]: (details: DateDetails) => string };
  readonly instantProblems: {
    readonly [P in InstantProblem]: (details: InstantDetails) => string;
  };
  readonly periodProblems: {
    readonly [P in PeriodDetails['problem']]: (
      details: Extract<PeriodDetails, { problem: P }>,
    ) => string;
  };
  readonly regionProblems: { readonly [P in RegionProblem]: (details: RegionDetails) => string };
  readonly recordKinds: { readonly [K in RecordKind]: string };
  readonly issues: { readonly [I in RecordIssueCode]: (issue: RecordIssue) => string };
  readonly rules: { readonly [R in RecordRule]: (issue: RecordIssue) => string };
  readonly codes: { readonly [C in ErrorCode]: (details: ErrorDetails[C]) => string };
}

/** The message of one error code, made from its details. */
export type CodeMessage<C extends ErrorCode> = (details: ErrorDetails[C]) => string;
