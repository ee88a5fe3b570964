import { Refusal } from './parse-refusal.js';
import type { Token } from './parse-tokens.js';

// The words a written amount may hold, in Kazakh, Russian and English.

/** @internal The currency: теңге, тенге, тг, tenge, KZT (₸ is a token of its own). */
export const UNIT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'теңге',
  'тенге',
  'тг',
  'tenge',
  'kzt',
]);

/** @internal The tiyn written after the unit, as claims do: «50 тиын», «05 тиынов». */
export const TIYN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'тиын',
  'тиына',
  'тиынов',
  'tiyn',
]);

/** @internal The powers of ten of the scale words reports use. */
export const SCALE_POWERS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map<string, number>([
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

/**
 * @internal How numbers are written, by the two conventions: `comma` (kk,
 * ru: spaces group digits, a comma or a point marks decimals) and `point`
 * (en: commas or spaces group, a point marks decimals).
 */
export type Convention = 'comma' | 'point';

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * @internal The convention the words of a text tell: Cyrillic words mean kk
 * or ru, Latin ones en (KZT says nothing); `undefined` when there are no
 * words, and a refusal when there are both.
 */
export function conventionOfWords(tokens: readonly Token[]): Convention | Refusal | undefined {
  let cyrillic = false;
  let latin = false;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.word === 'kzt') continue;
    if (CYRILLIC.test(token.word)) cyrillic = true;
    else latin = true;
  }
  if (cyrillic && latin) return new Refusal({ problem: 'mixedScripts' });
  return cyrillic ? 'comma' : latin ? 'point' : undefined;
}
