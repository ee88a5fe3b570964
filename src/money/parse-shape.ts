import { Refusal } from './parse-refusal.js';
import type { NumberToken, Token } from './parse-tokens.js';
import { SCALE_POWERS, TIYN_WORDS, UNIT_WORDS } from './parse-words.js';

// The second step: the grammar of a written amount,
//   [sign] [₸ | KZT] [sign] number [scale] (number scale)* [number] [unit] [number tiyn]
// read from the tokens without looking at what the numbers are worth.

/** @internal A number with the power of ten of the scale word after it (0 when none). */
export interface Term {
  readonly literal: NumberToken;
  readonly power: number;
  readonly scaleText: string;
}

/** @internal An amount as written: its sign, its terms and the tiyn after the unit. */
export interface Shape {
  readonly negative: boolean;
  readonly terms: readonly Term[];
  /** «… теңге 50 тиын»: the tiyn written after the unit, as claims do. */
  readonly tiyn?: NumberToken | undefined;
}

function isUnit(token: Token | undefined): boolean {
  return token?.kind === 'symbol' || (token?.kind === 'word' && UNIT_WORDS.has(token.word));
}

/** Why the text goes on after the amount has ended. */
function trailing(rest: Token, terms: readonly Term[]): Refusal {
  if (rest.kind === 'word' && SCALE_POWERS.has(rest.word)) {
    return new Refusal({ problem: 'scaleWithoutNumber', part: rest.text });
  }
  if (rest.kind === 'number') {
    const before = terms[terms.length - 1]?.literal.text;
    return new Refusal({ problem: 'twoNumbers', part: rest.text, other: before });
  }
  if (rest.kind === 'word') return new Refusal({ problem: 'unknownWord', part: rest.text });
  return new Refusal({ problem: 'outOfPlace', part: rest.text });
}

/** @internal Reads the tokens by the grammar above, or says where they leave it. */
export function readShape(tokens: readonly Token[]): Shape | Refusal {
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
    if (!tokens.some((t) => t.kind === 'number')) return new Refusal({ problem: 'noDigits' });
    return new Refusal({ problem: 'beforeNumber', part: tokens[k]?.text });
  }
  let tiyn: NumberToken | undefined;
  const after = tokens[k];
  if (after !== undefined && isUnit(after)) {
    if (unit) return new Refusal({ problem: 'currencyTwice', part: after.text });
    k++;
    const count = tokens[k];
    const noun = tokens[k + 1];
    if (count?.kind === 'number' && noun?.kind === 'word' && TIYN_WORDS.has(noun.word)) {
      tiyn = count;
      k += 2;
    }
  }
  const rest = tokens[k];
  if (rest !== undefined) return trailing(rest, terms);
  return { negative, terms, tiyn };
}
