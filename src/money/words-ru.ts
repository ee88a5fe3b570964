import { type RussianForms, russianPlural } from '../core/plural.js';

// Russian cardinal numerals. The gender of «один/одна», «два/две» follows the
// counted noun: тысяча is feminine, миллион and up are masculine, and the
// units follow the noun being counted (тенге is masculine: «один тенге»).
const ONES_MASCULINE = [
  '',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
];
const ONES_FEMININE = [
  '',
  'одна',
  'две',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
];
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

const SCALES: readonly (RussianForms | undefined)[] = [
  undefined,
  { one: 'тысяча', few: 'тысячи', many: 'тысяч' },
  { one: 'миллион', few: 'миллиона', many: 'миллионов' },
  { one: 'миллиард', few: 'миллиарда', many: 'миллиардов' },
  { one: 'триллион', few: 'триллиона', many: 'триллионов' },
  { one: 'квадриллион', few: 'квадриллиона', many: 'квадриллионов' },
];

function triad(n: number, feminine: boolean, words: string[]): void {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? '');
  if (rest >= 10 && rest < 20) {
    words.push(TEENS[rest - 10] ?? '');
    return;
  }
  const tens = Math.floor(rest / 10);
  const ones = rest % 10;
  if (tens > 0) words.push(TENS[tens] ?? '');
  if (ones > 0) words.push((feminine ? ONES_FEMININE : ONES_MASCULINE)[ones] ?? '');
}

/**
 * @internal Russian words of 0 ≤ n < 10^18, given as base-1000 digits,
 * highest first; the units are masculine, as «тенге» is.
 */
export function russianWords(triads: readonly number[]): string {
  const words: string[] = [];
  triads.forEach((value, i) => {
    if (value === 0) return;
    const power = triads.length - 1 - i;
    // Only тысяча is feminine: «одна тысяча», «две тысячи».
    triad(value, power === 1, words);
    const scale = SCALES[power];
    if (scale) words.push(russianPlural(value, scale));
  });
  return words.length === 0 ? 'ноль' : words.join(' ');
}
