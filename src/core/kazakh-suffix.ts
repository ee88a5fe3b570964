import { invalidArgumentError } from './error-factories.js';
import { received } from './received.js';

/**
 * The Kazakh grammatical cases whose endings follow a number in digits:
 * dative «5-ке», locative «5-те», ablative «10-нан», genitive «2024-тің»,
 * accusative «5-ті», instrumental «5-пен».
 */
export type KazakhCase =
  | 'dative'
  | 'locative'
  | 'ablative'
  | 'genitive'
  | 'accusative'
  | 'instrumental';

const KAZAKH_CASES: readonly KazakhCase[] = [
  'dative',
  'locative',
  'ablative',
  'genitive',
  'accusative',
  'instrumental',
];

const BACK_VOWELS = 'аоұыяё';
const FRONT_VOWELS = 'әеөүіэ';
const VOWELS = `${BACK_VOWELS}${FRONT_VOWELS}иу`;
// Word-final д and б are pronounced voiceless («миллиардқа»), so they go with the voiceless set.
const VOICELESS = 'кқпстфхцчшщдб';
const NASAL = 'мнң';
const VOICED_ZH_Z = 'жз';

/** Which row of endings a word takes: by its last letter and its last clear vowel. */
function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const letter = word.charAt(i);
    if (BACK_VOWELS.includes(letter)) return true;
    if (FRONT_VOWELS.includes(letter)) return false;
  }
  return false;
}

type Ending = readonly [back: string, front: string];

function endingFor(kazakhCase: KazakhCase, last: string): Ending {
  const vowel = VOWELS.includes(last);
  const voiceless = VOICELESS.includes(last);
  const nasal = NASAL.includes(last);
  switch (kazakhCase) {
    case 'dative':
      return voiceless ? ['қа', 'ке'] : ['ға', 'ге'];
    case 'locative':
      return voiceless ? ['та', 'те'] : ['да', 'де'];
    case 'ablative':
      if (nasal) return ['нан', 'нен'];
      return voiceless ? ['тан', 'тен'] : ['дан', 'ден'];
    case 'genitive':
      if (vowel) return ['ның', 'нің'];
      return voiceless ? ['тың', 'тің'] : ['дың', 'дің'];
    case 'accusative':
      if (vowel) return ['ны', 'ні'];
      return voiceless ? ['ты', 'ті'] : ['ды', 'ді'];
    case 'instrumental':
      if (voiceless) return ['пен', 'пен'];
      return VOICED_ZH_Z.includes(last) ? ['бен', 'бен'] : ['мен', 'мен'];
  }
}

/**
 * The case ending a Kazakh word takes, by vowel harmony and its final sound.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a word that is not a
 * non-empty string, or a case other than the six named by {@link KazakhCase}.
 * @example
 * ```ts
 * kazakhEnding('бес', 'dative');    // 'ке'
 * kazakhEnding('алты', 'dative');   // 'ға'
 * kazakhEnding('он', 'ablative');   // 'нан'
 * ```
 */
export function kazakhEnding(word: string, kazakhCase: KazakhCase): string {
  return endingOf(word, kazakhCase, 'kazakhEnding');
}

function endingOf(word: string, kazakhCase: KazakhCase, fn: string): string {
  if (typeof word !== 'string' || word === '') {
    throw invalidArgumentError({
      fn,
      field: 'word',
      received: received(word),
      expected: 'nonEmptyString',
    });
  }
  assertKazakhCase(kazakhCase, fn);
  const lower = word.toLowerCase();
  const last = lower.charAt(lower.length - 1);
  const [back, front] = endingFor(kazakhCase, last);
  return isBack(lower) ? back : front;
}

const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const SCALES = ['мың', 'миллион', 'миллиард', 'триллион', 'квадриллион'];

/**
 * The last word spoken when a whole number is read aloud in Kazakh — the word
 * a suffix after the number in digits agrees with («2024» is read «… жиырма
 * төрт», so «2024-ке»).
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for anything but a safe integer or a bigint.
 *
 * @internal
 */
export function lastSpokenKazakhWord(n: number | bigint, fn = 'lastSpokenKazakhWord'): string {
  if (typeof n !== 'bigint' && !Number.isSafeInteger(n)) {
    throw invalidArgumentError({
      fn,
      field: 'n',
      received: received(n),
      expected: 'integer',
    });
  }
  let rest = typeof n === 'bigint' ? (n < 0n ? -n : n) : BigInt(Math.abs(n as number));
  if (rest === 0n) return 'нөл';
  if (rest % 10n !== 0n) return UNITS[Number(rest % 10n)] as string;
  if (rest % 100n !== 0n) return TENS[Number((rest / 10n) % 10n)] as string;
  if (rest % 1000n !== 0n) return 'жүз';
  rest /= 1000n;
  for (const scale of SCALES) {
    if (rest % 1000n !== 0n || rest < 1000n) return scale;
    rest /= 1000n;
  }
  return SCALES[SCALES.length - 1] as string;
}

/**
 * A number in digits with its Kazakh case ending, hyphenated as Kazakh
 * writing requires: the ending agrees with the number's last spoken word.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for anything but a safe
 * integer or a bigint, or a case other than the six named by {@link KazakhCase}.
 * @example
 * ```ts
 * withKazakhEnding(5, 'dative');     // '5-ке'
 * withKazakhEnding(6, 'dative');     // '6-ға'
 * withKazakhEnding(10, 'ablative');  // '10-нан'
 * withKazakhEnding(100, 'dative');   // '100-ге'
 * withKazakhEnding(2024, 'dative');  // '2024-ке'
 * withKazakhEnding(2026, 'dative');  // '2026-ға'
 * ```
 */
export function withKazakhEnding(n: number | bigint, kazakhCase: KazakhCase): string {
  const word = lastSpokenKazakhWord(n, 'withKazakhEnding');
  return `${n}-${endingOf(word, kazakhCase, 'withKazakhEnding')}`;
}

function assertKazakhCase(kazakhCase: unknown, fn: string): asserts kazakhCase is KazakhCase {
  if (!KAZAKH_CASES.includes(kazakhCase as KazakhCase)) {
    throw invalidArgumentError({
      fn,
      field: 'kazakhCase',
      received: received(kazakhCase),
      expected: 'oneOf',
      allowed: KAZAKH_CASES,
    });
  }
}
