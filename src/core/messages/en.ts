import type { AmountDetails, EventPlace, TakenDay, TransferActShown } from '../error-details.js';
import type { Received } from '../received.js';
import type { RecordIssue } from '../record-issue.js';
import type { MessageCatalogue } from './catalogue.js';
import { characterShown, issuesText, shownText } from './shared.js';

// English: the language of `error.message`. Each message gives, in this
// order, what is wrong, the value, and what was expected.

const value = (received: Received): string => {
  if (typeof received === 'string') return shownText(received);
  if (typeof received === 'bigint') return `${received}n`;
  if (typeof received === 'number') return Object.is(received, -0) ? '-0' : String(received);
  if (received === null || received === undefined || typeof received === 'boolean')
    return String(received);
  switch (received.type) {
    case 'array':
      return `an array of ${received.length}`;
    case 'date':
      return `Date(${received.iso ?? 'Invalid Date'})`;
    case 'tenge':
      return `Tenge(${received.amount})`;
    case 'decimal':
      return `Decimal(${received.value})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
};

const list = (items: readonly unknown[] | undefined): string =>
  (items ?? []).map((item) => String(item)).join(', ');

const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

const NOUN = { complaint: 'appeal', lawsuit: 'lawsuit' } as Readonly<Record<string, string>>;

const where = ({ recordId, index }: EventPlace): string =>
  `event #${index}${recordId === undefined ? '' : ` of ${shownText(recordId)}`}`;

const actText = ({ workingDay, dayOff, act }: TransferActShown): string =>
  `${workingDay} → ${dayOff} (${shownText(act)})`;

const takenText = (taken: TakenDay): string =>
  'name' in taken
    ? `${taken.date} is already ${taken.name.en}`
    : `${taken.date} is already used by the transfer act ${actText(taken.transferAct)}`;

const expectations: MessageCatalogue['expectations'] = {
  object: () => 'an object',
  options: ({ allowed }) =>
    allowed === undefined
      ? 'an options object, or nothing'
      : `an options object such as { ${list(allowed)} }, or nothing`,
  string: () => 'a string',
  nonEmptyString: () => 'a non-empty string',
  boolean: () => 'true or false',
  array: () => 'an array',
  iterable: () => 'an array or another iterable',
  integer: () => 'an integer',
  integerInRange: ({ min, max }) => `an integer from ${min} to ${max}`,
  nonNegativeInteger: () => 'a whole number 0 or more',
  oneOf: ({ allowed }) => `one of ${list(allowed)}`,
  knownKey: ({ allowed }) => `one of ${list(allowed)}`,
  atMost: ({ max }) => `at most ${max} items`,
  date: () => 'a date YYYY-MM-DD',
  dateInRange: ({ min, max }) => `a date from ${min} to ${max}`,
  timeOfDay: () => "a time HH:MM from 00:00 to 23:59, e.g. '18:30'",
  tenge: () => 'a Tenge (use Tenge.of to read other values)',
  positiveTenge: () => 'a Tenge above zero',
  nonNegativeTenge: () => 'a Tenge of zero or more',
  factor: () => 'a finite number, a decimal string or a Decimal',
  factorMagnitude: () => 'a magnitude between 1e-400 and 1e400',
  ratios: () => 'a non-empty array of ratios of zero or more, not all zero',
  nonNegativeRatio: () => 'a ratio of zero or more (a number, a decimal string or a Decimal)',
  safeInteger: () =>
    'an integer: a safe integer (at most 2^53 − 1 either side of zero) or a bigint',
  locale: () => 'kk, ru or en',
  calendar: () =>
    'a WorkCalendar: kazakhstanCalendar or one made by createWorkCalendar (pass one built by hand through createWorkCalendar({ base }))',
  calendarData: () =>
    "a calendar's data { holidays, religiousDaysOff, kurbanAit, transferActs, confirmedYears, estimates }",
  holidayRule: () => 'a holiday rule { key, month, day, from?, to?, name, source }',
  legalSource: () => 'a source { act, article?, note? } naming the act',
  labels: () => 'a name { kk, ru, en }',
  kurbanAitEntry: () => 'a Kurban Ait entry { date, estimate?, source? }',
  transferAct: () => 'a transfer act { workingDay, dayOff, source }',
  weekendDay: () => 'a Saturday or Sunday made a working day',
  weekday: () => 'a Monday–Friday made a day off',
  freeDay: ({ taken }) =>
    `a Monday–Friday as the day off and a Saturday or Sunday as the working day that no holiday, religious day off or other transfer act already has${taken === undefined ? '' : ` (${takenText(taken)})`}`,
  notBefore: ({ min }) => `a year not before ${min}`,
  oneKurbanAitPerYear: ({ year }) =>
    year === undefined ? 'one Kurban Ait date per year' : `one Kurban Ait date for ${year}`,
  region: () => 'a region from REGIONS or regionByCode',
  regions: () => 'an array or another iterable of regions',
  replayedComplaint: () => 'an appeal as replayComplaint returns it',
  replayedLawsuit: () => 'a lawsuit as replayLawsuit returns it',
  relief: () => "an appeal's relief or a satisfy event",
  description: () => 'true or a description',
  businessName: () => 'names.kk, names.ru or both',
  first11Digits: () => 'a string of the first 11 digits of an IIN or a BIN',
  twoDigitYear: () => 'an integer 0–99 (digits 1–2 of a BIN)',
  wordsRange: () => 'an integer at most 999 999 999 999 999 999 either side of zero',
  period: () => 'a period, or its code such as 2024-01/2024-05',
  report: () =>
    'a report as buildReport or parseReport returns it (read stored JSON with parseReport)',
  published: () => 'published figures as PublishedReportSchema describes them',
};

const SCALE = ['units', 'thousands', 'millions', 'billions', 'trillions'];
const scale = (power: number | undefined): string => SCALE[(power ?? 0) / 3] ?? `10^${power}`;
const UNIT = ['unit', 'thousand', 'million', 'billion', 'trillion'];
const unit = (power: number | undefined): string => UNIT[(power ?? 0) / 3] ?? `10^${power}`;
const EXAMPLE = 'an amount such as "1424750.50"';

// A character by name, without an article: `space`, `character "$"`, `character U+202E`.
const characterName = (text: string | undefined): string => {
  const shown = characterShown(text);
  if (shown.kind === 'space' || shown.kind === 'dash') return shown.kind;
  if (shown.kind === 'whitespace') return `whitespace character (${shown.codePoint})`;
  return `character ${shown.kind === 'invisible' ? shown.codePoint : shown.text}`;
};
const character = (text: string | undefined): string => {
  const name = characterName(text);
  return name.startsWith('character') ? `the ${name}` : `a ${name}`;
};

const amountProblems: MessageCatalogue['amountProblems'] = {
  notAnAmount: () => 'expected a decimal string, a number, a bigint of tenge, a Decimal or a Tenge',
  forgedTenge: () =>
    'an object with the Tenge prototype that neither Tenge.of nor Tenge.fromTiyn made: make amounts with Tenge.of',
  notATenge: () => 'expected a Tenge (use Tenge.of to read other values)',
  sumItem: ({ position }) => `item #${position} of the sum is not a Tenge`,
  notWholeTiyn: () => 'expected a whole number of tiyn (a bigint or a safe integer)',
  notANumber: () => 'not a number',
  notFinite: () => 'not a finite number',
  unsafeNumber: () =>
    'a number of 2^46 (70 368 744 177 664) tenge or more cannot hold every tiyn, so it may already have lost some: pass a decimal string or a bigint',
  notExactToTiyn: ({ decimals }) =>
    `not exact to the tiyn: ${decimals ?? 'more than two'} decimal places (a tiyn is 0.01)`,
  outOfRange: () =>
    'out of range: a Tenge holds at most 999 999 999 999 999.99 tenge either side of zero',
  productNotExact: ({ part, other }) =>
    `${part} × ${other} is not a whole tiyn and rounding "exact" was asked for`,
  notDecimalString: () => 'expected money as a decimal string such as "250000.00", or a Tenge',
  negative: () => 'expected zero or more, not a negative amount',
  tooLong: ({ length, max }) => `${length} characters is longer than any amount (at most ${max})`,
  empty: () => `empty: expected ${EXAMPLE}`,
  blank: () => `only whitespace: expected ${EXAMPLE}`,
  notPlainDecimal: () =>
    'expected a decimal with a point, such as "1424750", "1424750.5" or "-3.20"',
  surroundingSpace: () =>
    'surrounding whitespace: Tenge.of reads a plain decimal (parseTenge reads text as people write it)',
  exponent: () => 'exponent notation is not read as money: write the amount in full, e.g. "1000"',
  comma: () =>
    'a comma is neither a decimal mark nor a group separator here: write "1424750.50" (parseTenge reads "1 424 750,50")',
  notText: () => 'expected text such as «1 424 750 теңге»',
  unexpectedCharacter: ({ part, position }) =>
    `unexpected ${characterName(part)} at position ${position}`,
  noDigits: () => 'no digits: expected an amount such as «1 424 750 теңге»',
  beforeNumber: ({ part }) =>
    part === undefined
      ? 'no number after the sign or the currency'
      : `«${part}» before the number is not a sign, ₸ or KZT`,
  currencyTwice: ({ part }) => `the currency is named twice («${part}»)`,
  scaleWithoutNumber: ({ part }) =>
    `the scale word «${part}» has no number of its own (a repeated or misplaced scale)`,
  twoNumbers: ({ part, other }) =>
    `two numbers in a row («${other}» and «${part}») without a scale word between them`,
  unknownWord: ({ part }) =>
    `unknown word «${part}»: expected теңге, тенге, tenge, KZT, ₸ or a scale such as млн, мың, тыс., M`,
  outOfPlace: ({ part }) => `«${part}» is out of place`,
  decimalMarks: ({ part, convention }) =>
    `«${part}» has more than one decimal mark${convention === 'comma' ? ' (kk and ru mark decimals with a comma)' : ''}`,
  groupsAfterDecimal: ({ part }) => `«${part}» has digit groups after its decimal mark`,
  mixedSeparators: ({ part }) => `«${part}» groups its digits with different separators`,
  notThousands: ({ part, convention }) =>
    `«${part}» is not grouped by thousands (groups after the first must have three digits${convention === 'point' ? '; in English a comma groups thousands and a point marks decimals' : ''})`,
  scalesNotDescending: ({ part, other, scales }) =>
    `«${part}» after «${other}»: ${scale(scales?.[1])} after ${scale(scales?.[0])}, but scales must go down, each once`,
  fractionBeforeScale: ({ part, other }) =>
    `a fraction in «${other}» followed by «${part}» is ambiguous`,
  missingScale: ({ part, other, readings }) =>
    `ambiguous: «${part}» after «${other}» has no scale word, so it is ${readings?.[0]} tenge, or ${readings?.[1]} with «мың» / «тыс.» dropped: write the scale`,
  partTooLarge: ({ part, other, scales }) =>
    `«${part}» after «${other}» is a whole ${unit(scales?.[0])} or more`,
  tiynDigits: ({ part }) => `«${part}» tiyn: expected one or two digits (00–99)`,
  tiynAfterFraction: ({ part }) => `the tenge have a fraction and tiyn are written too («${part}»)`,
  mixedScripts: () =>
    'mixes Cyrillic and Latin words, so the decimal mark is unclear: pass { locale }',
  ambiguousComma: ({ readings }) =>
    `ambiguous: ${readings?.[0]} with a decimal comma (kk, ru) or ${readings?.[1]} with a comma grouping thousands (en); pass { locale }`,
};

const amountText = (d: AmountDetails): string =>
  d.pointReading === undefined
    ? amountProblems[d.problem](d)
    : `${amountProblems[d.problem](d)}; read the English way, ${amountProblems[d.pointReading]({ ...d, convention: 'point' })}`;

const ID_NOUN = { INVALID_IIN: 'IIN', INVALID_BIN: 'BIN', INVALID_TAXPAYER_ID: 'IIN or BIN' };

const taxpayerIdProblems: MessageCatalogue['taxpayerIdProblems'] = {
  notAString: () => 'expected a string of 12 digits',
  number: (_, code) => {
    // A real-looking number with a leading zero: a BIN registered in 2002 (KazMunayGas), an IIN of someone born in 2005.
    const example = code === 'INVALID_BIN' ? '020240000555' : '050707500015';
    return `expected a string of 12 digits, not a number: a number drops leading zeros (${ID_NOUN[code]} ${example} would become ${example.slice(1)}), so pass the ${ID_NOUN[code]} as a string`;
  },
  empty: () => 'the string is empty: expected 12 digits',
  character: ({ character: found, position }) =>
    `${character(found)} at position ${position}: expected 12 digits 0–9 only, without spaces, dashes or letters`,
  length: ({ length }) => `${length} digits: expected exactly 12`,
  checkDigit: ({ digit, expectedCheckDigit }) =>
    `wrong check digit ${digit} (digit 12): digits 1–11 give ${expectedCheckDigit}`,
  noCheckDigit: () =>
    'no check digit exists for digits 1–11: both weight passes give 10, so no such number is ever issued',
  centuryAndSex: ({ digit }) =>
    `digit 7 (century and sex) is ${digit}, which is not defined: 1 or 2 mean born in the 1800s, 3 or 4 in the 1900s, 5 or 6 in the 2000s (odd for a man, even for a woman)`,
  birthDate: ({ date, dateProblem, lastDay }) =>
    `digits 1–6 with digit 7 give the birth date ${date}, which does not exist${dateProblem === undefined ? '' : `: ${dateProblems[dateProblem]({ received: date, problem: dateProblem, lastDay })}`}`,
  registeredIn: ({ date }) =>
    `digits 3–4 give the registration month ${date}, which does not exist (expected 01–12)`,
  entityType: ({ digit }) =>
    `digit 5 (entity type) is ${digit}, expected 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship)${(digit ?? 9) <= 3 ? ': 0–3 there mark an IIN, not a BIN' : ''}`,
  unit: ({ digit }) =>
    `digit 6 (unit) is ${digit}, expected 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)`,
  kind: ({ digit }) =>
    `digit 5 is ${digit}: 0–3 there mark an IIN and 4–6 a BIN, so the number is neither`,
};

const dateProblems: MessageCatalogue['dateProblems'] = {
  notAString: () => 'expected a string YYYY-MM-DD',
  format: () => 'expected YYYY-MM-DD with a four-digit year and two-digit month and day',
  year: () => 'expected a year from 1000 to 9999',
  month: ({ received }) => `month ${String(received).slice(5, 7)} does not exist (expected 01–12)`,
  day: ({ received, lastDay }) =>
    `day ${String(received).slice(8, 10)} does not exist in ${String(received).slice(0, 7)} (expected 01–${lastDay})`,
};

const instantProblems: MessageCatalogue['instantProblems'] = {
  invalidDate: () => 'the Date is invalid',
  yearOutOfRange: ({ part }) => `year ${part} is outside 1000–9998`,
  notAString: () => 'expected an ISO 8601 string with an offset, e.g. 2024-05-03T18:45:00+05:00',
  format: () =>
    'expected YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or an offset ±HH:MM, e.g. 2024-05-03T18:45:00+05:00',
  noTime: () =>
    'a date is not an instant: expected a time and an offset, e.g. 2024-05-03T18:45:00+05:00',
  offset: ({ part }) => `the offset ${part} does not exist`,
  date: ({ part }) => `the date ${part} does not exist`,
  time: ({ part }) => `the time ${part} does not exist`,
};

const periodWhere = (part: string | undefined): string => (part === undefined ? '' : `${part}: `);
const quotedList = (values: readonly string[]): string => {
  const shown = values.map((v) => `"${v}"`);
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
};

const periodProblems: MessageCatalogue['periodProblems'] = {
  notString: ({ part }) =>
    part === undefined
      ? 'expected a period code, a string such as "2024-Q2"'
      : `${part}: expected a date, a string YYYY-MM-DD`,
  empty: () =>
    'expected a period code such as "2024", "2024-H1", "2024-Q2", "2024-05", "2024-01/2024-05" or "2024-01-01/2024-05-31"',
  tooLong: ({ max, length }) => `a period code has at most ${max} characters, got ${length}`,
  format: ({ part, expected }) => `${periodWhere(part)}expected ${quotedList(expected)}`,
  lowerCase: ({ expected }) => `the letter is written in upper case: "${expected}"`,
  dateNotPeriod: ({ expected }) => `a single day is the range "${expected}"`,
  mixedRange: ({ expected }) =>
    `both ends of a range are months or both are days: ${quotedList(expected)}`,
  yearOutOfRange: ({ part, year, min, max }) =>
    `${periodWhere(part)}year ${value(year)} is not supported (expected a whole year from ${min} to ${max})`,
  monthOutOfRange: ({ part, month, min, max }) =>
    `${periodWhere(part)}month ${value(month)} does not exist (expected ${min} to ${max})`,
  quarterOutOfRange: ({ quarter, min, max }) =>
    `quarter ${value(quarter)} does not exist (expected ${min} to ${max})`,
  halfOutOfRange: ({ half, min, max }) =>
    `half-year ${value(half)} does not exist (expected ${min} or ${max})`,
  monthCountOutOfRange: ({ monthCount, min, max }) =>
    `${value(monthCount)} months of a year: expected ${min} to ${max} months from January`,
  dayDoesNotExist: ({ part, date, lastDay }) =>
    `${periodWhere(part)}day ${date.slice(8, 10)} does not exist in ${date.slice(0, 7)} (expected 01–${lastDay})`,
  endBeforeStart: ({ start, end }) => `the end ${end} is before the start ${start}`,
  singleMonthRange: ({ expected }) => `a range of one month is the month "${expected}"`,
  notWholeMonths: ({ start, end }) => `${start}/${end} is not made of whole months`,
  notPeriod: () => 'expected a period, as parsePeriod returns it',
  fieldsDisagree: ({ field, actual, expected }) =>
    `its ${field} ${value(actual)} disagrees with its code (expected ${value(expected)})`,
};

const regionProblems: MessageCatalogue['regionProblems'] = {
  form: () =>
    "expected a two-digit KATO code ('79' or 79), a 9-digit KATO code ('790000000') or an ISO 3166-2 code ('KZ-79')",
  unknownCode: ({ code, allowed }) =>
    `there is no region with the code ${code}; the codes are ${list(allowed)}`,
  subregion: ({ code }) =>
    `a KATO code of a unit inside a region, not of a region itself: a region's ends in seven zeros (${code}0000000)`,
  notARegion: ({ index }) =>
    `item ${index} is not a region: expected a region from REGIONS or regionByCode`,
};

const recordKinds: MessageCatalogue['recordKinds'] = {
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

const rules: MessageCatalogue['rules'] = {
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

const issues: MessageCatalogue['issues'] = {
  unknownField: ({ keys, count, facts }) =>
    `unknown field${(count ?? 0) === 1 ? '' : 's'} ${list(keys?.map((key) => shownText(key)))}${(count ?? 0) > (keys?.length ?? 0) ? ` and ${(count ?? 0) - (keys?.length ?? 0)} more` : ''}${onEvent(facts)}`,
  required: () => 'required',
  forbidden: ({ received }) => `not allowed here: leave it out (got ${value(received)})`,
  invalidType: ({ expected, received }) =>
    `expected ${expected === 'number' ? 'a number' : expected === undefined ? 'another type' : expectations[expected]({})}, got ${value(received)}`,
  notOneOf: ({ allowed, received }) => `expected one of ${list(allowed)}, got ${value(received)}`,
  blank: ({ received }) => `expected a non-empty text, got ${value(received)}`,
  tooLong: ({ max, length }) =>
    `expected at most ${max} characters${length === undefined ? '' : `, got ${length}`}`,
  tooMany: ({ max, length }) =>
    `expected at most ${max} items${length === undefined ? '' : `, got ${length}`}`,
  tooSmall: ({ min, received }) => `expected ${min} or more, got ${value(received)}`,
  tooLarge: ({ max, received }) => `expected ${max} or less, got ${value(received)}`,
  notInteger: ({ received }) => `expected a whole number, got ${value(received)}`,
  invalidValue: ({ error }) =>
    error === undefined ? 'invalid value' : messageOf(error.code, error.details),
  rule: (issue) => (issue.rule === undefined ? 'invalid value' : rules[issue.rule](issue)),
};

const issueText = (issue: RecordIssue): string => issues[issue.code](issue);

const codes: MessageCatalogue['codes'] = {
  INVALID_ARGUMENT: (d) => {
    const fn = d.fn === undefined ? '' : `${d.fn}: `;
    if (d.expected === 'knownKey')
      return `${fn}unknown option ${shownText(d.field)}: expected ${expectations.knownKey(d)}`;
    const act = d.transferAct === undefined ? '' : ` (${shownText(d.transferAct.act)})`;
    return `${fn}invalid ${d.field} ${value(d.received)}${act}: expected ${expectations[d.expected](d)}`;
  },
  INVALID_LOCALE: (d) => `Unknown locale ${value(d.received)}: expected "kk", "ru" or "en"`,
  INVALID_AMOUNT: (d) => `Invalid amount ${value(d.received)}: ${amountText(d)}`,
  INVALID_IIN: (d) =>
    `Invalid IIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_IIN')}`,
  INVALID_BIN: (d) =>
    `Invalid BIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_BIN')}`,
  INVALID_TAXPAYER_ID: (d) =>
    `Invalid IIN or BIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_TAXPAYER_ID')}`,
  INVALID_DATE: (d) => `Invalid date ${value(d.received)}: ${dateProblems[d.problem](d)}`,
  INVALID_INSTANT: (d) => `Invalid instant ${value(d.received)}: ${instantProblems[d.problem](d)}`,
  INVALID_PERIOD: (d) =>
    `Invalid period ${d.fn === undefined ? value(d.received) : `given to ${d.fn}`}: ${(periodProblems[d.problem] as (x: typeof d) => string)(d)}`,
  INVALID_REGION: (d) => `Invalid region ${value(d.received)}: ${regionProblems[d.problem](d)}`,
  INVALID_RECORD: (d) =>
    `Invalid ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: ${issuesText(d.issues, issueText, (n) => `and ${n} more`, '(record)')}${d.readWith === undefined ? '' : ` (read it with ${d.readWith} first)`}`,
  UNSUPPORTED_SCHEMA_VERSION: (d) =>
    `Cannot read ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: it has schemaVersion ${value(d.received)}, and this version of tutynushy reads schemaVersion ${list(d.supported)} (a newer record needs a newer tutynushy)`,
  INVALID_TRANSITION: (d) => {
    if (d.problem === 'overRecovery') {
      const what = d.limitFrom === 'settlement' ? 'agreed in the settlement' : 'awarded';
      return `${where(d)}: "recover" of ${d.amount} would bring the total collected to ${d.total}, more than the ${d.limit} ${what}; give exceedsAwardReason to say why more was collected`;
    }
    const noun = NOUN[d.machine] ?? d.machine;
    const what =
      d.problem === 'unknownEvent'
        ? `is not ${article(`${noun} event`)}`
        : `is not allowed in state "${d.state}"`;
    const allowed =
      d.allowed.length === 0
        ? `${article(`${d.state} ${noun}`)} accepts no event`
        : `allowed: ${list(d.allowed)}`;
    return `${where(d)}: ${shownText(d.event)} ${what} (${allowed})`;
  },
  EVENT_OUT_OF_ORDER: (d) => {
    const event = `${where(d)} is dated ${shownText(d.at)}`;
    if (d.problem === 'beforeReceipt')
      return `${event}, before the ${NOUN[d.machine] ?? d.machine} was received (${shownText(d.before)})`;
    const before =
      d.problem === 'beforePrevious'
        ? `the previous event (${shownText(d.before)})`
        : `event #${d.beforeIndex} (${shownText(d.before)}; the events since are dates on that day, which say nothing about the hour)`;
    return `${event}, before ${before}: events must be logged in time order`;
  },
  INVALID_EXTENSION: (d) => {
    const head = `${where(d)}: extension until ${shownText(d.until)}`;
    if (d.problem === 'lapsed')
      return `${head} was decided on ${d.decidedOn}, after the review deadline ${d.due} had passed: a deadline that has run out cannot be extended (АППК art. 76)`;
    if (d.problem === 'pastLimit')
      return `${head} goes past the two-month limit ${d.limit} (АППК art. 76)`;
    return `${head} does not extend the review, already due ${d.due}`;
  },
  INCOMPATIBLE_REPORTS: (d) => {
    const regions = (text: string) => (text === 'all' ? 'the whole country' : `regions ${text}`);
    if (d.problem === 'notLastYear')
      return `The previous report covers ${d.received}, not the same period of last year (${d.expected}): pass { anyPeriod: true } to compare other periods`;
    if (d.problem === 'regions')
      return `Reports of different regions cannot be merged: report #${d.index} covers ${regions(d.received)}, expected ${regions(d.expected)}`;
    return `Reports of different periods cannot be merged: report #${d.index} covers ${d.received}, expected ${d.expected}`;
  },
  CALENDAR_DATA_MISSING: (d) => {
    if (d.problem === 'yearOutOfRange')
      return `No working-day calendar for ${d.year}: expected a year from ${d.min} to ${d.max}`;
    if (d.problem === 'intlCalendarUnsupported')
      return `No working-day calendar for ${d.year}: Kurban Ait is not announced and this runtime's Intl has no islamic-umalqura calendar to estimate it (it has ${shownText(d.runtimeCalendar ?? '')}): supply it with createWorkCalendar({ kurbanAit })`;
    const reasons: string[] = [];
    if (d.missing.includes('kurbanAit'))
      reasons.push(
        `Kurban Ait is not announced${d.kurbanAitEstimate === undefined ? '' : ` (estimated ${d.kurbanAitEstimate})`}`,
      );
    if (d.missing.includes('transferActs')) reasons.push('its transfer acts are not known');
    return `No confirmed working-day calendar for ${d.year}: ${reasons.join(' and ')}. Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), or accept provisional answers with createWorkCalendar({ estimates: true })`;
  },
};

function messageOf(code: string, details: unknown): string {
  const message = (codes as Record<string, ((d: never) => string) | undefined>)[code];
  return message === undefined ? code : message(details as never);
}

/**
 * The English messages: `error.message` of every `TutynushyError`.
 *
 * @internal
 */
export const en: MessageCatalogue = {
  locale: 'en',
  value,
  expectations,
  amountProblems,
  taxpayerIdProblems,
  dateProblems,
  instantProblems,
  periodProblems,
  regionProblems,
  recordKinds,
  issues,
  rules,
  codes,
};
