// What a function expected of a value, as a token: a type of its own that
// imports nothing, so that record issues (record-issue.ts) and error details
// (error-details.ts) can both name it without importing each other.

/**
 * What a function expected of a value, as a token (its words in each
 * language are in the message catalogues). Parameters sit beside it in the
 * details: `allowed` for `oneOf` and `knownKey`, `min`/`max` for ranges and
 * lengths.
 */
export type Expectation =
  | 'object'
  | 'options'
  | 'string'
  | 'nonEmptyString'
  | 'boolean'
  | 'array'
  | 'iterable'
  | 'integer'
  | 'integerInRange'
  | 'nonNegativeInteger'
  | 'oneOf'
  | 'knownKey'
  | 'atMost'
  | 'date'
  | 'dateInRange'
  | 'timeOfDay'
  | 'tenge'
  | 'positiveTenge'
  | 'nonNegativeTenge'
  | 'factor'
  | 'factorMagnitude'
  | 'ratios'
  | 'nonNegativeRatio'
  | 'safeInteger'
  | 'locale'
  | 'calendar'
  | 'calendarData'
  | 'holidayRule'
  | 'legalSource'
  | 'labels'
  | 'kurbanAitEntry'
  | 'transferAct'
  | 'weekendDay'
  | 'weekday'
  | 'freeDay'
  | 'notBefore'
  | 'oneKurbanAitPerYear'
  | 'region'
  | 'regions'
  | 'replayedComplaint'
  | 'replayedLawsuit'
  | 'relief'
  | 'description'
  | 'businessName'
  | 'first11Digits'
  | 'twoDigitYear'
  | 'wordsRange'
  | 'period'
  | 'report'
  | 'published';
