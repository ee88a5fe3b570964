import { assertLocale, type Locale } from '../core/labels.js';
import type { Result } from '../core/result.js';
import { safe } from '../core/result.js';
import { checkRange, invalidAmount } from './amount.js';
import { readOptions } from './options.js';
import { Tenge } from './tenge.js';

/**
 * Options of {@link parseTenge}.
 *
 * @example
 * ```ts
 * const options: ParseTengeOptions = { locale: 'en' };
 * parseTenge('1,234', options).toString(); // '1234.00'
 * ```
 */
export interface ParseTengeOptions {
  /**
   * The convention of the numbers: `kk` and `ru` group digits with spaces
   * and mark decimals with a comma (a point is read as a decimal mark too,
   * never as a group separator); `en` groups with commas (or spaces) and
   * marks decimals with a point. Without it, the words in the text decide
   * (Cyrillic words: kk/ru; Latin words such as `M` or `tenge`: en), and
   * bare numbers are read both ways: if the two readings differ («1,234» is
   * 1.234 or 1234), the text is refused as ambiguous.
   */
  readonly locale?: Locale | undefined;
}

/** Longer text is not an amount; the cap also keeps error messages and bigints small. */
const MAX_LENGTH = 256;

type Convention = 'comma' | 'point';

interface NumberToken {
  readonly kind: 'number';
  readonly runs: readonly string[];
  readonly separators: readonly string[];
  readonly text: string;
}
interface WordToken {
  readonly kind: 'word';
  readonly word: string;
  readonly text: string;
}
interface MarkToken {
  readonly kind: 'sign' | 'symbol';
  readonly text: string;
}
type Token = NumberToken | WordToken | MarkToken;

const UNIT_WORDS = new Set(['теңге', 'тенге', 'тг', 'tenge', 'kzt']);

// Powers of ten of the scale words reports use, in the three languages.
const SCALE_POWERS = new Map<string, number>([
  ['мың', 3],
  ['тыс', 3],
  ['тысяча', 3],
  ['тысячи', 3],
  ['тысяч', 3],
  ['k', 3],
  ['thousand', 3],
  ['млн', 6],
  ['миллион', 6],
  ['миллиона', 6],
  ['миллионов', 6],
  ['m', 6],
  ['mn', 6],
  ['mln', 6],
  ['million', 6],
  ['млрд', 9],
  ['миллиард', 9],
  ['миллиарда', 9],
  ['миллиардов', 9],
  ['b', 9],
  ['bn', 9],
  ['bln', 9],
  ['billion', 9],
  ['трлн', 12],
  ['триллион', 12],
  ['триллиона', 12],
  ['триллионов', 12],
  ['t', 12],
  ['tn', 12],
  ['trillion', 12],
]);

const SPACES = new Set([' ', '\t', '\n', '\r', '\u00A0', '\u202F', '\u2009', '\u2007', '\u2002']);
const LETTER = /^\p{L}$/u;
const CYRILLIC = /[\u0400-\u04FF]/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

class Refusal {
  constructor(readonly reason: string) {}
}

/**
 * Splits the text into numbers, words, signs and ₸. One pass, each character
 * looked at a bounded number of times: no backtracking, whatever the input.
 */
function tokenize(text: string): Token[] | Refusal {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (SPACES.has(c)) {
      i++;
    } else if (isDigit(c)) {
      const start = i;
      const runs: string[] = [];
      const separators: string[] = [];
      let run = i;
      while (isDigit(text[i])) i++;
      runs.push(text.slice(run, i));
      // A separator (space, comma, point) belongs to the number only when a
      // digit follows it: «4 млн» ends the number at the space.
      for (;;) {
        const s = text[i];
        if (
          s === undefined ||
          !(s === ',' || s === '.' || SPACES.has(s)) ||
          !isDigit(text[i + 1])
        ) {
          break;
        }
        separators.push(SPACES.has(s) ? ' ' : s);
        run = ++i;
        while (isDigit(text[i])) i++;
        runs.push(text.slice(run, i));
      }
      tokens.push({ kind: 'number', runs, separators, text: text.slice(start, i) });
    } else if (LETTER.test(c)) {
      const start = i;
      while (i < text.length && LETTER.test(text[i] as string)) i++;
      const word = text.slice(start, i).toLowerCase();
      // An abbreviation's point belongs to its word: «млн.», «тыс.».
      if (text[i] === '.') i++;
      tokens.push({ kind: 'word', word, text: text.slice(start, i) });
    } else if (c === '-' || c === '\u2212') {
      tokens.push({ kind: 'sign', text: c });
      i++;
    } else if (c === '\u20B8') {
      tokens.push({ kind: 'symbol', text: c });
      i++;
    } else {
      return new Refusal(`unexpected character ${JSON.stringify(c)} at position ${i + 1}`);
    }
  }
  return tokens;
}

/** A number as n × 10^e. */
interface Exact {
  readonly n: bigint;
  readonly e: number;
}

function readLiteral(token: NumberToken, convention: Convention): Exact | Refusal {
  const { runs, separators, text } = token;
  const decimalMarks = convention === 'comma' ? [',', '.'] : ['.'];
  let decimalAt = -1;
  for (let k = 0; k < separators.length; k++) {
    if (!decimalMarks.includes(separators[k] as string)) continue;
    if (decimalAt !== -1) {
      return new Refusal(
        `«${text}» has more than one decimal mark${convention === 'comma' ? ' (kk and ru mark decimals with a comma)' : ''}`,
      );
    }
    decimalAt = k;
  }
  if (decimalAt !== -1 && decimalAt !== separators.length - 1) {
    return new Refusal(`«${text}» has digit groups after its decimal mark`);
  }
  const groupSeparators = decimalAt === -1 ? separators : separators.slice(0, decimalAt);
  const groups = decimalAt === -1 ? runs : runs.slice(0, decimalAt + 1);
  if (groupSeparators.length > 0) {
    if (new Set(groupSeparators).size > 1) {
      return new Refusal(`«${text}» groups its digits with different separators`);
    }
    const first = groups[0] ?? '';
    if (first.length > 3 || groups.slice(1).some((group) => group.length !== 3)) {
      return new Refusal(
        `«${text}» is not grouped by thousands (groups after the first must have three digits${convention === 'point' ? '; in English a comma groups thousands and a point marks decimals' : ''})`,
      );
    }
  }
  const fraction = decimalAt === -1 ? '' : (runs[runs.length - 1] ?? '');
  return { n: BigInt(groups.join('') + fraction), e: -fraction.length };
}

function add(a: Exact, b: Exact): Exact {
  const e = Math.min(a.e, b.e);
  return { n: a.n * 10n ** BigInt(a.e - e) + b.n * 10n ** BigInt(b.e - e), e };
}

function same(a: Exact, b: Exact): boolean {
  const e = Math.min(a.e, b.e);
  return a.n * 10n ** BigInt(a.e - e) === b.n * 10n ** BigInt(b.e - e);
}

const SCALE_NAMES: Readonly<Record<number, string>> = {
  0: 'units',
  3: 'thousands',
  6: 'millions',
  9: 'billions',
  12: 'trillions',
};

interface Term {
  readonly literal: NumberToken;
  readonly power: number;
  readonly scaleText: string;
}

interface Shape {
  readonly negative: boolean;
  readonly terms: readonly Term[];
  /** «… теңге 50 тиын»: the tiyn written after the unit, as claims do. */
  readonly tiyn?: NumberToken | undefined;
}

const TIYN_WORDS = new Set(['тиын', 'тиына', 'тиынов', 'tiyn']);

function describeToken(token: Token): string {
  return `«${token.text}»`;
}

function isUnit(token: Token | undefined): boolean {
  return token?.kind === 'symbol' || (token?.kind === 'word' && UNIT_WORDS.has(token.word));
}

/** [sign] [₸ | KZT] [sign] number [scale] (number scale)* [number] [unit] */
function readShape(tokens: readonly Token[]): Shape | Refusal {
  let k = 0;
  let negative = false;
  let unit = false;
  if (tokens[k]?.kind === 'sign') {
    negative = true;
    k++;
  }
  const prefix = tokens[k];
  if (prefix?.kind === 'symbol' || (prefix?.kind === 'word' && prefix.word === 'kzt')) {
    unit = true;
    k++;
    if (!negative && tokens[k]?.kind === 'sign') {
      negative = true;
      k++;
    }
  }
  const terms: Term[] = [];
  for (;;) {
    const token = tokens[k];
    if (token?.kind !== 'number') break;
    k++;
    const next = tokens[k];
    const power = next?.kind === 'word' ? SCALE_POWERS.get(next.word) : undefined;
    if (next?.kind === 'word' && power !== undefined) {
      terms.push({ literal: token, power, scaleText: next.text });
      k++;
    } else {
      terms.push({ literal: token, power: 0, scaleText: '' });
      break;
    }
  }
  if (terms.length === 0) {
    const number = tokens.find((t) => t.kind === 'number');
    if (number === undefined)
      return new Refusal('no digits: expected an amount such as «1 424 750 теңге»');
    const first = tokens[k];
    return new Refusal(
      `${first === undefined ? 'nothing' : describeToken(first)} before the number is not a sign, ₸ or KZT`,
    );
  }
  let tiyn: NumberToken | undefined;
  if (isUnit(tokens[k])) {
    if (unit)
      return new Refusal(`the currency is named twice (${describeToken(tokens[k] as Token)})`);
    k++;
    const count = tokens[k];
    const noun = tokens[k + 1];
    if (count?.kind === 'number' && noun?.kind === 'word' && TIYN_WORDS.has(noun.word)) {
      tiyn = count;
      k += 2;
    }
  }
  const rest = tokens[k];
  if (rest !== undefined) {
    let reason: string;
    if (rest.kind === 'word' && SCALE_POWERS.has(rest.word)) {
      reason = `the scale word ${describeToken(rest)} has no number of its own (a repeated or misplaced scale)`;
    } else if (rest.kind === 'number') {
      reason = `two numbers in a row (${describeToken(terms[terms.length - 1]?.literal as Token)} and ${describeToken(rest)}) without a scale word between them`;
    } else if (rest.kind === 'word') {
      reason = `unknown word ${describeToken(rest)}: expected теңге, тенге, tenge, KZT, ₸ or a scale such as млн, мың, тыс., M`;
    } else {
      reason = `${describeToken(rest)} is out of place`;
    }
    return new Refusal(reason);
  }
  return { negative, terms, tiyn };
}

function readValue(shape: Shape, convention: Convention): Exact | Refusal {
  let total: Exact = { n: 0n, e: 0 };
  let previous: { readonly term: Term; readonly literal: Exact } | undefined;
  for (const term of shape.terms) {
    const literal = readLiteral(term.literal, convention);
    if (literal instanceof Refusal) return literal;
    if (previous !== undefined) {
      const before = `«${previous.term.literal.text} ${previous.term.scaleText}»`;
      const part = `«${term.literal.text}${term.scaleText === '' ? '' : ` ${term.scaleText}`}»`;
      if (term.power >= previous.term.power) {
        return new Refusal(
          `${part} after ${before}: ${SCALE_NAMES[term.power]} after ${SCALE_NAMES[previous.term.power]}, but scales must go down, each once`,
        );
      }
      if (previous.literal.e < 0) {
        return new Refusal(`a fraction in ${before} followed by ${part} is ambiguous`);
      }
      // «4 млн 671»: 671 tenge, or «4 млн 671 тыс.» with the scale dropped, as
      // reports do? A thousandfold difference is not to be guessed. Right
      // after thousands («5 тыс. 250») only tenge are left, so it is clear.
      if (term.power === 0 && previous.term.power > 3) {
        const thousands = show(add(total, { n: literal.n, e: literal.e + 3 }));
        const tenge = show(add(total, literal));
        return new Refusal(
          `ambiguous: ${part} after ${before} has no scale word, so it is ${tenge} tenge, or ${thousands} with «мың» / «тыс.» dropped: write the scale`,
        );
      }
      // «4 млн 671 мың»: each later part is less than one unit of the scale before it.
      if (literal.n >= 10n ** BigInt(previous.term.power - term.power - literal.e)) {
        return new Refusal(`${part} after ${before} is a whole ${previous.term.scaleText} or more`);
      }
    }
    total = add(total, { n: literal.n, e: literal.e + term.power });
    previous = { term, literal };
  }
  if (shape.tiyn !== undefined) {
    const digits = shape.tiyn.runs[0] ?? '';
    if (shape.tiyn.runs.length > 1 || digits.length > 2) {
      return new Refusal(`«${shape.tiyn.text}» tiyn: expected one or two digits (00–99)`);
    }
    if (total.e < 0) {
      return new Refusal(
        `the tenge have a fraction and tiyn are written too («${shape.tiyn.text}»)`,
      );
    }
    total = add(total, { n: BigInt(digits), e: -2 });
  }
  return shape.negative ? { n: -total.n, e: total.e } : total;
}

function conventionOfWords(tokens: readonly Token[]): Convention | Refusal | undefined {
  let cyrillic = false;
  let latin = false;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.word === 'kzt') continue;
    if (CYRILLIC.test(token.word)) cyrillic = true;
    else latin = true;
  }
  if (cyrillic && latin) {
    return new Refusal(
      'mixes Cyrillic and Latin words, so the decimal mark is unclear: pass { locale }',
    );
  }
  return cyrillic ? 'comma' : latin ? 'point' : undefined;
}

function toTiyn(value: Exact, text: string): bigint {
  const e = value.e + 2;
  if (e >= 0) {
    // Scales above 10^12 with hundreds of digits are out of range anyway.
    if (e > 40) return checkRange(value.n === 0n ? 0n : 10n ** 20n, text);
    return checkRange(value.n * 10n ** BigInt(e), text);
  }
  const divisor = 10n ** BigInt(-e);
  if (value.n % divisor !== 0n) {
    throw invalidAmount(text, 'not exact to the tiyn: more than two decimal places in tenge');
  }
  return checkRange(value.n / divisor, text);
}

function show(value: Exact): string {
  const negative = value.n < 0n;
  let digits = (negative ? -value.n : value.n).toString();
  if (value.e >= 0) digits += '0'.repeat(value.e);
  else {
    digits = digits.padStart(-value.e + 1, '0');
    digits = `${digits.slice(0, value.e)}.${digits.slice(value.e)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * Reads an amount the way published reports, press releases and receipts
 * write it, exactly:
 *
 * - `1 424 750 теңге`, `1 424 750,50 ₸`, `250 000 тенге`, `1 424 750 KZT`
 *   (spaces of any kind group digits: space, U+00A0, U+202F);
 * - scales: `72 млн теңге`, `72 млн.теңге`, `1,4 млрд`, `9,5 млн`,
 *   `4 млн 671 мың теңге`, `4 млн 671 тыс. тенге`, `KZT 72M` — мың, тыс.,
 *   млн, млрд, трлн, their full forms, and K, M, B, T, mln, bn, million, … ;
 * - English numbers with `locale: 'en'`: `₸1,424,750.50`, `KZT 1,424,750.50`;
 * - tiyn after the unit, as claims write them: `1 424 750 теңге 50 тиын`,
 *   `250 000 тенге 05 тиынов`;
 * - a minus sign (`-` or `−`) in front, before or after a leading ₸ / KZT.
 *
 * The unit is optional and may be ₸, KZT, теңге, тенге, тг or tenge. A text
 * that could mean two amounts, or that is malformed, is refused with the
 * reason, never guessed: `1,2,3` (two decimal commas), `12 млн млн`
 * (a repeated scale), `4 млн 1200 тыс.` (a part bigger than the scale
 * before it), `4 млн 671` (4 000 671, or 4 671 000 with «тыс.» dropped?),
 * `1,234` with no locale and no words (1.234 or 1234?), `абв`.
 * Scaled amounts must still come out exact to the tiyn. Text longer than 256
 * characters is refused before it is read, and reading is a single pass:
 * hostile input cannot make it slow.
 *
 * Compact text from {@link formatTenge} reads back as the rounded amount it
 * shows; every other text it writes reads back as the same amount.
 *
 * @throws {@link TutynushyError} `INVALID_AMOUNT` naming the text and the
 * reason; `INVALID_LOCALE` for an unknown locale; `INVALID_ARGUMENT` when
 * `options` is not an object.
 * @example
 * ```ts
 * parseTenge('72 млн.теңге').toString();          // '72000000.00'
 * parseTenge('4 млн 671 тыс. тенге').toString();  // '4671000.00'
 * parseTenge('1 424 750,50 ₸').toString();        // '1424750.50'
 * parseTenge('1,4 млрд').toString();              // '1400000000.00'
 * parseTenge('₸1,424,750.50', { locale: 'en' }).toString(); // '1424750.50'
 * parseTenge('KZT 72M', { locale: 'en' }).toString();       // '72000000.00'
 * parseTenge('12 млн млн'); // throws INVALID_AMOUNT: a repeated scale
 * ```
 */
export function parseTenge(text: string, options?: ParseTengeOptions): Tenge {
  const given = readOptions(options, "{ locale: 'en' }");
  const locale = given.locale === undefined ? undefined : assertLocale(given.locale);
  if (typeof text !== 'string')
    throw invalidAmount(text, 'expected text such as «1 424 750 теңге»');
  if (text.length > MAX_LENGTH) {
    throw invalidAmount(
      text,
      `${text.length} characters is longer than any written amount (at most ${MAX_LENGTH})`,
    );
  }
  if (text.trim() === '') {
    const what = text === '' ? 'empty' : 'only whitespace';
    throw invalidAmount(text, `${what}: expected an amount such as «1 424 750 теңге»`);
  }
  const tokens = tokenize(text);
  if (tokens instanceof Refusal) throw invalidAmount(text, tokens.reason);
  const shape = readShape(tokens);
  if (shape instanceof Refusal) throw invalidAmount(text, shape.reason);
  const byWords =
    locale === undefined ? conventionOfWords(tokens) : locale === 'en' ? 'point' : 'comma';
  if (byWords instanceof Refusal) throw invalidAmount(text, byWords.reason);
  let value: Exact | Refusal;
  if (byWords !== undefined) {
    value = readValue(shape, byWords);
  } else {
    // Bare numbers: read them both ways and refuse when the readings differ.
    const comma = readValue(shape, 'comma');
    const point = readValue(shape, 'point');
    if (comma instanceof Refusal) {
      value =
        point instanceof Refusal && point.reason !== comma.reason
          ? new Refusal(`${comma.reason}; read the English way, ${point.reason}`)
          : point;
    } else if (point instanceof Refusal || same(comma, point)) value = comma;
    else {
      throw invalidAmount(
        text,
        `ambiguous: ${show(comma)} with a decimal comma (kk, ru) or ${show(point)} with a comma grouping thousands (en); pass { locale }`,
      );
    }
  }
  if (value instanceof Refusal) throw invalidAmount(text, value.reason);
  return Tenge.fromTiyn(toTiyn(value, text));
}

/**
 * The non-throwing twin of {@link parseTenge}.
 *
 * @example
 * ```ts
 * safeParseTenge('9,5 млн');  // { ok: true, value: Tenge 9500000.00 }
 * safeParseTenge('абв').ok;   // false — error.code 'INVALID_AMOUNT'
 * ```
 */
export const safeParseTenge: (text: string, options?: ParseTengeOptions) => Result<Tenge> =
  /* @__PURE__ */ safe(parseTenge);
