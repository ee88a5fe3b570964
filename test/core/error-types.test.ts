// Checked by tsc (`npm run typecheck`): every error code has its own shape of
// details, and a check of `code` on the union narrows to it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  AmountDetails,
  AnyTutynushyError,
  ArgumentDetails,
  CalendarDataDetails,
  DateDetails,
  ErrorCode,
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
  TaxpayerIdDetails,
  TransitionDetails,
  TutynushyError,
} from '../../src/core/index.js';
import { ERROR_CODES } from '../../src/core/index.js';

type DetailsOf<C extends ErrorCode> = Extract<AnyTutynushyError, { code: C }>['details'];

describe('the details of every error code', () => {
  it('have one shape per code, which a check of the code narrows to', () => {
    expectTypeOf<keyof ErrorDetails>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<DetailsOf<'INVALID_ARGUMENT'>>().toEqualTypeOf<ArgumentDetails>();
    expectTypeOf<DetailsOf<'INVALID_LOCALE'>>().toEqualTypeOf<LocaleDetails>();
    expectTypeOf<DetailsOf<'INVALID_AMOUNT'>>().toEqualTypeOf<AmountDetails>();
    expectTypeOf<DetailsOf<'INVALID_IIN'>>().toEqualTypeOf<TaxpayerIdDetails>();
    expectTypeOf<DetailsOf<'INVALID_BIN'>>().toEqualTypeOf<TaxpayerIdDetails>();
    expectTypeOf<DetailsOf<'INVALID_TAXPAYER_ID'>>().toEqualTypeOf<TaxpayerIdDetails>();
    expectTypeOf<DetailsOf<'INVALID_DATE'>>().toEqualTypeOf<DateDetails>();
    expectTypeOf<DetailsOf<'INVALID_INSTANT'>>().toEqualTypeOf<InstantDetails>();
    expectTypeOf<DetailsOf<'INVALID_PERIOD'>>().toEqualTypeOf<PeriodDetails>();
    expectTypeOf<DetailsOf<'INVALID_REGION'>>().toEqualTypeOf<RegionDetails>();
    expectTypeOf<DetailsOf<'INVALID_RECORD'>>().toEqualTypeOf<RecordDetails>();
    expectTypeOf<DetailsOf<'UNSUPPORTED_SCHEMA_VERSION'>>().toEqualTypeOf<SchemaVersionDetails>();
    expectTypeOf<DetailsOf<'INVALID_TRANSITION'>>().toEqualTypeOf<TransitionDetails>();
    expectTypeOf<DetailsOf<'EVENT_OUT_OF_ORDER'>>().toEqualTypeOf<EventOrderDetails>();
    expectTypeOf<DetailsOf<'INVALID_EXTENSION'>>().toEqualTypeOf<ExtensionDetails>();
    expectTypeOf<DetailsOf<'CALENDAR_DATA_MISSING'>>().toEqualTypeOf<CalendarDataDetails>();
    expectTypeOf<DetailsOf<'INCOMPATIBLE_REPORTS'>>().toEqualTypeOf<IncompatibleReportsDetails>();
    expectTypeOf<TutynushyError<'INVALID_RECORD'>['details']>().toEqualTypeOf<RecordDetails>();
    // The list of codes and the map of details name the same codes.
    expectTypeOf<(typeof ERROR_CODES)[number]>().toEqualTypeOf<keyof ErrorDetails>();
    expect(ERROR_CODES.length).toBe(17);
  });

  it('narrow the union by code where a program reads them', () => {
    const read = (error: AnyTutynushyError) => {
      if (error.code === 'INVALID_RECORD') {
        expectTypeOf(error.details.issues[0]?.code).toEqualTypeOf<
          import('../../src/core/index.js').RecordIssueCode | undefined
        >();
      }
      if (error.code === 'EVENT_OUT_OF_ORDER') {
        expectTypeOf(error.details.problem).toEqualTypeOf<
          'beforeReceipt' | 'beforePrevious' | 'beforeEarlier'
        >();
      }
      if (error.code === 'INVALID_EXTENSION') {
        expectTypeOf(error.details.problem).toEqualTypeOf<'lapsed' | 'pastLimit' | 'notLater'>();
      }
      if (error.code === 'CALENDAR_DATA_MISSING') {
        expectTypeOf(error.details.year).toEqualTypeOf<number>();
      }
      // @ts-expect-error: the year is only in CALENDAR_DATA_MISSING's details
      error.details.year;
    };
    expectTypeOf(read).parameter(0).toEqualTypeOf<AnyTutynushyError>();
  });
});
