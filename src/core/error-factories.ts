import type {
  AmountDetails,
  ArgumentDetails,
  CalendarDataDetails,
  DateDetails,
  ErrorDetails,
  EventOrderDetails,
  ExtensionDetails,
  IncompatibleReportsDetails,
  InstantDetails,
  LocaleDetails,
  PeriodDetails,
  RecordDetails,
  RegionDetails,
  SchemaVersionDetails,
  TransitionDetails,
} from './error-details.js';
import { TutynushyError } from './errors.js';
import type { Expectation } from './expectation.js';
import type { TaxpayerIdCode } from './messages/catalogue.js';
import { invalidAmountMessage } from './messages/en/amount.js';
import { invalidArgumentMessage } from './messages/en/argument.js';
import { calendarDataMissingMessage } from './messages/en/calendar.js';
import { invalidDateMessage } from './messages/en/date.js';
import type { CommonExpectation, ExpectationWords } from './messages/en/expectations/common.js';
import { invalidInstantMessage } from './messages/en/instant.js';
import { invalidLocaleMessage } from './messages/en/locale.js';
import { invalidPeriodMessage } from './messages/en/period.js';
import { invalidRecordMessage, unsupportedSchemaVersionMessage } from './messages/en/record.js';
import { invalidRegionMessage } from './messages/en/region.js';
import {
  eventOutOfOrderMessage,
  invalidExtensionMessage,
  invalidTransitionMessage,
} from './messages/en/replay.js';
import { incompatibleReportsMessage } from './messages/en/report.js';
import { taxpayerIdMessages } from './messages/en/taxpayer-id.js';
import { nestedMessage } from './nested-message.js';

// The library's errors, one factory per code, each worded by the English
// module of its code alone: a bundle that throws only INVALID_DATE carries
// the date messages and no other (the class itself holds none). Throw sites
// use these, never `new TutynushyError` with a message of their own.

/**
 * @internal `INVALID_ARGUMENT`. A token beyond the common ones
 * (`commonExpectations`) is worded by `words`, the table of its family
 * (`calendarExpectations`, `moneyExpectations`, …): the compiler refuses a
 * token the table lacks.
 */
export function invalidArgumentError(
  details: ArgumentDetails & { readonly expected: CommonExpectation },
): TutynushyError<'INVALID_ARGUMENT'>;
export function invalidArgumentError<E extends Expectation>(
  details: ArgumentDetails & { readonly expected: E },
  words: ExpectationWords<Exclude<E, CommonExpectation>>,
): TutynushyError<'INVALID_ARGUMENT'>;
export function invalidArgumentError(
  details: ArgumentDetails,
  words?: Partial<ExpectationWords<Expectation>>,
): TutynushyError<'INVALID_ARGUMENT'> {
  return new TutynushyError('INVALID_ARGUMENT', details, invalidArgumentMessage(details, words));
}

/** @internal `INVALID_LOCALE`. */
export function invalidLocaleError(details: LocaleDetails): TutynushyError<'INVALID_LOCALE'> {
  return new TutynushyError('INVALID_LOCALE', details, invalidLocaleMessage(details));
}

/** @internal `INVALID_AMOUNT`. */
export function invalidAmountError(details: AmountDetails): TutynushyError<'INVALID_AMOUNT'> {
  return new TutynushyError('INVALID_AMOUNT', details, invalidAmountMessage(details));
}

/** @internal `INVALID_IIN`, `INVALID_BIN` or `INVALID_TAXPAYER_ID`. */
export function invalidTaxpayerIdError<C extends TaxpayerIdCode>(
  code: C,
  details: ErrorDetails[C],
): TutynushyError<C> {
  return new TutynushyError(code, details, taxpayerIdMessages[code](details));
}

/** @internal `INVALID_DATE`. */
export function invalidDateError(details: DateDetails): TutynushyError<'INVALID_DATE'> {
  return new TutynushyError('INVALID_DATE', details, invalidDateMessage(details));
}

/** @internal `INVALID_INSTANT`. */
export function invalidInstantError(details: InstantDetails): TutynushyError<'INVALID_INSTANT'> {
  return new TutynushyError('INVALID_INSTANT', details, invalidInstantMessage(details));
}

/** @internal `INVALID_PERIOD`. */
export function invalidPeriodError(details: PeriodDetails): TutynushyError<'INVALID_PERIOD'> {
  return new TutynushyError('INVALID_PERIOD', details, invalidPeriodMessage(details));
}

/** @internal `INVALID_REGION`. */
export function invalidRegionError(details: RegionDetails): TutynushyError<'INVALID_REGION'> {
  return new TutynushyError('INVALID_REGION', details, invalidRegionMessage(details));
}

/**
 * @internal `INVALID_RECORD`. An issue that holds another error of the
 * library quotes that error's own message, which came with it from where it
 * was thrown: the record's message needs no other code's wording. An
 * expected type beyond the common ones is worded by `words`.
 */
export function invalidRecordError(
  details: RecordDetails,
  words?: Partial<ExpectationWords<Expectation>>,
): TutynushyError<'INVALID_RECORD'> {
  return new TutynushyError(
    'INVALID_RECORD',
    details,
    invalidRecordMessage(details, nestedMessage, words),
  );
}

/** @internal `UNSUPPORTED_SCHEMA_VERSION`. */
export function unsupportedSchemaVersionError(
  details: SchemaVersionDetails,
): TutynushyError<'UNSUPPORTED_SCHEMA_VERSION'> {
  return new TutynushyError(
    'UNSUPPORTED_SCHEMA_VERSION',
    details,
    unsupportedSchemaVersionMessage(details),
  );
}

/** @internal `INVALID_TRANSITION`. */
export function invalidTransitionError(
  details: TransitionDetails,
): TutynushyError<'INVALID_TRANSITION'> {
  return new TutynushyError('INVALID_TRANSITION', details, invalidTransitionMessage(details));
}

/** @internal `EVENT_OUT_OF_ORDER`. */
export function eventOutOfOrderError(
  details: EventOrderDetails,
): TutynushyError<'EVENT_OUT_OF_ORDER'> {
  return new TutynushyError('EVENT_OUT_OF_ORDER', details, eventOutOfOrderMessage(details));
}

/** @internal `INVALID_EXTENSION`. */
export function invalidExtensionError(
  details: ExtensionDetails,
): TutynushyError<'INVALID_EXTENSION'> {
  return new TutynushyError('INVALID_EXTENSION', details, invalidExtensionMessage(details));
}

/** @internal `INCOMPATIBLE_REPORTS`. */
export function incompatibleReportsError(
  details: IncompatibleReportsDetails,
): TutynushyError<'INCOMPATIBLE_REPORTS'> {
  return new TutynushyError('INCOMPATIBLE_REPORTS', details, incompatibleReportsMessage(details));
}

/** @internal `CALENDAR_DATA_MISSING`. */
export function calendarDataMissingError(
  details: CalendarDataDetails,
): TutynushyError<'CALENDAR_DATA_MISSING'> {
  return new TutynushyError('CALENDAR_DATA_MISSING', details, calendarDataMissingMessage(details));
}
