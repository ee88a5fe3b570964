// Kazakh cardinal numerals, as docs/money.md («Amounts in words») lists them.
// The noun after a numeral never changes, so a scale word is simply
// appended: «екі мың», «бір миллион».
const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const SCALES = ['', 'мың', 'миллион', 'миллиард', 'триллион', 'квадриллион'];

function triad(n: number, words: string[]): void {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  // 100 is «жүз», not «бір жүз»; 200 is «екі жүз».
  if (hundreds === 1) words.push('жүз');
  else if (hundreds > 1) words.push(ONES[hundreds] ?? '', 'жүз');
  if (tens > 0) words.push(TENS[tens] ?? '');
  if (ones > 0) words.push(ONES[ones] ?? '');
}

/** @internal Kazakh words of 0 ≤ n < 10^18, given as base-1000 digits, highest first. */
export function kazakhWords(triads: readonly number[]): string {
  const words: string[] = [];
  triads.forEach((value, i) => {
    if (value === 0) return;
    triad(value, words);
    // 1000 is «бір мың»: the triad «бір» stays before every scale word.
    const scale = SCALES[triads.length - 1 - i];
    if (scale) words.push(scale);
  });
  return words.length === 0 ? 'нөл' : words.join(' ');
}
