import type { Expectation } from './expectation.js';
import type { Labels, Locale } from './locale.js';
import type { Received } from './received.js';
import type { RecordIssue, RecordKind } from './record-issue.js';

// The facts of every error, as data: one shape per code. The same three
// words name the same things everywhere: `field` (where the bad value sits:
// an argument, an option, a record path), `received` (the bad value, bounded
// — see Received) and `expected` (what was allowed, as a token the message
// catalogues translate, with its parameters beside it: `allowed`, `min`,
// `max`). A `problem` token names the sub-case where a code has several.
// Messages are made from these by the catalogues (messages/en.ts, ru.ts,
// kk.ts): nothing a program needs is only in a message.

export type { Expectation } from './expectation.js';

/**
 * A transfer act as an error names it: the weekend day made working, the
 * weekday made a day off, and the act that moved them (`source.act`, cut).
 */
export interface TransferActShown {
  /** The weekend day made a working day, `YYYY-MM-DD`. */
  readonly workingDay: string;
  /** The weekday made a day off, `YYYY-MM-DD`. */
  readonly dayOff: string;
  /** The act that moved them, as its source names it (cut). */
  readonly act: string;
}

/**
 * For `freeDay`: a day a transfer act would use that is already taken, and
 * by what — a holiday or a religious day off (`name`, in each language, as
 * the calendar names it) or another transfer act.
 */
export type TakenDay =
  | {
      /** The day taken, `YYYY-MM-DD`. */
      readonly date: string;
      /** The holiday or religious day off it already is, in each language. */
      readonly name: Labels;
    }
  | {
      /** The day taken, `YYYY-MM-DD`. */
      readonly date: string;
      /** The other transfer act that uses it. */
      readonly transferAct: TransferActShown;
    };

/** `INVALID_ARGUMENT`: an argument or option that is not what the function takes. */
export interface ArgumentDetails {
  /** The function called, when the error names it: `registrationDate`. */
  readonly fn?: string | undefined;
  /** The argument or option: `options`, `calendar`, `transferActs[1].workingDay`. */
  readonly field: string;
  /** The value given, summarised (see {@link Received}). */
  readonly received: Received;
  /** What the function takes there. */
  readonly expected: Expectation;
  /** For `oneOf` and `knownKey`: the values or keys allowed; for `options`, the keys the function knows. */
  readonly allowed?: readonly (string | number)[] | undefined;
  /** For ranges and lengths: the least allowed (a date for `dateInRange`). */
  readonly min?: number | string | undefined;
  /** For ranges and lengths: the most allowed (a date for `dateInRange`). */
  readonly max?: number | string | undefined;
  /** For `oneKurbanAitPerYear`: the year given a second date. */
  readonly year?: number | undefined;
  /** The transfer act refused, when the problem is one of a transfer act (`freeDay`). */
  readonly transferAct?: TransferActShown | undefined;
  /** For `freeDay`: the day already taken, and by what. */
  readonly taken?: TakenDay | undefined;
  /** The sub-case, where a function tells several apart (`notWeekend`, `dayOutOfRange`, `unknownKey`). */
  readonly problem?: string | undefined;
}

/** `INVALID_LOCALE`. */
export interface LocaleDetails {
  /** The value given as a locale. */
  readonly received: Received;
  /** The locales the library speaks: `kk`, `ru`, `en`. */
  readonly allowed: readonly Locale[];
}

/**
 * Why an amount was refused (`INVALID_AMOUNT`). By what refused it:
 *
 * - any amount (`Tenge.of`, `Tenge.fromTiyn`): `notAnAmount` (a type it
 *   does not read), `forgedTenge` (an object with Tenge's prototype that no
 *   Tenge function made), `notWholeTiyn`, `notANumber`, `notFinite`,
 *   `unsafeNumber` (a number of 2^46 tenge or more), `notExactToTiyn`
 *   (`decimals`), `outOfRange`;
 * - a plain decimal string (`Tenge.of`): `tooLong` (`length`, `max`),
 *   `empty`, `blank`, `surroundingSpace`, `exponent`, `comma`, `notPlainDecimal`;
 * - arithmetic: `notATenge` (an operand), `sumItem` (`position`: the item's
 *   index), `productNotExact` (`part` × `other` with rounding `exact`);
 * - record schemas: `notDecimalString` (money in a record that is neither a
 *   decimal string nor a Tenge), `negative` (a negative amount where only
 *   zero or more is allowed);
 * - written text (`parseTenge`): `notText`, `tooLong`, `empty`, `blank`,
 *   `unexpectedCharacter` (`part`, `position`), `noDigits`, `beforeNumber`,
 *   `currencyTwice`, `scaleWithoutNumber`, `twoNumbers`, `unknownWord`,
 *   `outOfPlace`, `decimalMarks`, `groupsAfterDecimal`, `mixedSeparators`,
 *   `notThousands` (each with `part`, and `convention` where it depends on
 *   it), `scalesNotDescending` and `partTooLarge` (`scales`),
 *   `fractionBeforeScale`, `missingScale` (`readings`), `tiynDigits`,
 *   `tiynAfterFraction`, `mixedScripts`, `ambiguousComma` (`readings`).
 */
export type AmountProblem =
  | 'notAnAmount'
  | 'forgedTenge'
  | 'notATenge'
  | 'sumItem'
  | 'notWholeTiyn'
  | 'notANumber'
  | 'notFinite'
  | 'unsafeNumber'
  | 'notExactToTiyn'
  | 'outOfRange'
  | 'productNotExact'
  | 'notDecimalString'
  | 'negative'
  | 'tooLong'
  | 'empty'
  | 'blank'
  | 'notPlainDecimal'
  | 'surroundingSpace'
  | 'exponent'
  | 'comma'
  | 'notText'
  | 'unexpectedCharacter'
  | 'noDigits'
  | 'beforeNumber'
  | 'currencyTwice'
  | 'scaleWithoutNumber'
  | 'twoNumbers'
  | 'unknownWord'
  | 'outOfPlace'
  | 'decimalMarks'
  | 'groupsAfterDecimal'
  | 'mixedSeparators'
  | 'notThousands'
  | 'scalesNotDescending'
  | 'fractionBeforeScale'
  | 'missingScale'
  | 'partTooLarge'
  | 'tiynDigits'
  | 'tiynAfterFraction'
  | 'mixedScripts'
  | 'ambiguousComma';

/** `INVALID_AMOUNT`: a value that is not an amount of tenge exact to the tiyn. */
export interface AmountDetails {
  /**
   * The value refused; for a result of arithmetic (`outOfRange` of a sum,
   * `productNotExact`), the exact result as a decimal string.
   */
  readonly received: Received;
  /** Why it was refused. */
  readonly problem: AmountProblem;
  /**
   * The part of the text at fault, as written (`1,2,3`, `млн`, `$`); for
   * `productNotExact` the amount multiplied.
   */
  readonly part?: string | undefined;
  /**
   * A second part, where two are involved: the part before the one at
   * fault (`4 млн` before `671`); for `productNotExact` the factor.
   */
  readonly other?: string | undefined;
  /** A position (1-based) in the text, or an item's index (0-based) in a sum. */
  readonly position?: number | undefined;
  /** For `tooLong`: the length of the text. */
  readonly length?: number | undefined;
  /** For `tooLong`: the longest text read. */
  readonly max?: number | undefined;
  /** For `notExactToTiyn`: how many decimal places the value has, when it was written out. */
  readonly decimals?: number | undefined;
  /**
   * The two readings of an ambiguous text, as decimal strings: for
   * `ambiguousComma` with a decimal comma (kk, ru) and with a comma grouping
   * thousands (en); for `missingScale` as written and with «мың» / «тыс.»
   * restored.
   */
  readonly readings?: readonly [string, string] | undefined;
  /** The decimal convention a problem was found under: `comma` (kk, ru) or `point` (en). */
  readonly convention?: 'comma' | 'point' | undefined;
  /**
   * A bare number (no locale, no words) is read both ways; when both
   * readings fail for different reasons, `problem` is the kk/ru (comma)
   * reading's and this the English (point) reading's.
   */
  readonly pointReading?: AmountProblem | undefined;
  /**
   * For `scalesNotDescending` and `partTooLarge`: the powers of ten of the
   * scale before and of the part at fault (`[6, 3]` for «млн» then «тыс.»).
   */
  readonly scales?: readonly [before: number, after: number] | undefined;
}

/**
 * Which part of a 12-digit number is wrong: `birthDate`, `centuryAndSex`
 * (IIN digit 7), `registeredIn` (BIN digits 3–4), `entityType` (BIN digit
 * 5), `unit` (BIN digit 6), `kind` (digit 5 is 7–9: neither an IIN nor a
 * BIN) or `checkDigit` (digit 12).
 */
export type TaxpayerIdPart =
  | 'birthDate'
  | 'centuryAndSex'
  | 'registeredIn'
  | 'entityType'
  | 'unit'
  | 'kind'
  | 'checkDigit';

/**
 * Why an IIN or a BIN was refused: `notAString`, `number` (a number, which
 * would have lost its leading zeros), `empty`, `character` (a character
 * that is not an ASCII digit), `length` (digits, but not 12), the
 * {@link TaxpayerIdPart} that is wrong, or `noCheckDigit` (digits 1–11
 * that no issued number has).
 */
export type TaxpayerIdProblem =
  | 'notAString'
  | 'number'
  | 'empty'
  | 'character'
  | 'length'
  | TaxpayerIdPart
  | 'noCheckDigit';

/** `INVALID_IIN`, `INVALID_BIN`, `INVALID_TAXPAYER_ID`. */
export interface TaxpayerIdDetails {
  /** The value given as the number. */
  readonly received: Received;
  /** Why it was refused. */
  readonly problem: TaxpayerIdProblem;
  /** The part of the number that is wrong, when the input is 12 digits. */
  readonly part?: TaxpayerIdPart | undefined;
  /** For `character`: its 1-based position (in UTF-16 code units). */
  readonly position?: number | undefined;
  /** For `character`: the character that is not a digit. */
  readonly character?: string | undefined;
  /** For `length`: how many characters there are (all of them digits). */
  readonly length?: number | undefined;
  /**
   * The value of the digit at fault: digit 7 for `centuryAndSex`, digit 5
   * for `entityType` and `kind`, digit 6 for `unit`, digit 12 for `checkDigit`.
   */
  readonly digit?: number | undefined;
  /** For `checkDigit`: the digit that digits 1–11 give; `null` when none exists (`noCheckDigit`). */
  readonly expectedCheckDigit?: number | null | undefined;
  /**
   * For `birthDate`: the date digits 1–7 give (`1990-02-30`); for
   * `registeredIn`: the month digits 3–4 give (`13`).
   */
  readonly date?: string | undefined;
  /** For `birthDate`: why that date does not exist, its month or its day. */
  readonly dateProblem?: 'month' | 'day' | undefined;
  /** For `birthDate` with `dateProblem: 'day'`: the last day of that month. */
  readonly lastDay?: number | undefined;
}

/** Why a date was refused (`INVALID_DATE`). */
export type DateProblem = 'notAString' | 'format' | 'year' | 'month' | 'day';

/** `INVALID_DATE`: a `LocalDate` that is malformed or does not exist. */
export interface DateDetails {
  /** The value given as a date. */
  readonly received: Received;
  /** Why it was refused. */
  readonly problem: DateProblem;
  /** For `day`: the last day of that month. */
  readonly lastDay?: number | undefined;
}

/** Why an instant was refused (`INVALID_INSTANT`). */
export type InstantProblem =
  | 'invalidDate'
  | 'yearOutOfRange'
  | 'notAString'
  | 'format'
  | 'offset'
  | 'date'
  | 'time'
  | 'noTime';

/** `INVALID_INSTANT`: a point in time that is not an ISO 8601 instant with an offset. */
export interface InstantDetails {
  /** The value given as an instant. */
  readonly received: Received;
  /** Why it was refused. */
  readonly problem: InstantProblem;
  /** The part at fault: the offset, the date or the time as written. */
  readonly part?: string | undefined;
}

/** The end of a range a period problem is in, when it is in one. */
export type PeriodRangePart = 'start' | 'end';

/**
 * Why a value is not a period (`INVALID_PERIOD`), with the facts the reason
 * needs: a code of no known shape (`format`, with the shapes `expected`), a
 * lower-case letter (`2024-q2`), a single date (`2024-05-03`: a day is the
 * range `2024-05-03/2024-05-03`), a year, month, quarter, half or number of
 * months out of range, a day that does not exist, an end before the start,
 * a range of one month, a period that is not whole months, a value that is
 * not a period at all, or a period object whose fields disagree with its code.
 */
export type PeriodProblem =
  | {
      /** Not a string, where a code or a range's end must be one. */
      readonly problem: 'notString';
      /** The end of a range at fault, when it is a range's. */
      readonly part?: PeriodRangePart | undefined;
    }
  | {
      /** An empty code. */
      readonly problem: 'empty';
    }
  | {
      /** A code too long to be one. */
      readonly problem: 'tooLong';
      /** The code's length. */
      readonly length: number;
      /** The longest code read. */
      readonly max: number;
    }
  | {
      /** A code of no known shape. */
      readonly problem: 'format';
      /** The shapes a code may have: `2024`, `2024-H1`, `2024-Q2`, … */
      readonly expected: readonly string[];
      /** The end of a range at fault, when it is a range's. */
      readonly part?: PeriodRangePart | undefined;
    }
  | {
      /** A lower-case letter: `2024-q2`. */
      readonly problem: 'lowerCase';
      /** The code as it should be written: `2024-Q2`. */
      readonly expected: string;
    }
  | {
      /** A single date, `2024-05-03`. */
      readonly problem: 'dateNotPeriod';
      /** The range of that one day: `2024-05-03/2024-05-03`. */
      readonly expected: string;
    }
  | {
      /** A range of a month and a day, or of other shapes that do not pair. */
      readonly problem: 'mixedRange';
      /** The ranges that may be written. */
      readonly expected: readonly string[];
    }
  | {
      /** A year outside the range the library answers. */
      readonly problem: 'yearOutOfRange';
      /** The year given. */
      readonly year: Received;
      /** The first year allowed. */
      readonly min: number;
      /** The last year allowed. */
      readonly max: number;
      /** The end of a range at fault, when it is a range's. */
      readonly part?: PeriodRangePart | undefined;
    }
  | {
      /** A month that is not 01–12. */
      readonly problem: 'monthOutOfRange';
      /** The month given. */
      readonly month: Received;
      /** 1. */
      readonly min: number;
      /** 12. */
      readonly max: number;
      /** The end of a range at fault, when it is a range's. */
      readonly part?: PeriodRangePart | undefined;
    }
  | {
      /** A quarter that is not 1–4. */
      readonly problem: 'quarterOutOfRange';
      /** The quarter given. */
      readonly quarter: Received;
      /** 1. */
      readonly min: number;
      /** 4. */
      readonly max: number;
    }
  | {
      /** A half-year that is not 1 or 2. */
      readonly problem: 'halfOutOfRange';
      /** The half given. */
      readonly half: Received;
      /** 1. */
      readonly min: number;
      /** 2. */
      readonly max: number;
    }
  | {
      /** A number of months that is not 1–12. */
      readonly problem: 'monthCountOutOfRange';
      /** The number given. */
      readonly monthCount: Received;
      /** The fewest months. */
      readonly min: number;
      /** The most months. */
      readonly max: number;
    }
  | {
      /** A day that the month does not have: `2024-02-30`. */
      readonly problem: 'dayDoesNotExist';
      /** The date as written. */
      readonly date: string;
      /** The last day of that month. */
      readonly lastDay: number;
      /** The end of a range at fault. */
      readonly part?: PeriodRangePart | undefined;
    }
  | {
      /** A range that ends before it starts. */
      readonly problem: 'endBeforeStart';
      /** The range's start, as written. */
      readonly start: string;
      /** The range's end, as written. */
      readonly end: string;
    }
  | {
      /** A range of one month, `2024-05/2024-05`, which is the month. */
      readonly problem: 'singleMonthRange';
      /** The month's own code: `2024-05`. */
      readonly expected: string;
    }
  | {
      /** A period that must be whole months but is not. */
      readonly problem: 'notWholeMonths';
      /** Its first day. */
      readonly start: string;
      /** Its last day. */
      readonly end: string;
    }
  | {
      /** A value that is neither a period nor a code. */
      readonly problem: 'notPeriod';
    }
  | {
      /** A period object whose fields disagree with its code. */
      readonly problem: 'fieldsDisagree';
      /** The field that disagrees. */
      readonly field: string;
      /** What the code says it is. */
      readonly expected: Received;
      /** What it is. */
      readonly actual: Received;
    };

/** `INVALID_PERIOD`: the value, the problem with its facts, and the function given it when it was an argument. */
export type PeriodDetails = PeriodProblem & {
  /** The value given as a period. */
  readonly received: Received;
  /** The function it was given to, when it was an argument. */
  readonly fn?: string | undefined;
};

/**
 * Why a region was refused (`INVALID_REGION`): `form` (not a code in any
 * form `regionByCode` reads), `unknownCode` (a well-formed code that no
 * region has), `subregion` (the 9-digit KATO code of a unit inside a
 * region), `notARegion` (an item of a list that is not a region).
 */
export type RegionProblem = 'form' | 'unknownCode' | 'subregion' | 'notARegion';

/** `INVALID_REGION`. */
export interface RegionDetails {
  /** The value given as a region. */
  readonly received: Received;
  /** Why it was refused. */
  readonly problem: RegionProblem;
  /** The two-digit code read, for `unknownCode` and `subregion`. */
  readonly code?: string | undefined;
  /** For `notARegion`: the item's index in the list. */
  readonly index?: number | undefined;
  /** The two-digit codes of the regions. */
  readonly allowed: readonly string[];
}

/** `INVALID_RECORD`: a record (or an event) with one or more bad fields. */
export interface RecordDetails {
  /** What the record is. */
  readonly kind: RecordKind;
  /** The record's `id`, when it has a usable one. */
  readonly recordId?: string | undefined;
  /** Every problem found, in the order of the record's fields. */
  readonly issues: readonly RecordIssue[];
  /**
   * Set when a replay, not a parser, found the problem: the function that
   * reads such input into a valid record (`parseComplaintRecord`).
   */
  readonly readWith?: string | undefined;
}

/** `UNSUPPORTED_SCHEMA_VERSION`: a record written for a schema version this release cannot read. */
export interface SchemaVersionDetails {
  /** What the record is. */
  readonly kind: RecordKind;
  /** The record's `id`, when it has a usable one. */
  readonly recordId?: string | undefined;
  /** Its `schemaVersion`. */
  readonly received: Received;
  /** The versions this release reads. */
  readonly supported: readonly number[];
}

/** Where an event sits: the record and the event's index in its log. */
export interface EventPlace {
  /** The record kind: `complaint` or `lawsuit`. */
  readonly machine: string;
  /** The record's `id`, when it has a usable one. */
  readonly recordId?: string | undefined;
  /** The event's position in the record's `events`, from 0. */
  readonly index: number;
}

/** Why an event was refused by a record's state machine (`INVALID_TRANSITION`). */
export type TransitionProblem = 'notAllowed' | 'unknownEvent' | 'overRecovery';

/** `INVALID_TRANSITION`. */
export interface TransitionDetails extends EventPlace {
  /** Why the event was refused. */
  readonly problem: TransitionProblem;
  /** The event's type. */
  readonly event: string;
  /** The state it found. */
  readonly state: string;
  /** The events that state allows. */
  readonly allowed: readonly string[];
  /** For `overRecovery` (a lawsuit): the amount collected, as a decimal string. */
  readonly amount?: string | undefined;
  /** For `overRecovery`: what was collected before it. */
  readonly collectedBefore?: string | undefined;
  /** For `overRecovery`: the most that may be collected (awarded or settled). */
  readonly limit?: string | undefined;
  /** The total that collecting `amount` would bring. */
  readonly total?: string | undefined;
  /** Where the limit comes from: the latest decision or the settlement. */
  readonly limitFrom?: 'decision' | 'settlement' | undefined;
}

/** `EVENT_OUT_OF_ORDER`: an event dated before the receipt or before an earlier event. */
export interface EventOrderDetails extends EventPlace {
  /** `beforeReceipt`, `beforePrevious`, or `beforeEarlier` (an instant before an earlier instant of the same day, with dates logged between). */
  readonly problem: 'beforeReceipt' | 'beforePrevious' | 'beforeEarlier';
  /** The event's time. */
  readonly at: string;
  /** The time it comes before: the receipt or the earlier event. */
  readonly before: string;
  /** The index of that earlier event (absent for the receipt). */
  readonly beforeIndex?: number | undefined;
}

/** `INVALID_EXTENSION`: an extension of a review that cannot stand (АППК art. 76). */
export interface ExtensionDetails extends EventPlace {
  /** `lapsed`: decided after the deadline in force had passed; `pastLimit`: beyond two months; `notLater`: does not extend. */
  readonly problem: 'lapsed' | 'pastLimit' | 'notLater';
  /** The new last day the extension names. */
  readonly until: string;
  /** The day the extension was decided. */
  readonly decidedOn: string;
  /** The deadline in force before it. */
  readonly due: string;
  /** The two-month limit. */
  readonly limit: string;
}

/** What a calendar lacks for a year: its Kurban Ait date, or the knowledge that its transfer acts are all listed. */
export type CalendarDataGap = 'kurbanAit' | 'transferActs';

/** `CALENDAR_DATA_MISSING`: a year a calendar (or a runtime) cannot answer. */
export interface CalendarDataDetails {
  /**
   * `notConfirmed`: a strict calendar (`estimates: false`) and a year whose
   * data is not all published; `yearOutOfRange`: a year outside the range the
   * calendar is computed for (`min`, `max`); `intlCalendarUnsupported`: no
   * announced Kurban Ait date, and a runtime whose `Intl` has no Umm al-Qura
   * calendar to estimate it (`runtimeCalendar` is what it has instead).
   */
  readonly problem: 'notConfirmed' | 'yearOutOfRange' | 'intlCalendarUnsupported';
  /** The year asked about. */
  readonly year: number;
  /** What the calendar lacks for it. */
  readonly missing: readonly CalendarDataGap[];
  /** The estimated Kurban Ait date, when there is one. */
  readonly kurbanAitEstimate?: string | undefined;
  /** For `yearOutOfRange`: the first year the calendar answers. */
  readonly min?: number | undefined;
  /** For `yearOutOfRange`: the last year the calendar answers. */
  readonly max?: number | undefined;
  /** For `intlCalendarUnsupported`: the calendar the runtime's `Intl` gave instead of `islamic-umalqura`. */
  readonly runtimeCalendar?: string | undefined;
}

/** `INCOMPATIBLE_REPORTS`: reports that cannot be merged or compared. */
export interface IncompatibleReportsDetails {
  /**
   * `period`: another period than the first report's; `regions`: other
   * regions; `notLastYear`: a previous report that is not of the same period
   * of last year.
   */
  readonly problem: 'period' | 'regions' | 'notLastYear';
  /** What was expected: a period code, or region codes joined by commas (`all` for the whole country). */
  readonly expected: string;
  /** What the report covers, written the same way. */
  readonly received: string;
  /** The report's position among those given, from 0. */
  readonly index?: number | undefined;
}

/**
 * The `details` of each error code. `TutynushyError<C>` has
 * `details: ErrorDetails[C]`, so that a check of `code` narrows them:
 *
 * ```ts
 * if (error.code === 'INVALID_BIN') error.details.expectedCheckDigit;
 * ```
 */
export interface ErrorDetails {
  /** An argument or option that is not what the function takes. */
  readonly INVALID_ARGUMENT: ArgumentDetails;
  /** A locale other than `kk`, `ru` or `en`. */
  readonly INVALID_LOCALE: LocaleDetails;
  /** A value that is not an amount of tenge exact to the tiyn. */
  readonly INVALID_AMOUNT: AmountDetails;
  /** An IIN that is not one. */
  readonly INVALID_IIN: TaxpayerIdDetails;
  /** A BIN that is not one. */
  readonly INVALID_BIN: TaxpayerIdDetails;
  /** A 12-digit number that is neither an IIN nor a BIN. */
  readonly INVALID_TAXPAYER_ID: TaxpayerIdDetails;
  /** A calendar date that is malformed or does not exist. */
  readonly INVALID_DATE: DateDetails;
  /** A point in time that is not an ISO 8601 instant with an offset. */
  readonly INVALID_INSTANT: InstantDetails;
  /** A value that is not a period. */
  readonly INVALID_PERIOD: PeriodDetails;
  /** A value that is not one of the 20 regions. */
  readonly INVALID_REGION: RegionDetails;
  /** A record with one or more bad fields. */
  readonly INVALID_RECORD: RecordDetails;
  /** A record of a schema version this release cannot read. */
  readonly UNSUPPORTED_SCHEMA_VERSION: SchemaVersionDetails;
  /** An event the record's state does not allow. */
  readonly INVALID_TRANSITION: TransitionDetails;
  /** An event dated before the receipt or an earlier event. */
  readonly EVENT_OUT_OF_ORDER: EventOrderDetails;
  /** An extension of a review that cannot stand. */
  readonly INVALID_EXTENSION: ExtensionDetails;
  /** A year a calendar (or the runtime) cannot answer. */
  readonly CALENDAR_DATA_MISSING: CalendarDataDetails;
  /** Reports that cannot be merged or compared. */
  readonly INCOMPATIBLE_REPORTS: IncompatibleReportsDetails;
}
