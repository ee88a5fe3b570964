import { Refusal } from './parse-refusal.js';

// The first step of reading a written amount: the text as numbers, words,
// signs and ₸, each with the text it was read from.

/** @internal A run of digits with the separators between its groups: «1 424 750,50». */
export interface NumberToken {
  readonly kind: 'number';
  readonly runs: readonly string[];
  readonly separators: readonly string[];
  readonly text: string;
}

/** @internal A word, lower-cased, with an abbreviation's point: «млн.», «тенге». */
export interface WordToken {
  readonly kind: 'word';
  readonly word: string;
  readonly text: string;
}

/** @internal A minus sign, or the tenge sign ₸. */
export interface MarkToken {
  readonly kind: 'sign' | 'symbol';
  readonly text: string;
}

/** @internal One piece of a written amount. */
export type Token = NumberToken | WordToken | MarkToken;

/** @internal The spaces that separate words and group digits (U+00A0 and U+202F as Intl writes them). */
export const SPACES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u2007',
  '\u2002',
]);

const LETTER = /^\p{L}$/u;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * @internal Splits the text into numbers, words, signs and ₸. One pass, each
 * character looked at a bounded number of times: no backtracking, whatever
 * the input. Any other character is refused where it stands.
 */
export function tokenize(text: string): Token[] | Refusal {
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
      // The whole character, not half of a surrogate pair: «😀», not «\ud83d».
      const character = String.fromCodePoint(text.codePointAt(i) ?? 0);
      return new Refusal({ problem: 'unexpectedCharacter', part: character, position: i + 1 });
    }
  }
  return tokens;
}
