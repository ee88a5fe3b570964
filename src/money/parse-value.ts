import { checkRange, invalidAmount } from './amount.js';
import { Refusal } from './parse-refusal.js';
import type { Shape, Term } from './parse-shape.js';
import type { NumberToken } from './parse-tokens.js';
import type { Convention } from './parse-words.js';

// The third step: what a shape is worth under one convention, exactly (as
// n × 10^e, never a float), or why it cannot be read that way.

/** @internal A number as n × 10^e. */
export interface Exact {
  readonly n: bigint;
  readonly e: number;
}

function add(a: Exact, b: Exact): Exact {
  const e = Math.min(a.e, b.e);
  return { n: a.n * 10n ** BigInt(a.e - e) + b.n * 10n ** BigInt(b.e - e), e };
}

/** @internal Whether two exact numbers are equal. */
export function same(a: Exact, b: Exact): boolean {
  const e = Math.min(a.e, b.e);
  return a.n * 10n ** BigInt(a.e - e) === b.n * 10n ** BigInt(b.e - e);
}

/** @internal An exact number as a plain decimal string: `{ n: 4000671n, e: 0 }` → `4000671`. */
export function show(value: Exact): string {
  const negative = value.n < 0n;
  let digits = (negative ? -value.n : value.n).toString();
  if (value.e >= 0) digits += '0'.repeat(value.e);
  else {
    digits = digits.padStart(-value.e + 1, '0');
    digits = `${digits.slice(0, value.e)}.${digits.slice(value.e)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** One number as the convention reads its separators: groups of thousands and a decimal mark. */
function readLiteral(token: NumberToken, convention: Convention): Exact | Refusal {
  const { runs, separators, text } = token;
  const decimalMarks = convention === 'comma' ? [',', '.'] : ['.'];
  let decimalAt = -1;
  for (let k = 0; k < separators.length; k++) {
    if (!decimalMarks.includes(separators[k] as string)) continue;
    if (decimalAt !== -1) return new Refusal({ problem: 'decimalMarks', part: text, convention });
    decimalAt = k;
  }
  if (decimalAt !== -1 && decimalAt !== separators.length - 1) {
    return new Refusal({ problem: 'groupsAfterDecimal', part: text, convention });
  }
  const groupSeparators = decimalAt === -1 ? separators : separators.slice(0, decimalAt);
  const groups = decimalAt === -1 ? runs : runs.slice(0, decimalAt + 1);
  if (groupSeparators.length > 0) {
    if (new Set(groupSeparators).size > 1) {
      return new Refusal({ problem: 'mixedSeparators', part: text, convention });
    }
    const first = groups[0] ?? '';
    if (first.length > 3 || groups.slice(1).some((group) => group.length !== 3)) {
      return new Refusal({ problem: 'notThousands', part: text, convention });
    }
  }
  const fraction = decimalAt === -1 ? '' : (runs[runs.length - 1] ?? '');
  return { n: BigInt(groups.join('') + fraction), e: -fraction.length };
}

const termText = (term: Term): string =>
  term.scaleText === '' ? term.literal.text : `${term.literal.text} ${term.scaleText}`;

/**
 * @internal The value of a shape under a convention. Each part after the
 * first must be a lower scale than the one before, and less than one unit
 * of it; a bare number after millions is refused as ambiguous.
 */
export function readValue(shape: Shape, convention: Convention): Exact | Refusal {
  let total: Exact = { n: 0n, e: 0 };
  let previous: { readonly term: Term; readonly literal: Exact } | undefined;
  for (const term of shape.terms) {
    const literal = readLiteral(term.literal, convention);
    if (literal instanceof Refusal) return literal;
    if (previous !== undefined) {
      const parts = { part: termText(term), other: termText(previous.term), convention };
      const scales = [previous.term.power, term.power] as const;
      if (term.power >= previous.term.power) {
        return new Refusal({ problem: 'scalesNotDescending', ...parts, scales });
      }
      if (previous.literal.e < 0) return new Refusal({ problem: 'fractionBeforeScale', ...parts });
      // «4 млн 671»: 671 tenge, or «4 млн 671 тыс.» with the scale dropped, as
      // reports do? A thousandfold difference is not to be guessed. Right
      // after thousands («5 тыс. 250») only tenge are left, so it is clear.
      if (term.power === 0 && previous.term.power > 3) {
        const readings = [
          show(add(total, literal)),
          show(add(total, { n: literal.n, e: literal.e + 3 })),
        ] as const;
        return new Refusal({ problem: 'missingScale', ...parts, readings });
      }
      // «4 млн 671 мың»: each later part is less than one unit of the scale before it.
      if (literal.n >= 10n ** BigInt(previous.term.power - term.power - literal.e)) {
        return new Refusal({ problem: 'partTooLarge', ...parts, scales });
      }
    }
    total = add(total, { n: literal.n, e: literal.e + term.power });
    previous = { term, literal };
  }
  if (shape.tiyn !== undefined) {
    const digits = shape.tiyn.runs[0] ?? '';
    if (shape.tiyn.runs.length > 1 || digits.length > 2) {
      return new Refusal({ problem: 'tiynDigits', part: shape.tiyn.text });
    }
    if (total.e < 0) {
      return new Refusal({ problem: 'tiynAfterFraction', part: shape.tiyn.text, convention });
    }
    total = add(total, { n: BigInt(digits), e: -2 });
  }
  return shape.negative ? { n: -total.n, e: total.e } : total;
}

/** The decimal places of an exact number once its trailing zeros are dropped. */
function decimalsOf(value: Exact): number {
  let { n, e } = value;
  while (e < 0 && n % 10n === 0n) {
    n /= 10n;
    e++;
  }
  return Math.max(0, -e);
}

/**
 * @internal Whole tiyn of an exact number of tenge: exact to the tiyn and in
 * range, or an `INVALID_AMOUNT` error naming `text`.
 */
export function toTiyn(value: Exact, text: string): bigint {
  const e = value.e + 2;
  if (e >= 0) {
    // Scales above 10^12 with hundreds of digits are out of range anyway.
    if (e > 40) return checkRange(value.n === 0n ? 0n : 10n ** 20n, text);
    return checkRange(value.n * 10n ** BigInt(e), text);
  }
  const divisor = 10n ** BigInt(-e);
  if (value.n % divisor !== 0n) {
    throw invalidAmount(text, { problem: 'notExactToTiyn', decimals: decimalsOf(value) });
  }
  return checkRange(value.n / divisor, text);
}
